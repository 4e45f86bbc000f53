package org.quarterhour.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver, answering an inventory's commonest plain scalars without a regular expression. SnakeYAML tries
 * up to three patterns on every plain scalar (a fifth of reading an inventory); most of an inventory's are ids, names
 * and codes that no implicit type can start with, or whole numbers and decimals written plainly. The answer is always
 * the one {@link Resolver} gives, which {@code QuickResolverTest} checks on every shape of scalar; any other scalar is
 * left to it.
 */
final class QuickResolver extends Resolver {
    /** The characters some implicit type (bool, int, float, null, timestamp, ...) can start with. */
    private final Set<Character> typeStarts;
    /**
     * True where the resolvers tried on every scalar, whatever it starts with, are only the empty-string and null ones,
     * so that a scalar starting with none of {@link #typeStarts} (nor a space, which the null one accepts) is a string.
     * Checked, not assumed: a later SnakeYAML may add another.
     */
    private final boolean wordsAreStrings;
    /**
     * The patterns SnakeYAML registers for every scalar (no first character, or the NUL that stands for none), as its
     * constructor registers them through {@link #addImplicitResolver}. No initializer: it is filled before this class's
     * own fields would be.
     */
    private List<String> forAll;

    QuickResolver() {
        typeStarts = yamlImplicitResolvers.keySet().stream().filter(c -> c != null).collect(Collectors.toUnmodifiableSet());
        Set<String> known = Set.of(Resolver.EMPTY.pattern(), Resolver.NULL.pattern());
        wordsAreStrings = forAll != null && known.containsAll(forAll);
    }

    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
        super.addImplicitResolver(tag, regexp, first, limit);
        if (first == null || first.indexOf('\0') >= 0) {
            if (forAll == null) {
                forAll = new ArrayList<>();
            }
            forAll.add(regexp.pattern());
        }
    }

    /** False where this SnakeYAML tries patterns on every scalar that this class does not know. */
    boolean answersWords() {
        return wordsAreStrings;
    }

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
            char first = value.charAt(0);
            if (wordsAreStrings && first != ' ' && !typeStarts.contains(first)) {
                return Tag.STR;
            }
            Tag number = plainNumber(value);
            if (number != null) {
                return number;
            }
        }
        return super.resolve(kind, value, implicit);
    }

    /**
     * INT for {@code 0} and {@code [1-9][0-9]*}, FLOAT for {@code [0-9]+.[0-9]+}, as SnakeYAML's INT (tried first) and
     * FLOAT patterns decide them; null for anything else (signs, underscores, leading zeros, exponents, ...).
     */
    private static Tag plainNumber(String value) {
        int n = value.length();
        if (n > 1024) { // SnakeYAML tries its number patterns on at most 1,024 characters
            return null;
        }
        int i = 0;
        while (i < n && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return null;
        }
        if (i == n) {
            return value.charAt(0) != '0' || n == 1 ? Tag.INT : null;
        }
        if (value.charAt(i) != '.' || i == n - 1) {
            return null;
        }
        for (int j = i + 1; j < n; j++) {
            if (!isDigit(value.charAt(j))) {
                return null;
            }
        }
        return Tag.FLOAT;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
