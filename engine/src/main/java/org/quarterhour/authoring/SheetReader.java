package org.quarterhour.authoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Problem;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.inventory.YamlTree;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a bureau's sheet (YAML) for {@code pack new}, every problem at its line and column. */
public final class SheetReader {
    private static final Set<String> TOP = Set.of("id", "version", "title", "issuer", "document", "in_force", "radius_m",
            "total", "categories", "grades");
    private static final Set<String> CATEGORY = Set.of("code", "name", "minimum", "items");
    private static final Set<String> ITEM = Set.of("name", "points", "types", "radius_m");
    private static final Set<String> GRADE = Set.of("code", "label", "total_at_least");

    private final Vocabulary vocabulary;

    public SheetReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Why a sheet file cannot be read, in words (Java's file exceptions carry only the path). */
    static String unreadable(IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text; save the file as UTF-8";
        }
        return InventoryReader.unreadable(e);
    }

    public SheetSpec read(Path file) throws InvalidInputException {
        String shown = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(List.of(new Problem(shown, 0, 0, "", unreadable(e))));
        }
        Node root = YamlTree.compose(text, shown, 1 << 20);
        YamlTree t = new YamlTree(shown);
        Map<String, Node> m = t.mapping(root, "", TOP, Set.of("id", "version", "title", "in_force", "categories", "grades")).orElse(Map.of());
        String id = get(m, "id").flatMap(n -> t.text(n, "id")).orElse(null);
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) {
            t.error(m.get("id"), "id", "a standard id is lower-case letters, digits and '-' (e.g. shili-county), found '" + id + "'");
        }
        String version = get(m, "version").flatMap(n -> t.text(n, "version")).orElse(null);
        if (version != null && !version.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            t.error(m.get("version"), "version", "a version is letters, digits, '.', '-' or '_' (e.g. 2026.01), found '" + version + "'");
        }
        String title = get(m, "title").flatMap(n -> t.text(n, "title")).orElse(null);
        String issuer = get(m, "issuer").flatMap(n -> t.text(n, "issuer")).orElse(null);
        String document = get(m, "document").flatMap(n -> t.text(n, "document")).orElse(null);
        LocalDate from = get(m, "in_force").flatMap(n -> t.date(n, "in_force")).orElse(null);
        int radius = get(m, "radius_m").flatMap(n -> t.nonNegativeInteger(n, "radius_m")).orElse(1200);
        BigDecimal total = get(m, "total").flatMap(n -> t.nonNegative(n, "total")).orElse(null);
        List<SheetSpec.Category> categories = new ArrayList<>();
        List<Node> cats = get(m, "categories").flatMap(n -> t.sequence(n, "categories")).orElse(List.of());
        for (int i = 0; i < cats.size(); i++) {
            String p = YamlTree.index("categories", i);
            Map<String, Node> c = t.mapping(cats.get(i), p, CATEGORY, Set.of("code", "name", "items")).orElse(null);
            if (c == null) {
                continue;
            }
            Optional<String> code = get(c, "code").flatMap(n -> t.text(n, p + ".code"));
            code.filter(s -> !s.matches("[a-z][a-z0-9_]*")).ifPresent(s -> t.error(c.get("code"), p + ".code",
                    "a category code is lower_snake_case (e.g. basic), found '" + s + "'"));
            Optional<String> name = get(c, "name").flatMap(n -> t.text(n, p + ".name"));
            BigDecimal minimum = get(c, "minimum").flatMap(n -> t.nonNegative(n, p + ".minimum")).orElse(null);
            List<SheetSpec.Item> items = new ArrayList<>();
            List<Node> itemNodes = get(c, "items").flatMap(n -> t.sequence(n, p + ".items")).orElse(List.of());
            for (int j = 0; j < itemNodes.size(); j++) {
                String ip = YamlTree.index(p + ".items", j);
                Map<String, Node> it = t.mapping(itemNodes.get(j), ip, ITEM, Set.of("name", "types")).orElse(null);
                if (it == null) {
                    continue;
                }
                Optional<String> itemName = get(it, "name").flatMap(n -> t.text(n, ip + ".name"));
                BigDecimal points = get(it, "points").flatMap(n -> t.nonNegative(n, ip + ".points")).orElse(null);
                Integer itemRadius = get(it, "radius_m").flatMap(n -> t.nonNegativeInteger(n, ip + ".radius_m")).orElse(null);
                List<String> types = new ArrayList<>();
                List<Node> typeNodes = get(it, "types").flatMap(n -> t.sequence(n, ip + ".types")).orElse(List.of());
                for (int k = 0; k < typeNodes.size(); k++) {
                    Node tn = typeNodes.get(k);
                    String tp = YamlTree.index(ip + ".types", k);
                    t.text(tn, tp).ifPresent(word -> {
                        Optional<String> resolved = vocabulary.resolve(word);
                        if (resolved.isEmpty()) {
                            List<String> near = vocabulary.closest(word);
                            t.error(tn, tp, "unknown facility type '" + word + "'" + (near.isEmpty() ? "" : "; closest: " + String.join(", ", near)));
                        } else if (!types.contains(resolved.get())) {
                            types.add(resolved.get());
                        }
                    });
                }
                if (typeNodes.isEmpty() && it.containsKey("types")) {
                    t.error(it.get("types"), ip + ".types", "name at least one facility type that satisfies the item");
                }
                itemName.ifPresent(n -> items.add(new SheetSpec.Item(n, points, types, itemRadius)));
            }
            if (itemNodes.isEmpty()) {
                t.error(cats.get(i), p + ".items", "a category needs at least one item");
            }
            if (code.isPresent() && name.isPresent()) {
                categories.add(new SheetSpec.Category(code.get(), name.get(), minimum, items));
            }
        }
        List<SheetSpec.Grade> grades = new ArrayList<>();
        List<Node> gradeNodes = get(m, "grades").flatMap(n -> t.sequence(n, "grades")).orElse(List.of());
        for (int i = 0; i < gradeNodes.size(); i++) {
            String p = YamlTree.index("grades", i);
            Map<String, Node> g = t.mapping(gradeNodes.get(i), p, GRADE, Set.of("label")).orElse(null);
            if (g == null) {
                continue;
            }
            String label = get(g, "label").flatMap(n -> t.text(n, p + ".label")).orElse(null);
            String code = get(g, "code").flatMap(n -> t.text(n, p + ".code")).orElse("level" + i);
            BigDecimal atLeast = get(g, "total_at_least").flatMap(n -> t.nonNegative(n, p + ".total_at_least")).orElse(null);
            if (label != null) {
                grades.add(new SheetSpec.Grade(code, label, atLeast));
            }
        }
        if (!t.problems().isEmpty()) {
            throw new InvalidInputException(t.problems());
        }
        return new SheetSpec(id, version, title, issuer, document, from, radius, total, categories, grades);
    }

    private static Optional<Node> get(Map<String, Node> m, String key) {
        Node n = m.get(key);
        return n == null || YamlTree.isNull(n) ? Optional.empty() : Optional.of(n);
    }
}
