package org.quarterhour.tester;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Problem;
import org.quarterhour.inventory.YamlTree;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a case file. The inventory is inline ({@code inventory:}) or a path relative to the case file
 * ({@code inventory_file:}); either way it goes through the same reader and checks as any inventory. The case itself
 * is read as an inventory is: UTF-8 text, composed YAML, every problem one line at its file:line:col.
 */
public final class TestCaseReader {
    private static final Set<String> TOP = Set.of("note", "standard", "inventory", "inventory_file", "detour_factor", "expect");
    private static final Set<String> EXPECT = Set.of("outcome", "total", "categories", "items");

    private final InventoryReader inventories;

    public TestCaseReader(InventoryReader inventories) {
        this.inventories = inventories;
    }

    public TestCase read(Path file) throws InvalidInputException {
        String shown = file.toString();
        Node root = YamlTree.compose(text(file, shown), shown, (int) InventoryReader.MAX_BYTES);
        if (root == null) {
            throw invalid(shown, "the file is empty; a test case has note, standard, inventory (or inventory_file) and expect");
        }
        YamlTree t = new YamlTree(shown);
        Map<String, Node> m = t.mapping(root, "", TOP, Set.of("expect")).orElse(null);
        if (m == null) {
            throw new InvalidInputException(t.problems());
        }
        String note = optional(m, "note").flatMap(n -> t.text(n, "note")).orElse("");
        String standard = optional(m, "standard").flatMap(n -> t.text(n, "standard")).orElse(null);
        BigDecimal detour = optional(m, "detour_factor").flatMap(n -> t.number(n, "detour_factor")).orElse(null);
        if (detour != null && detour.compareTo(BigDecimal.ONE) < 0) {
            t.error(m.get("detour_factor"), "detour_factor", "expected a detour factor of at least 1 (a walk is never shorter than the straight line), found "
                    + detour.toPlainString());
        }
        Node inline = optional(m, "inventory").orElse(null);
        String inventoryFile = optional(m, "inventory_file").flatMap(n -> t.text(n, "inventory_file")).orElse(null);
        if (inline == null && inventoryFile == null && !m.containsKey("inventory_file")) {
            t.error(root, "", "needs an inline 'inventory:' or an 'inventory_file:' path");
        } else if (inline != null && inventoryFile != null) {
            t.error(t.keyOf(m.get("inventory_file")), "inventory_file", "give an inline 'inventory:' or an 'inventory_file:', not both");
        }
        Map<String, Node> expect = m.containsKey("expect") ? t.mapping(m.get("expect"), "expect", EXPECT, Set.of()).orElse(Map.of()) : Map.of();
        String outcome = optional(expect, "outcome").flatMap(n -> t.text(n, "expect.outcome")).orElse(null);
        BigDecimal total = optional(expect, "total").flatMap(n -> t.number(n, "expect.total")).orElse(null);
        TreeMap<String, Object> categories = values(t, expect.get("categories"), "expect.categories");
        TreeMap<String, Object> items = values(t, expect.get("items"), "expect.items");
        Path target = null;
        if (inline == null && inventoryFile != null) {
            Path parent = file.getParent() == null ? Path.of("") : file.getParent();
            target = parent.resolve(inventoryFile).normalize();
            if (!Files.isRegularFile(target)) {
                t.error(m.get("inventory_file"), "inventory_file", "no such file: " + target);
            }
        }
        if (!t.problems().isEmpty()) {
            throw new InvalidInputException(t.problems());
        }
        Inventory inventory = inline != null ? inventories.fromNode(inline, shown) : inventories.read(target, target.toString());
        return new TestCase(shown, note, standard, inventory, detour, outcome, total, categories, items);
    }

    /** The file as text: refused unread when larger than an inventory may be, and refused where it is not UTF-8. */
    private static String text(Path file, String shown) throws InvalidInputException {
        return InventoryReader.decodeUtf8(InventoryReader.bytes(file, shown, "a test case"), shown);
    }

    private static Optional<Node> optional(Map<String, Node> m, String key) {
        Node n = m.get(key);
        return YamlTree.isNull(n) ? Optional.empty() : Optional.of(n);
    }

    /** Expected values by code: points (a number) or met / not met (true / false). */
    private static TreeMap<String, Object> values(YamlTree t, Node block, String path) {
        TreeMap<String, Object> values = new TreeMap<>();
        if (YamlTree.isNull(block)) {
            return values;
        }
        t.mapping(block, path, null, Set.of()).ifPresent(entries -> entries.forEach((code, v) -> {
            String at = YamlTree.child(path, code);
            if (Tag.BOOL.equals(v.getTag())) {
                t.bool(v, at).ifPresent(b -> values.put(code, b));
            } else if (Tag.INT.equals(v.getTag()) || Tag.FLOAT.equals(v.getTag())) {
                t.number(v, at).ifPresent(n -> values.put(code, n));
            } else {
                t.error(v, at, "expected points (a number) or met (true or false), found " + describe(v));
            }
        }));
        return values;
    }

    private static String describe(Node v) {
        if (v instanceof ScalarNode s) {
            return "'" + s.getValue() + "'";
        }
        return v instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static InvalidInputException invalid(String file, String message) {
        return new InvalidInputException(List.of(new Problem(file, 0, 0, "", message)));
    }
}
