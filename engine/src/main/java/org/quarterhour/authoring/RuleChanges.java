package org.quarterhour.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quarterhour.eval.ItemRules;
import org.quarterhour.inventory.Vocabulary;

/**
 * How an item's rule changed, in the sheet's words: which question it asks the community ({@code coverage},
 * {@code coverageExcept}, {@code findings}, {@code measure}), within what radius, of which facility types, and which
 * kind of {@code Award} it gives. Read from two normalised rule bodies ({@link ItemRules}); whatever else differs is
 * named as other text of the rule.
 */
final class RuleChanges {
    private static final Pattern QUESTION = Pattern.compile("\\.(coverage\\w*|findings|measure)\\(((?:\"(?:[^\"\\\\]|\\\\.)*\"|[^()\"])*)\\)");
    private static final Pattern AWARD = Pattern.compile("\\bAward\\.(\\w+)\\(");
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

    /** One question a rule asks: its method, its own radius (null: the pack's) and its string arguments. */
    private record Question(String method, Integer radiusM, List<String> args) {
    }

    private final Vocabulary vocabulary;
    private final int radiusA;
    private final int radiusB;

    /** With the vocabulary to name types by, and each pack's radius, which a rule without its own radius uses. */
    RuleChanges(Vocabulary vocabulary, int radiusA, int radiusB) {
        this.vocabulary = vocabulary;
        this.radiusA = radiusA;
        this.radiusB = radiusB;
    }

    /** What differs between two bodies of one item's rule, each in words; empty when they are the same rule. */
    List<String> between(String before, String after) {
        List<String> changes = new ArrayList<>();
        if (before.equals(after)) {
            return changes;
        }
        List<Question> questionsA = questions(before);
        List<Question> questionsB = questions(after);
        questions(questionsA, questionsB, changes);
        List<Given> awardsA = awards(before);
        List<Given> awardsB = awards(after);
        if (!sameAwards(awardsA, awardsB)) {
            changes.add("award " + given(awardsA) + " -> " + given(awardsB));
        }
        // a question added or taken away changes the text around it too; both lists are shown whole then. Types only
        // reordered, and nothing else, are no change: the rule asks the same.
        boolean restDiffers = !rest(before).equals(rest(after));
        if (changes.isEmpty() && restDiffers) {
            changes.add("its when/then changed (not a coverage radius, type or award)");
        } else if (!changes.isEmpty() && questionsA.size() == questionsB.size() && restDiffers) {
            changes.add("and other text of its when/then");
        }
        return changes;
    }

    private void questions(List<Question> a, List<Question> b, List<String> changes) {
        if (a.size() != b.size()) {
            changes.add("asks " + described(a, radiusA) + " -> " + described(b, radiusB));
            return;
        }
        for (int i = 0; i < a.size(); i++) {
            Question qa = a.get(i);
            Question qb = b.get(i);
            String which = a.size() == 1 ? "" : "question " + (i + 1) + " of " + a.size() + ": ";
            if (!qa.method().equals(qb.method())) {
                changes.add(which + qa.method() + " -> " + qb.method());
            }
            if (qa.method().startsWith("coverage") && qb.method().startsWith("coverage")) {
                int ra = qa.radiusM() == null ? radiusA : qa.radiusM();
                int rb = qb.radiusM() == null ? radiusB : qb.radiusM();
                if (ra != rb || (qa.radiusM() == null) != (qb.radiusM() == null)) {
                    changes.add(which + "radius " + radius(qa.radiusM(), radiusA) + " -> " + radius(qb.radiusM(), radiusB));
                }
                if (!sameTypes(qa, qb)) {
                    changes.add(which + "types " + types(qa) + " -> " + types(qb));
                }
            } else if (!qa.args().equals(qb.args())) {
                changes.add(which + qb.method() + " " + words(qa.args()) + " -> " + words(qb.args()));
            }
        }
    }

    private static List<Question> questions(String body) {
        List<Question> found = new ArrayList<>();
        Matcher m = QUESTION.matcher(body);
        while (m.find()) {
            String args = m.group(2);
            Integer radius = null;
            int comma = args.indexOf(',');
            String first = comma < 0 ? args : args.substring(0, comma);
            if (WHOLE_NUMBER.matcher(first).matches()) {
                radius = Integer.valueOf(first);
            }
            List<String> strings = new ArrayList<>();
            Matcher s = STRING.matcher(args);
            while (s.find()) {
                strings.add(s.group(1));
            }
            found.add(new Question(m.group(1), radius, List.copyOf(strings)));
        }
        return found;
    }

    /** Whether two coverage questions ask for the same types, in whatever order (coverageExcept's first is the type). */
    private static boolean sameTypes(Question a, Question b) {
        if (a.method().equals("coverageExcept") != b.method().equals("coverageExcept")) {
            return a.args().equals(b.args());
        }
        int fixed = a.method().equals("coverageExcept") ? Math.min(1, Math.min(a.args().size(), b.args().size())) : 0;
        return a.args().subList(0, fixed).equals(b.args().subList(0, fixed))
                && new TreeSet<>(a.args().subList(fixed, a.args().size())).equals(new TreeSet<>(b.args().subList(fixed, b.args().size())));
    }

