package org.quarterhour.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarterhour.inventory.Problem;
import org.quarterhour.pack.Pack;

/**
 * The first wall around a pack: reads every DRL file as text (comments and string literals blanked out) and refuses
 * any name outside what a pack may use — the engine's fact types, java.math and plain values — wherever it stands:
 * imports, globals, conditions, {@code eval}, functions, consequences, fully qualified or not. It also refuses loops,
 * which could run forever. What it misses, {@link SandboxClassLoader} still refuses at run time.
 */
final class PackLint {
    /** Types a pack may name, by simple name and by fully qualified name. */
    static final Map<String, String> ALLOWED_TYPES = Map.ofEntries(
            Map.entry("Community", "org.quarterhour.facts.Community"),
            Map.entry("Coverage", "org.quarterhour.facts.Coverage"),
            Map.entry("Award", "org.quarterhour.facts.Award"),
            Map.entry("Findings", "org.quarterhour.facts.Findings"),
            Map.entry("Measure", "org.quarterhour.facts.Measure"),
            Map.entry("Reach", "org.quarterhour.facts.Reach"),
            Map.entry("BigDecimal", "java.math.BigDecimal"),
            Map.entry("RoundingMode", "java.math.RoundingMode"),
            Map.entry("String", "java.lang.String"),
            Map.entry("Integer", "java.lang.Integer"),
            Map.entry("Long", "java.lang.Long"),
            Map.entry("Boolean", "java.lang.Boolean"),
            Map.entry("List", "java.util.List"));
    private static final Set<String> FORBIDDEN_WORDS = Set.of(
            "class", "getClass", "forName", "exec", "exit", "halt", "getRuntime", "getKieRuntime", "getKnowledgeRuntime",
            "getKieBase", "getKieSession", "getWorkingMemory", "getEntryPoint", "getEntryPoints", "setGlobal", "getGlobal",
            "getGlobals", "newInstance", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField",
            "getDeclaredField", "setAccessible", "invoke", "loadClass", "getClassLoader", "getResource",
            "getResourceAsStream", "wait", "notify", "notifyAll", "finalize", "synchronized", "native", "throw",
            "getContextClassLoader", "load", "loadLibrary", "getenv", "getProperty", "setProperty");
    private static final Set<String> LOOPS = Set.of("while", "for", "do");
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io",
            "kotlin", "groovy", "scala");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)*");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
    private static final Pattern DECLARE = Pattern.compile("\\bdeclare\\s+([A-Z][\\w$]*)");

    private PackLint() {
    }

    static List<Problem> lint(Pack pack) {
        List<Problem> problems = new ArrayList<>();
        pack.drl().forEach((path, text) -> problems.addAll(lint(pack.location() + "/" + path, text)));
        return problems;
    }

    static List<Problem> lint(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String code = blankCommentsAndStrings(text);
        Set<String> declared = new java.util.HashSet<>();
        Matcher d = DECLARE.matcher(code);
        while (d.find()) {
            declared.add(d.group(1));
        }
        String[] original = text.split("\n", -1);
        String[] lines = code.split("\n", -1);
        String rule = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher header = RULE.matcher(original[i]);
            if (header.find()) {
                rule = header.group(1);
            }
            String where = rule == null ? "" : "rule \"" + rule + "\"";
            Matcher m = NAME.matcher(lines[i]);
            while (m.find()) {
                String name = m.group().replaceAll("\\s+", "");
                String why = refusal(name, declared);
                if (why != null) {
                    problems.add(new Problem(file, i + 1, m.start() + 1, where, why));
                }
            }
        }
        return problems;
    }

    /** Why a name may not stand in a pack, or null where it may. */
    private static String refusal(String name, Set<String> declared) {
        String[] parts = name.split("\\.");
        if (PACKAGE_ROOTS.contains(parts[0])) {
            String qualified = qualifiedType(parts);
            if (qualified == null || !ALLOWED_TYPES.containsValue(qualified)) {
                return "'" + (qualified == null ? name : qualified) + "' is outside what a pack may use; a pack may name only "
                        + String.join(", ", ALLOWED_TYPES.keySet().stream().sorted().toList());
            }
        } else if (Character.isUpperCase(parts[0].charAt(0)) && !ALLOWED_TYPES.containsKey(parts[0])
                && !declared.contains(parts[0])) {
            return "'" + parts[0] + "' is not a type a pack may use; a pack may name only "
                    + String.join(", ", ALLOWED_TYPES.keySet().stream().sorted().toList());
        }
        for (String part : parts) {
            if (LOOPS.contains(part) && parts.length == 1) {
                return "loops ('" + part + "') are not allowed in a pack: a rule decides, it does not loop (a loop could run forever)";
            }
            if (FORBIDDEN_WORDS.contains(part)) {
                return "'" + part + "' is not allowed in a pack: packs may not reach the engine, the JVM, files, processes or the network";
            }
        }
        return null;
    }

    /** {@code java.math.BigDecimal} out of {@code java.math.BigDecimal.valueOf}: the segments up to the first type. */
    private static String qualifiedType(String[] parts) {
        StringBuilder s = new StringBuilder();
        for (String part : parts) {
            if (s.length() > 0) {
                s.append('.');
            }
            s.append(part);
            if (Character.isUpperCase(part.charAt(0))) {
                return s.toString();
            }
            if (part.equals("*")) {
                return null;
            }
        }
        return null;
    }

    /** The text with comments and the insides of string and character literals replaced by spaces, lines kept. */
    static String blankCommentsAndStrings(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                while (i < text.length() && !(text.charAt(i) == '*' && i + 1 < text.length() && text.charAt(i + 1) == '/')) {
                    out.append(text.charAt(i) == '\n' ? '\n' : ' ');
                    i++;
                }
                out.append(i < text.length() ? "  " : "");
                i += 2;
            } else if (c == '"' || c == '\'') {
                out.append(c);
                i++;
                while (i < text.length() && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < text.length()) {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < text.length() && text.charAt(i) == c) {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
