package org.quarterhour.pack;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.YamlTree;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a pack's manifest.yaml, reporting every problem with its line and column. */
final class ManifestReader {
    private static final Set<String> TOP = Set.of("schema", "id", "version", "title", "issuer", "document", "in_force",
            "parameters", "total", "clause", "categories", "outcomes");
    private static final Set<String> CATEGORY = Set.of("code", "name", "points", "minimum", "all_met", "clause");
    private static final Set<String> OUTCOME = Set.of("code", "label", "rank", "when", "clause");
    private static final Set<String> WHEN = Set.of("total_at_least", "categories_met", "items_met");

    private ManifestReader() {
    }

    static Manifest read(byte[] bytes, String file) throws PackException {
        Node root;
        try {
            root = YamlTree.compose(new String(bytes, StandardCharsets.UTF_8), file, 1 << 20);
        } catch (InvalidInputException e) {
            throw new PackException(e.problems());
        }
        YamlTree t = new YamlTree(file);
        Map<String, Node> m = t.mapping(root, "", TOP, Set.of("schema", "id", "version", "title", "in_force", "categories", "outcomes"))
                .orElse(Map.of());
        Optional<String> schema = get(m, "schema").flatMap(n -> t.text(n, "schema"));
        schema.filter(s -> !s.equals(Manifest.SCHEMA)).ifPresent(s -> t.error(m.get("schema"), "schema",
                "unknown manifest schema '" + s + "'; expected '" + Manifest.SCHEMA + "'"));
        String id = get(m, "id").flatMap(n -> t.text(n, "id")).orElse(null);
        String version = get(m, "version").flatMap(n -> t.text(n, "version")).orElse(null);
        String title = get(m, "title").flatMap(n -> t.text(n, "title")).orElse(null);
        String issuer = get(m, "issuer").flatMap(n -> t.text(n, "issuer")).orElse(null);
        String document = get(m, "document").flatMap(n -> t.text(n, "document")).orElse(null);
        LocalDate from = null;
        LocalDate until = null;
        Optional<Map<String, Node>> inForce = get(m, "in_force").flatMap(n -> t.mapping(n, "in_force", Set.of("from", "until"), Set.of("from")));
        if (inForce.isPresent()) {
            from = get(inForce.get(), "from").flatMap(n -> t.date(n, "in_force.from")).orElse(null);
            until = get(inForce.get(), "until").flatMap(n -> t.date(n, "in_force.until")).orElse(null);
        }
        int radius = 1200;
        BigDecimal detour = new BigDecimal("1.3");
        Optional<Map<String, Node>> params = get(m, "parameters")
                .flatMap(n -> t.mapping(n, "parameters", Set.of("radius_m", "detour_factor"), Set.of()));
        if (params.isPresent()) {
            radius = get(params.get(), "radius_m").flatMap(n -> t.nonNegativeInteger(n, "parameters.radius_m")).orElse(radius);
            detour = get(params.get(), "detour_factor").flatMap(n -> t.nonNegative(n, "parameters.detour_factor")).orElse(detour);
        }
        BigDecimal total = get(m, "total").flatMap(n -> t.nonNegative(n, "total")).orElse(null);
        String packClause = get(m, "clause").flatMap(n -> t.text(n, "clause")).orElse(null);
        List<Manifest.Category> categories = new ArrayList<>();
        List<Node> categoryNodes = get(m, "categories").flatMap(n -> t.sequence(n, "categories")).orElse(List.of());
        for (int i = 0; i < categoryNodes.size(); i++) {
            String p = YamlTree.index("categories", i);
            Optional<Map<String, Node>> c = t.mapping(categoryNodes.get(i), p, CATEGORY, Set.of("code", "name"));
            if (c.isEmpty()) {
                continue;
            }
            Map<String, Node> cm = c.get();
            Optional<String> code = get(cm, "code").flatMap(n -> t.text(n, p + ".code"));
            Optional<String> name = get(cm, "name").flatMap(n -> t.text(n, p + ".name"));
            BigDecimal points = get(cm, "points").flatMap(n -> t.nonNegative(n, p + ".points")).orElse(null);
            BigDecimal minimum = get(cm, "minimum").flatMap(n -> t.nonNegative(n, p + ".minimum")).orElse(null);
            boolean allMet = get(cm, "all_met").flatMap(n -> t.bool(n, p + ".all_met")).orElse(false);
            String clause = get(cm, "clause").flatMap(n -> t.text(n, p + ".clause")).orElse(null);
            if (code.isPresent() && name.isPresent()) {
                categories.add(new Manifest.Category(code.get(), name.get(), points, minimum, allMet, clause));
            }
        }
        List<Manifest.Outcome> outcomes = new ArrayList<>();
        List<Node> outcomeNodes = get(m, "outcomes").flatMap(n -> t.sequence(n, "outcomes")).orElse(List.of());
        for (int i = 0; i < outcomeNodes.size(); i++) {
            String p = YamlTree.index("outcomes", i);
            Optional<Map<String, Node>> o = t.mapping(outcomeNodes.get(i), p, OUTCOME, Set.of("code", "label", "rank"));
            if (o.isEmpty()) {
                continue;
            }
            Map<String, Node> om = o.get();
            Optional<String> code = get(om, "code").flatMap(n -> t.text(n, p + ".code"));
            Optional<String> label = get(om, "label").flatMap(n -> t.text(n, p + ".label"));
            Optional<Integer> rank = get(om, "rank").flatMap(n -> t.nonNegativeInteger(n, p + ".rank"));
            String clause = get(om, "clause").flatMap(n -> t.text(n, p + ".clause")).orElse(null);
            BigDecimal atLeast = null;
            List<String> categoriesMet = List.of();
            List<String> itemsMet = List.of();
            Optional<Map<String, Node>> when = get(om, "when").flatMap(n -> t.mapping(n, p + ".when", WHEN, Set.of()));
            if (when.isPresent()) {
                atLeast = get(when.get(), "total_at_least").flatMap(n -> t.nonNegative(n, p + ".when.total_at_least")).orElse(null);
                categoriesMet = texts(t, when.get(), "categories_met", p + ".when");
                itemsMet = texts(t, when.get(), "items_met", p + ".when");
            }
            if (code.isPresent() && label.isPresent() && rank.isPresent()) {
                outcomes.add(new Manifest.Outcome(code.get(), label.get(), rank.get(), atLeast, categoriesMet, itemsMet, clause));
            }
        }
        if (!t.problems().isEmpty()) {
            throw new PackException(t.problems());
        }
        return new Manifest(id, version, title, issuer, document, from, until, radius, detour, total, packClause, categories, outcomes);
    }

    private static List<String> texts(YamlTree t, Map<String, Node> m, String key, String path) {
        List<String> out = new ArrayList<>();
        List<Node> nodes = get(m, key).flatMap(n -> t.sequence(n, path + "." + key)).orElse(List.of());
        for (int i = 0; i < nodes.size(); i++) {
            t.text(nodes.get(i), YamlTree.index(path + "." + key, i)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Node> get(Map<String, Node> m, String key) {
        Node n = m.get(key);
        return n == null || YamlTree.isNull(n) ? Optional.empty() : Optional.of(n);
    }
}
