package org.quarterhour.inventory;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads values out of a composed YAML node tree, checking each against what was expected and collecting a
 * {@link Problem} with file, line, column and YAML path for everything that is not, instead of stopping at the first.
 */
public final class YamlTree {
    /** Reads its tables only, so one serves every thread. */
    private static final QuickResolver RESOLVER = new QuickResolver();
    /** YAML's infinities and not-a-number, which the resolver tags as floats; compiled once, as every number is checked. */
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(inf|nan)", Pattern.CASE_INSENSITIVE);
    private final Locator locator;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Node, Node> keyOfValue = new IdentityHashMap<>();

    /**
     * Where a problem stands in the input: for a YAML file, the line and column of the node's start; for a tree built
     * from something else (a workbook's cells), whatever place that input knows for the node or the path.
     */
    @FunctionalInterface
    public interface Locator {
        Problem problem(Node at, String path, String message);
    }

    /** A tree composed from YAML text: problems are placed at their node's line and column. */
    public YamlTree(String file) {
        this(atMarks(file));
    }

    public YamlTree(Locator locator) {
        this.locator = locator;
    }

    private static Locator atMarks(String file) {
        return (at, path, message) -> {
            int line = at == null || at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
            int column = at == null || at.getStartMark() == null ? 0 : at.getStartMark().getColumn() + 1;
            return new Problem(file, line, column, path, message);
        };
    }

    /**
     * Composes YAML text into a node tree without constructing any object, under SnakeYAML's loader limits
     * (code points, nesting, aliases, recursive keys); a syntax error becomes a problem at its line and column.
     * Returns null for an empty document.
     */
    public static Node compose(String text, String file, int maxCodePoints) throws InvalidInputException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(16);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowDuplicateKeys(false);
        try {
            // what Yaml.compose does, with the resolver that answers common scalars without regular expressions
            return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new InvalidInputException(List.of(new Problem(file, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "", "not valid YAML: " + what)));
        } catch (YAMLException e) {
            throw new InvalidInputException(List.of(new Problem(file, 0, 0, "", "refused: " + e.getMessage())));
        }
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public void error(Node at, String path, String message) {
        problems.add(locator.problem(at, path, message));
    }

    /** A node that is an alias of another (or itself carries an anchor) is refused: aliases are how YAML bombs grow. */
    private boolean acceptable(Node node, String path) {
        if (!seen.add(node) || node.getAnchor() != null) {
            error(node, path, "YAML anchors and aliases (&name, *name) are not accepted in an inventory; write the value out");
            return false;
        }
        return true;
    }

    /**
     * The entries of a mapping in file order. Reports a value that is not a mapping, duplicate keys, keys not among
     * {@code allowed} (with the closest allowed key) and missing {@code required} keys. A null {@code allowed}
     * accepts any key.
     */
    public Optional<Map<String, Node>> mapping(Node node, String path, Set<String> allowed, Set<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, path, "expected a mapping (key: value lines), found " + describe(node));
            return Optional.empty();
        }
        if (!acceptable(node, path)) {
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                error(tuple.getKeyNode(), path, "expected a plain key, found " + describe(tuple.getKeyNode()));
                continue;
            }
            String key = keyNode.getValue();
            // the key's path is spelt out only for a message: a file has hundreds of keys and, mostly, no message
            if (entries.containsKey(key)) {
                error(keyNode, child(path, key), "duplicate key '" + key + "'");
                continue;
            }
            if (allowed != null && !allowed.contains(key)) {
                String hint = Suggestions.closest(key, allowed).map(s -> "; did you mean '" + s + "'?")
                        .orElse("; expected one of " + String.join(", ", allowed.stream().sorted().toList()));
                error(keyNode, child(path, key), "unknown key '" + key + "'" + hint);
                continue;
            }
            entries.put(key, tuple.getValueNode());
            keyOfValue.put(tuple.getValueNode(), keyNode);
        }
        for (String key : required) {
            if (!entries.containsKey(key) || isNull(entries.get(key))) {
                error(node, child(path, key), "required field '" + key + "' is missing");
            }
        }
        return Optional.of(entries);
    }

    /** The key node a value node was read under (for messages about the key itself), else the value node. */
    public Node keyOf(Node value) {
        return keyOfValue.getOrDefault(value, value);
    }

    public Optional<List<Node>> sequence(Node node, String path) {
        if (!(node instanceof SequenceNode sequence)) {
            error(node, path, "expected a list, found " + describe(node));
            return Optional.empty();
        }
        return acceptable(node, path) ? Optional.of(sequence.getValue()) : Optional.empty();
    }

    /** Any non-null scalar as text (numbers and dates keep the text they were written as). */
    public Optional<String> text(Node node, String path) {
        if (!(node instanceof ScalarNode scalar) || isNull(node)) {
            error(node, path, "expected a text value, found " + describe(node));
            return Optional.empty();
        }
        if (!acceptable(node, path)) {
            return Optional.empty();
        }
        if (scalar.getValue().isBlank()) {
            error(node, path, "expected a text value, found an empty one");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    public Optional<Boolean> bool(Node node, String path) {
        if (node instanceof ScalarNode scalar && Tag.BOOL.equals(node.getTag()) && acceptable(node, path)) {
            String v = scalar.getValue().toLowerCase(java.util.Locale.ROOT);
            return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
        }
        error(node, path, "expected true or false, found " + describe(node));
        return Optional.empty();
    }

    /** A finite decimal number, or a problem. */
    public Optional<BigDecimal> number(Node node, String path) {
        if (!(node instanceof ScalarNode scalar) || !(Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
            error(node, path, "expected a number, found " + describe(node));
            return Optional.empty();
        }
        if (!acceptable(node, path)) {
            return Optional.empty();
        }
        String v = scalar.getValue().replace("_", "");
        if (NOT_FINITE.matcher(v).matches()) {
            error(node, path, "expected a finite number, found " + scalar.getValue());
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(v));
        } catch (NumberFormatException e) {
            error(node, path, "expected a decimal number, found '" + scalar.getValue() + "'");
            return Optional.empty();
        }
    }

    public Optional<BigDecimal> nonNegative(Node node, String path) {
        Optional<BigDecimal> n = number(node, path);
        if (n.isPresent() && n.get().signum() < 0) {
            error(node, path, "expected a number >= 0, found " + n.get().toPlainString());
            return Optional.empty();
        }
        return n;
    }

    public Optional<Integer> nonNegativeInteger(Node node, String path) {
        if (!(node instanceof ScalarNode) || !Tag.INT.equals(node.getTag())) {
            error(node, path, "expected a whole number >= 0, found " + describe(node));
            return Optional.empty();
        }
        Optional<BigDecimal> n = nonNegative(node, path);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(n.get().intValueExact());
        } catch (ArithmeticException e) {
            error(node, path, "expected a whole number below 2147483648, found " + n.get().toPlainString());
            return Optional.empty();
        }
    }

    public Optional<LocalDate> date(Node node, String path) {
        Optional<String> text = text(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            error(node, path, "expected a date as YYYY-MM-DD, found '" + text.get() + "'");
            return Optional.empty();
        }
    }

    public static boolean isNull(Node node) {
        return node == null || Tag.NULL.equals(node.getTag());
    }

    public static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    private static String describe(Node node) {
        if (node == null || isNull(node)) {
            return "nothing";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return "'" + ((ScalarNode) node).getValue() + "'";
    }
}
