package org.quarterhour.tester;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Problem;
import org.quarterhour.inventory.YamlTree;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a case file. The inventory is inline ({@code inventory:}) or a path relative to the case file
 * ({@code inventory_file:}); either way it goes through the same reader and checks as any inventory.
 */
public final class TestCaseReader {
    private final InventoryReader inventories;

    public TestCaseReader(InventoryReader inventories) {
        this.inventories = inventories;
    }

    @SuppressWarnings("unchecked")
    public TestCase read(Path file) throws InvalidInputException {
        String shown = file.toString();
        Map<String, Object> root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            Object loaded = new Yaml(new SafeConstructor(options)).load(Files.readString(file, StandardCharsets.UTF_8));
            if (!(loaded instanceof Map<?, ?>)) {
                throw invalid(shown, "a test case is a mapping with note, standard, inventory (or inventory_file) and expect");
            }
            root = (Map<String, Object>) loaded;
        } catch (IOException | RuntimeException e) {
            throw invalid(shown, "cannot be read as YAML: " + e.getMessage());
        }
        Inventory inventory;
        if (root.get("inventory") instanceof Map<?, ?>) {
            inventory = inventories.fromNode(inlineInventory(file, shown), shown);
        } else if (root.get("inventory_file") instanceof String path) {
            Path target = file.toAbsolutePath().getParent().resolve(path).normalize();
            inventory = inventories.read(target, path);
        } else {
            throw invalid(shown, "needs an inline 'inventory:' or an 'inventory_file:' path");
        }
        Map<String, Object> expect = root.get("expect") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
        if (expect == null) {
            throw invalid(shown, "needs an 'expect:' block with at least an outcome");
        }
        String standard = root.get("standard") == null ? null : String.valueOf(root.get("standard"));
        BigDecimal detour = root.get("detour_factor") == null ? null : new BigDecimal(String.valueOf(root.get("detour_factor")));
        return new TestCase(shown, String.valueOf(root.getOrDefault("note", "")), standard, inventory, detour,
                expect.get("outcome") == null ? null : String.valueOf(expect.get("outcome")),
                expect.get("total") == null ? null : new BigDecimal(String.valueOf(expect.get("total"))),
                values(expect.get("categories")), values(expect.get("items")));
    }

    /** The inline inventory as composed nodes, so that its problems are reported at their lines in the case file. */
    private static Node inlineInventory(Path file, String shown) throws InvalidInputException {
        try {
            Node root = YamlTree.compose(Files.readString(file, StandardCharsets.UTF_8), shown, (int) InventoryReader.MAX_BYTES);
            for (NodeTuple t : ((MappingNode) root).getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("inventory")) {
                    return t.getValueNode();
                }
            }
        } catch (IOException e) {
            throw invalid(shown, "cannot be read: " + e.getMessage());
        }
        throw invalid(shown, "no inventory");
    }

    private static TreeMap<String, Object> values(Object block) {
        TreeMap<String, Object> values = new TreeMap<>();
        if (block instanceof Map<?, ?> m) {
            m.forEach((k, v) -> values.put(String.valueOf(k), v instanceof Boolean b ? b : new BigDecimal(String.valueOf(v))));
        }
        return values;
    }

    private static InvalidInputException invalid(String file, String message) {
        return new InvalidInputException(List.of(new Problem(file, 0, 0, "", message)));
    }
}
