package org.quarterhour.inventory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.quarterhour.geo.Crs;
import org.quarterhour.geo.LatLon;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads an inventory file (format v1) into an {@link Inventory}, or refuses it with every problem found.
 * Memory stays bounded whatever the file holds: its size is checked before it is read, SnakeYAML's loader limits
 * cap code points, nesting and aliases, and anchors and aliases are refused outright.
 */
public final class InventoryReader {
    /** Larger than any real community's inventory (a 500-facility inventory is about 100 KB). */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** The longest measured walk taken, in metres: far beyond any living circle, short of a slip such as 1e400. */
    public static final BigDecimal MAX_WALK_M = BigDecimal.valueOf(100_000);

    private static final Set<String> TOP = Set.of("schema", "community", "crs", "inspection", "compounds",
            "facilities", "organization", "service_center");
    private static final Set<String> COMMUNITY = Set.of("id", "name", "region", "new_build", "building_area_m2",
            "commercial_service_area_m2");
    private static final Set<String> INSPECTION = Set.of("date", "inspector");
    private static final Set<String> COMPOUND = Set.of("id", "name", "households", "gates");
    private static final Set<String> GATE = Set.of("id", "at", "crs");
    private static final Set<String> FACILITY = Set.of("id", "type", "name", "at", "crs", "walk_m", "serves", "area_m2");
    private static final Set<String> SERVICE_CENTER_FIELDS = Set.of("area_m2", "online_services");

    private final Vocabulary vocabulary;

    public InventoryReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Reads a file; {@code shownAs} is how messages name it (the path as the user typed it). */
    public Inventory read(Path path, String shownAs) throws InvalidInputException {
        return parse(bytes(path, shownAs), shownAs);
    }

    /** An inventory file's bytes, whatever its format: refused unread when it is larger than {@link #MAX_BYTES}. */
    static byte[] bytes(Path path, String shownAs) throws InvalidInputException {
        return bytes(path, shownAs, "an inventory");
    }

    /**
     * The bytes of a file read as an inventory is (a test case holds one), or why not, in words: refused unread when
     * it is larger than {@link #MAX_BYTES}; {@code kind} names what the file is meant to be ("a test case").
     */
    public static byte[] bytes(Path path, String shownAs, String kind) throws InvalidInputException {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw refused(shownAs, "file is " + size + " bytes; " + kind + " may be at most " + MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw refused(shownAs, unreadable(e));
        }
    }

