package org.quarterhour.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.quarterhour.inventory.Problem;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;

/**
 * What each rule of a pack asks and does: its {@code when} and {@code then} as written, read with Drools' DRL parser,
 * with comments dropped and white space kept only where it separates two words, so that two rules are the same rule
 * exactly when their texts are equal. Keyed by the item code ({@code @code}), or by the rule's name for a rule that
 * scores no item.
 */
public final class ItemRules {
    private ItemRules() {
    }

    /** Every rule's normalised {@code when ... then ...}, by item code (or rule name), in file and rule order. */
    public static Map<String, String> bodies(Pack pack) throws PackException {
        Map<String, String> bodies = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> drl : pack.drl().entrySet()) {
            String file = pack.location() + "/" + drl.getKey();
            String text = drl.getValue();
            DrlParser parser = new DrlParser();
            PackageDescr parsed;
            try {
                parsed = parser.parse(false, text);
            } catch (DroolsParserException e) {
                problems.add(new Problem(file, 0, 0, "", "cannot be parsed: " + e.getMessage()));
                continue;
            }
            if (parser.hasErrors() || parsed == null) {
                parser.getErrors().forEach(e -> problems.add(new Problem(file, 0, 0, "", "cannot be parsed: " + e.getMessage())));
                continue;
            }
            for (RuleDescr rule : parsed.getRules()) {
                bodies.put(key(rule), body(rule, text));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return bodies;
    }

    private static String key(RuleDescr rule) {
        AnnotationDescr code = rule.getAnnotation("code");
        Object value = code == null ? null : code.getSingleValueStripped();
        return value == null ? rule.getName() : value.toString();
    }

    private static String body(RuleDescr rule, String text) {
        StringBuilder s = new StringBuilder("when ").append(slice(rule.getLhs(), text)).append("\nthen ");
        s.append(rule.getConsequence() == null ? "" : rule.getConsequence().toString());
        new TreeMap<>(rule.getNamedConsequences()).forEach((name, rhs) -> s.append("\nthen[").append(name).append("] ").append(rhs));
        return normalise(s.toString());
    }

    /** The text a part of a rule was parsed from; empty for an empty {@code when}. */
    private static String slice(BaseDescr descr, String text) {
        int from = descr.getStartCharacter();
        int to = Math.min(descr.getEndCharacter(), text.length());
        return from < 0 || to <= from ? "" : text.substring(from, to);
    }

    /**
     * The code with comments removed and white space dropped except a single space between two word characters;
     * string and character literals are kept as they are.
     */
    public static String normalise(String code) {
        StringBuilder out = new StringBuilder(code.length());
        boolean space = false;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '/' && code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? code.length() : end;
                space = true;
            } else if (c == '/' && code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? code.length() : end + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                i++;
                space = true;
            } else {
                if (space && out.length() > 0 && isWord(out.charAt(out.length() - 1)) && isWord(c)) {
                    out.append(' ');
                }
                space = false;
                if (c == '"' || c == '\'') {
                    int end = literalEnd(code, i);
                    out.append(code, i, end);
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Just past the literal opening at {@code start} (its closing quote, escapes honoured), or the end of the line. */
    private static int literalEnd(String code, int start) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length() && code.charAt(i) != quote && code.charAt(i) != '\n') {
            i += code.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, code.length());
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