    /**
     * Each award a body gives: its kind and its arguments as written, a question inside one shown as {@code …}
     * ({@code atLeastOf(2, …, …)}, {@code atLeast(…, "0.10")}). Two awards are the same where their kinds and their
     * arguments other than questions are: a question added or taken away is told as such, not again as an award.
     */
    private record Given(String kind, List<String> args) {
        /** The arguments that are not questions: what the award itself decides with. */
        List<String> own() {
            return args.stream().filter(a -> !a.contains("(…)")).toList();
        }

        @Override
        public String toString() {
            return kind + "(" + String.join(", ", args.stream().map(a -> a.contains("(…)") ? "…" : a).toList()) + ")";
        }
    }

    private static List<Given> awards(String body) {
        String s = shortened(body);
        List<Given> found = new ArrayList<>();
        Matcher m = AWARD.matcher(s);
        while (m.find()) {
            found.add(new Given(m.group(1), arguments(s, m.end())));
        }
        return found;
    }

    private static boolean sameAwards(List<Given> a, List<Given> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).kind().equals(b.get(i).kind()) || !a.get(i).own().equals(b.get(i).own())) {
                return false;
            }
        }
        return true;
    }

    /** A call's arguments, split at the commas outside parentheses and strings. */
    private static List<String> arguments(String s, int from) {
        List<String> args = new ArrayList<>();
        List<Integer> commas = new ArrayList<>();
        int close = walk(s, from, commas::add);
        int start = from;
        for (int comma : commas) {
            args.add(s.substring(start, comma).strip());
            start = comma + 1;
        }
        if (!s.substring(from, close).isBlank()) {
            args.add(s.substring(start, close).strip());
        }
        return args;
    }

    /** The body with each question's arguments shortened to an ellipsis. */
    private static String shortened(String body) {
        return QUESTION.matcher(body).replaceAll(q -> Matcher.quoteReplacement("." + q.group(1) + "(…)"));
    }

    /** The index of the parenthesis that closes the one opened just before {@code from}, past strings; the end where none does. */
    private static int closing(String s, int from) {
        return walk(s, from, comma -> { });
    }

    /**
     * Walks a call's arguments from just after its opening parenthesis, past strings and inner calls, telling
     * {@code commas} of each comma of its own; returns the index of the parenthesis that closes it (the end where none does).
     */
    private static int walk(String s, int from, IntConsumer commas) {
        int depth = 1;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                for (i++; i < s.length() && s.charAt(i) != '"'; i++) {
                    i += s.charAt(i) == '\\' ? 1 : 0;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            } else if (c == ',' && depth == 1) {
                commas.accept(i);
            }
        }
        return s.length();
    }

    /** The body with every question and every award blanked: what the words above do not cover. */
    private static String rest(String body) {
        String s = QUESTION.matcher(body).replaceAll(".q()");
        StringBuilder out = new StringBuilder();
        Matcher m = AWARD.matcher(s);
        int at = 0;
        while (at < s.length() && m.find(at)) {
            out.append(s, at, m.start()).append("Award.a()");
            at = Math.min(s.length(), closing(s, m.end()) + 1);
        }
        return out.append(s.substring(at)).toString();
    }

    private String described(List<Question> questions, int packRadius) {
        if (questions.isEmpty()) {
            return "nothing of the community's facilities";
        }
        List<String> parts = new ArrayList<>();
        for (Question q : questions) {
            parts.add(q.method().startsWith("coverage")
                    ? q.method() + " within " + radius(q.radiusM(), packRadius) + " of " + types(q)
                    : q.method() + " " + words(q.args()));
        }
        return String.join("; ", parts);
    }

    private static String radius(Integer own, int packRadius) {
        return own == null ? packRadius + " m (the pack's)" : own + " m";
    }

    /** A question's types in the sheet's words: coverageExcept's first is the type asked, the others the kinds it leaves out. */
    private String types(Question q) {
        List<String> codes = q.args();
        if (!q.method().equals("coverageExcept") || codes.size() < 2) {
            return types(codes);
        }
        return types(codes.subList(0, 1)) + " but not " + types(codes.subList(1, codes.size()));
    }

    /** Types as the sheet names them, with their codes: 书店 (bookshop), 文化场馆 (culture_venue). */
    private String types(List<String> codes) {
        List<String> named = new ArrayList<>();
        for (String code : codes) {
            named.add(vocabulary.isCode(code) ? vocabulary.nameOf(code) + " (" + code + ")" : code);
        }
        return named.isEmpty() ? "none" : String.join(", ", named);
    }

    private static String given(List<Given> awards) {
        return awards.isEmpty() ? "none" : String.join(", ", awards.stream().map(Given::toString).toList());
    }

    private static String words(List<String> words) {
        return words.isEmpty() ? "none" : String.join(", ", words);
    }
}
