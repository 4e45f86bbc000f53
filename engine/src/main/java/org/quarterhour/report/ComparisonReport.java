package org.quarterhour.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarterhour.verdict.Verdict;

/** The same communities under several standards, side by side: one line per community and standard. */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    public static String render(List<Verdict> verdicts) {
        Map<String, List<Verdict>> byCommunity = new LinkedHashMap<>();
        verdicts.forEach(v -> byCommunity.computeIfAbsent(v.community().id(), k -> new java.util.ArrayList<>()).add(v));
        int refWidth = Math.max(8, verdicts.stream().mapToInt(v -> Columns.width(v.standard().ref())).max().orElse(8));
        int outcomeWidth = Math.max(7, verdicts.stream().mapToInt(v -> Columns.width(outcome(v))).max().orElse(7));
        StringBuilder s = new StringBuilder();
        for (List<Verdict> group : byCommunity.values()) {
            Verdict first = group.get(0);
            s.append(first.community().name()).append(" (").append(first.community().id()).append(") under ")
                    .append(group.size()).append(" standards\n");
            s.append(Columns.left("standard", refWidth + 2)).append(Columns.left("outcome", outcomeWidth + 2))
                    .append(Columns.right("total", 7)).append("  not higher because\n");
            for (Verdict v : group) {
                s.append(Columns.left(v.standard().ref(), refWidth + 2)).append(Columns.left(outcome(v), outcomeWidth + 2))
                        .append(Columns.right(v.total() == null ? "-" : v.total().toPlainString(), 7)).append("  ")
                        .append(v.outcome().reasons().isEmpty() ? "(top outcome)" : String.join("; ", v.outcome().reasons()))
                        .append('\n');
            }
        }
        return s.toString();
    }

    private static String outcome(Verdict v) {
        return v.outcome().label() + " (" + v.outcome().rank() + ")";
    }
}
