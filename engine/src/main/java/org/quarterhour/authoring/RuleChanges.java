package org.quarterhour.authoring;

import java.util.ArrayList;
import java.util.List;
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
        List<String> awardsA = awards(before);
        List<String> awardsB = awards(after);
        if (!awardsA.equals(awardsB)) {
            changes.add("award " + words(awardsA) + " -> " + words(awardsB));
        }
        // a question added or taken away changes the text around it too; both lists are shown whole then
        if (changes.isEmpty() || questionsA.size() == questionsB.size() && !rest(before).equals(rest(after))) {
            changes.add(changes.isEmpty() ? "its when/then changed (not a coverage radius, type or award)" : "and other text of its when/then");
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
                if (!qa.args().equals(qb.args())) {
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

    private static List<String> awards(String body) {
        List<String> found = new ArrayList<>();
        Matcher m = AWARD.matcher(body);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The body with every question's arguments and every award's kind blanked: what the words above do not cover. */
    private static String rest(String body) {
        String s = QUESTION.matcher(body).replaceAll(".q()");
        return AWARD.matcher(s).replaceAll("Award.a(");
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

    /** Types as the sheet names them, with their codes: 书店 (bookstore), 文化场馆 (culture_venue). */
    /** A question's types in the sheet's words: coverageExcept's first is the type asked, the others the kinds it leaves out. */
    private String types(Question q) {
        List<String> codes = q.args();
        if (!q.method().equals("coverageExcept") || codes.size() < 2) {
            return types(codes);
        }
        return types(codes.subList(0, 1)) + " but not " + types(codes.subList(1, codes.size()));
    }

    private String types(List<String> codes) {
        List<String> named = new ArrayList<>();
        for (String code : codes) {
            named.add(vocabulary.isCode(code) ? vocabulary.nameOf(code) + " (" + code + ")" : code);
        }
        return named.isEmpty() ? "none" : String.join(", ", named);
    }

    private static String words(List<String> words) {
        return words.isEmpty() ? "none" : String.join(", ", words);
    }
}