    /**
     * Why a file named at the head of the message cannot be read, in words: a file exception's message is its path
     * again; its reason is what the system said ("Is a directory").
     */
    public static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof FileSystemException f) {
            return "cannot be read: " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
        }
        return "cannot be read: " + e.getMessage();
    }

    static void checkSize(long size, String shownAs) throws InvalidInputException {
        if (size > MAX_BYTES) {
            throw refused(shownAs, "file is " + size + " bytes; an inventory may be at most " + MAX_BYTES + " bytes");
        }
    }

    /** Parses inventory bytes (UTF-8 YAML, or JSON, which is YAML too). */
    public Inventory parse(byte[] bytes, String shownAs) throws InvalidInputException {
        checkSize(bytes.length, shownAs);
        String text = decodeUtf8(bytes, shownAs);
        Node root = YamlTree.compose(text, shownAs, (int) MAX_BYTES);
        if (root == null) {
            throw refused(shownAs, "the file is empty; expected an inventory starting with 'schema: " + Inventory.SCHEMA + "'");
        }
        return fromNode(root, shownAs);
    }

    /** Reads an inventory from an already composed YAML node (an inventory embedded in a larger file, e.g. a test case). */
    public Inventory fromNode(Node root, String shownAs) throws InvalidInputException {
        return fromNode(root, shownAs, new YamlTree(shownAs));
    }

    /**
     * Reads an inventory from a node tree built from another input (a workbook's cells), with every check a YAML file
     * gets; {@code tree} places the problems in that input.
     */
    Inventory fromNode(Node root, String shownAs, YamlTree tree) throws InvalidInputException {
        Inventory inventory = new Walk(tree).inventory(root);
        if (!tree.problems().isEmpty() || inventory == null) {
            throw new InvalidInputException(tree.problems().isEmpty()
                    ? List.of(new Problem(shownAs, 0, 0, "", "not a valid inventory")) : tree.problems());
        }
        return inventory;
    }

    /**
     * Decodes UTF-8 (a leading byte-order mark dropped); the first byte that is not UTF-8 is refused with its line and
     * column.
     */
    public static String decodeUtf8(byte[] bytes, String shownAs) throws InvalidInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new InvalidInputException(List.of(new Problem(shownAs, line, offset - lineStart + 1, "",
                    "not UTF-8 text (byte 0x" + String.format("%02X", bytes[offset] & 0xff) + " at offset " + offset
                            + "); save the file as UTF-8")));
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    static InvalidInputException refused(String file, String message) {
        return new InvalidInputException(List.of(new Problem(file, 0, 0, "", message)));
    }

    /** One pass over the node tree, in file order; returns null where a required part is unusable. */
    private final class Walk {
        private final YamlTree tree;
        private Crs fileCrs = Crs.GCJ02;

        Walk(YamlTree tree) {
            this.tree = tree;
        }

        Inventory inventory(Node root) {
            Map<String, Node> top = tree.mapping(root, "", TOP, Set.of("schema", "community", "compounds")).orElse(null);
            if (top == null) {
                return null;
            }
            Node schemaNode = top.get("schema");
            if (schemaNode != null && !YamlTree.isNull(schemaNode)) {
                tree.text(schemaNode, "schema").filter(s -> !s.equals(Inventory.SCHEMA)).ifPresent(s -> tree.error(
                        schemaNode, "schema", "unknown schema '" + s + "'; expected '" + Inventory.SCHEMA + "'"));
            }
            if (top.containsKey("crs")) {
                fileCrs = crs(top.get("crs"), "crs").orElse(Crs.GCJ02);
            }
            CommunityInfo community = present(top, "community") ? community(top.get("community")) : null;
            Inspection inspection = present(top, "inspection") ? inspection(top.get("inspection")) : Inspection.NONE;
            List<Compound> compounds = present(top, "compounds") ? compounds(top.get("compounds")) : List.of();
            Map<String, Compound> compoundIds = new HashMap<>();
            Map<String, String> gateIds = new HashMap<>(); // each id to the gate's own string, which walks then share
            compounds.forEach(c -> {
                compoundIds.put(c.id(), c);
                c.gates().forEach(g -> gateIds.putIfAbsent(g.id(), g.id()));
            });
            List<Facility> facilities = present(top, "facilities")
                    ? facilities(top.get("facilities"), compoundIds.keySet(), gateIds) : List.of();
            TreeMap<String, Boolean> organization = present(top, "organization")
                    ? tree.mapping(top.get("organization"), "organization", null, Set.of())
                            .map(m -> findings(m, "organization", Set.of())).orElse(new TreeMap<>())
                    : new TreeMap<>();
            ServiceCenter center = present(top, "service_center") ? serviceCenter(top.get("service_center")) : null;
            if (community == null || compounds.isEmpty() || inspection == null) {
                return null;
            }
            checkHouseholds(top.get("compounds"), compounds);
            if (!tree.problems().isEmpty()) {
                return null;
            }
            return new Inventory(community, fileCrs, inspection, compounds, facilities, organization, center);
        }

        private boolean present(Map<String, Node> map, String key) {
            return map.containsKey(key) && !YamlTree.isNull(map.get(key));
        }

        private CommunityInfo community(Node node) {
            Map<String, Node> m = tree.mapping(node, "community", COMMUNITY, Set.of("id", "name")).orElse(null);
            if (m == null) {
                return null;
            }
            Optional<String> id = optional(m, "id").flatMap(n -> tree.text(n, "community.id"));
            Optional<String> name = optional(m, "name").flatMap(n -> tree.text(n, "community.name"));
            String region = optional(m, "region").flatMap(n -> tree.text(n, "community.region")).orElse(null);
            Boolean newBuild = optional(m, "new_build").flatMap(n -> tree.bool(n, "community.new_build")).orElse(null);
            BigDecimal building = optional(m, "building_area_m2")
                    .flatMap(n -> tree.nonNegative(n, "community.building_area_m2")).orElse(null);
            BigDecimal commercial = optional(m, "commercial_service_area_m2")
                    .flatMap(n -> tree.nonNegative(n, "community.commercial_service_area_m2")).orElse(null);
            if (id.isEmpty() || name.isEmpty()) {
                return null;
            }
            return new CommunityInfo(id.get(), name.get(), region, newBuild, building, commercial);
        }

        private Optional<Node> optional(Map<String, Node> m, String key) {
            Node n = m.get(key);
            return n == null || YamlTree.isNull(n) ? Optional.empty() : Optional.of(n);
        }

        private Inspection inspection(Node node) {
            Map<String, Node> m = tree.mapping(node, "inspection", INSPECTION, Set.of()).orElse(null);
            if (m == null) {
                return null;
            }
            LocalDate date = optional(m, "date").flatMap(n -> tree.date(n, "inspection.date")).orElse(null);
            String inspector = optional(m, "inspector").flatMap(n -> tree.text(n, "inspection.inspector")).orElse(null);
            return new Inspection(date, inspector);
        }

        private Optional<Crs> crs(Node node, String path) {
            return tree.text(node, path).flatMap(code -> {
                Optional<Crs> crs = Crs.ofCode(code.toLowerCase(java.util.Locale.ROOT).replace("-", ""));
                if (crs.isEmpty()) {
                    tree.error(node, path, "unknown crs '" + code + "'; expected wgs84, gcj02 or bd09");
                }
                return crs;
            });
        }

        private List<Compound> compounds(Node node) {
            Optional<List<Node>> list = tree.sequence(node, "compounds");
            List<Node> items = list.orElse(List.of());
            if (list.isPresent() && items.isEmpty()) {
                tree.error(node, "compounds", "expected at least one compound");
            }
            List<Compound> compounds = new ArrayList<>();
            Map<String, String> compoundIdAt = new HashMap<>();
            Map<String, String> gateIdAt = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = YamlTree.index("compounds", i);
                Map<String, Node> m = tree.mapping(items.get(i), path, COMPOUND, Set.of("id", "gates")).orElse(null);
                if (m == null) {
                    continue;
                }
                Optional<String> id = optional(m, "id").flatMap(n -> tree.text(n, path + ".id"));
                id.ifPresent(v -> unique(compoundIdAt, v, m.get("id"), path + ".id", "compound"));
                String name = optional(m, "name").flatMap(n -> tree.text(n, path + ".name")).orElse(null);
                Integer households = optional(m, "households")
                        .flatMap(n -> tree.nonNegativeInteger(n, path + ".households")).orElse(null);
                List<Gate> gates = optional(m, "gates").map(n -> gates(n, path + ".gates", gateIdAt)).orElse(List.of());
                if (id.isPresent() && !gates.isEmpty()) {
                    compounds.add(new Compound(id.get(), name, households, gates));
                }
            }
            return compounds;
        }

        private List<Gate> gates(Node node, String path, Map<String, String> gateIdAt) {
            Optional<List<Node>> list = tree.sequence(node, path);
            List<Node> items = list.orElse(List.of());
            if (list.isPresent() && items.isEmpty()) {
                tree.error(node, path, "expected at least one gate");
            }
            List<Gate> gates = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String gatePath = YamlTree.index(path, i);
                Map<String, Node> m = tree.mapping(items.get(i), gatePath, GATE, Set.of("id")).orElse(null);
                if (m == null) {
                    continue;
                }
                Optional<String> id = optional(m, "id").flatMap(n -> tree.text(n, gatePath + ".id"));
                id.ifPresent(v -> unique(gateIdAt, v, m.get("id"), gatePath + ".id", "gate"));
                Crs crs = optional(m, "crs").flatMap(n -> crs(n, gatePath + ".crs")).orElse(fileCrs);
                LatLon at = optional(m, "at").flatMap(n -> point(n, gatePath + ".at", crs)).orElse(null);
                id.ifPresent(v -> gates.add(new Gate(v, at)));
            }
            return gates;
        }

        private void unique(Map<String, String> seen, String id, Node node, String path, String what) {
            String first = seen.putIfAbsent(id, path);
            if (first != null) {
                tree.error(node, path, "duplicate " + what + " id '" + id + "' (first used at " + first + ")");
            }
        }

        private Optional<LatLon> point(Node node, String path, Crs crs) {
            List<Node> parts = tree.sequence(node, path).orElse(null);
            if (parts == null) {
                return Optional.empty();
            }
            if (parts.size() != 2) {
                tree.error(node, path, "expected [latitude, longitude], found a list of " + parts.size());
                return Optional.empty();
            }
            Optional<BigDecimal> lat = tree.number(parts.get(0), path + "[0]");
            Optional<BigDecimal> lon = tree.number(parts.get(1), path + "[1]");
            boolean ok = true;
            if (lat.isPresent() && (lat.get().compareTo(BigDecimal.valueOf(-90)) < 0 || lat.get().compareTo(BigDecimal.valueOf(90)) > 0)) {
                tree.error(parts.get(0), path + "[0]", "latitude " + lat.get().toPlainString() + " is outside [-90, 90]; points are [lat, lon]");
                ok = false;
            }
            if (lon.isPresent() && (lon.get().compareTo(BigDecimal.valueOf(-180)) < 0 || lon.get().compareTo(BigDecimal.valueOf(180)) > 0)) {
                tree.error(parts.get(1), path + "[1]", "longitude " + lon.get().toPlainString() + " is outside [-180, 180]");
                ok = false;
            }
            if (!ok || lat.isEmpty() || lon.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new LatLon(lat.get().doubleValue(), lon.get().doubleValue(), crs));
        }

        private List<Facility> facilities(Node node, Set<String> compoundIds, Map<String, String> gateIds) {
            List<Node> items = tree.sequence(node, "facilities").orElse(List.of());
            List<Facility> facilities = new ArrayList<>();
            Map<String, String> idAt = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                String path = YamlTree.index("facilities", i);
                Map<String, Node> m = tree.mapping(items.get(i), path, FACILITY, Set.of("id", "type")).orElse(null);
                if (m == null) {
                    continue;
                }
                Optional<String> id = optional(m, "id").flatMap(n -> tree.text(n, path + ".id"));
                id.ifPresent(v -> unique(idAt, v, m.get("id"), path + ".id", "facility"));
                Optional<String> type = optional(m, "type").flatMap(n -> type(n, path + ".type"));
                String name = optional(m, "name").flatMap(n -> tree.text(n, path + ".name")).orElse(null);
                Crs crs = optional(m, "crs").flatMap(n -> crs(n, path + ".crs")).orElse(fileCrs);
                LatLon at = optional(m, "at").flatMap(n -> point(n, path + ".at", crs)).orElse(null);
                TreeMap<String, BigDecimal> walk = optional(m, "walk_m")
                        .map(n -> walks(n, path + ".walk_m", gateIds)).orElse(new TreeMap<>());
                boolean servesAll = false;
                List<String> serves = List.of();
                Node servesNode = optional(m, "serves").orElse(null);
                if (servesNode instanceof ScalarNode) {
                    Optional<String> s = tree.text(servesNode, path + ".serves");
                    servesAll = s.filter("community"::equals).isPresent();
                    if (s.isPresent() && !servesAll) {
                        tree.error(servesNode, path + ".serves", "expected 'community' or a list of compound ids, found '" + s.get() + "'");
                    }
                } else if (servesNode != null) {
                    serves = servedCompounds(servesNode, path + ".serves", compoundIds);
                }
                BigDecimal area = optional(m, "area_m2").flatMap(n -> tree.nonNegative(n, path + ".area_m2")).orElse(null);
                if (id.isPresent() && type.isPresent()) {
                    facilities.add(new Facility(id.get(), type.get(), name, at, walk, servesAll, serves, area));
                }
            }
            return facilities;
        }

        private Optional<String> type(Node node, String path) {
            return tree.text(node, path).flatMap(word -> {
                Optional<String> code = vocabulary.resolve(word);
                if (code.isEmpty()) {
                    List<String> near = vocabulary.closest(word);
                    tree.error(node, path, "unknown facility type '" + word + "'"
                            + (near.isEmpty() ? "; see standards/facility-types.yaml for the codes and aliases"
                                    : "; closest: " + String.join(", ", near)));
                }
                return code;
            });
        }

        /**
         * A facility's walks by gate. The keys are the gates' own id strings, not the file's copies, so that scoring,
         * which looks each one up among the gates, finds it in memory it has just read.
         */
        private TreeMap<String, BigDecimal> walks(Node node, String path, Map<String, String> gateIds) {
            TreeMap<String, BigDecimal> walks = new TreeMap<>();
            Map<String, Node> m = tree.mapping(node, path, null, Set.of()).orElse(Map.of());
            m.forEach((gate, value) -> {
                String walkPath = path + "." + gate;
                String id = gateIds.get(gate);
                if (id == null) {
                    String hint = Suggestions.closest(gate, gateIds.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("");
                    tree.error(tree.keyOf(value), walkPath, "'" + gate + "' is not a gate of any compound" + hint);
                    return;
                }
                tree.nonNegative(value, walkPath).ifPresent(metres -> {
                    if (metres.compareTo(MAX_WALK_M) > 0) { // a slip (km for m, a digit too many): printed as given, not in full
                        tree.error(value, walkPath, "expected a walk of at most " + MAX_WALK_M + " m (100 km), found " + metres);
                    } else {
                        walks.put(id, metres);
                    }
                });
            });
            return walks;
        }

        private List<String> servedCompounds(Node node, String path, Set<String> compoundIds) {
            Optional<List<Node>> list = tree.sequence(node, path);
            List<Node> items = list.orElse(List.of());
            if (list.isPresent() && items.isEmpty()) {
                tree.error(node, path, "expected 'community' or at least one compound id");
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String itemPath = YamlTree.index(path, i);
                Node item = items.get(i);
                tree.text(item, itemPath).ifPresent(id -> {
                    if (compoundIds.contains(id)) {
                        ids.add(id);
                    } else {
                        tree.error(item, itemPath, "'" + id + "' is not a compound id; expected one of "
                                + String.join(", ", compoundIds.stream().sorted().toList()));
                    }
                });
            }
            return ids;
        }

        private TreeMap<String, Boolean> findings(Map<String, Node> m, String path, Set<String> skip) {
            TreeMap<String, Boolean> findings = new TreeMap<>();
            m.forEach((key, value) -> {
                if (!skip.contains(key)) {
                    if (!key.matches("[a-z][a-z0-9_]*")) {
                        tree.error(value, path + "." + key, "finding names are lower_snake_case, found '" + key + "'");
                        return;
                    }
                    tree.bool(value, path + "." + key).ifPresent(b -> findings.put(key, b));
                }
            });
            return findings;
        }

        private ServiceCenter serviceCenter(Node node) {
            String path = "service_center";
            Map<String, Node> m = tree.mapping(node, path, null, Set.of()).orElse(null);
            if (m == null) {
                return null;
            }
            BigDecimal area = optional(m, "area_m2").flatMap(n -> tree.nonNegative(n, path + ".area_m2")).orElse(null);
            List<String> services = new ArrayList<>();
            optional(m, "online_services").ifPresent(n -> {
                List<Node> items = tree.sequence(n, path + ".online_services").orElse(List.of());
                for (int i = 0; i < items.size(); i++) {
                    tree.text(items.get(i), YamlTree.index(path + ".online_services", i)).ifPresent(services::add);
                }
            });
            return new ServiceCenter(area, findings(m, path, SERVICE_CENTER_FIELDS), services);
        }

        private void checkHouseholds(Node compoundsNode, List<Compound> compounds) {
            long given = compounds.stream().filter(c -> c.households() != null).count();
            if (given > 0 && given < compounds.size()) {
                String missing = String.join(", ", compounds.stream().filter(c -> c.households() == null).map(Compound::id).toList());
                tree.error(compoundsNode, "compounds", "households are given for some compounds and not for " + missing
                        + "; give them for every compound, or for none (then every compound weighs the same)");
            } else if (given > 0 && compounds.stream().mapToLong(Compound::households).sum() == 0) {
                tree.error(compoundsNode, "compounds", "households add up to 0; coverage by households cannot be computed");
            }
        }
    }
}
