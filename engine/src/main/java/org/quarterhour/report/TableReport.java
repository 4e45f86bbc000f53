package org.quarterhour.report;

import java.math.BigDecimal;
import java.util.List;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Verdict;

/**
 * A verdict as an inspector reads it in a terminal: every item with its points, the category subtotals against their
 * minimums, the total and outcome, why it is not higher, what each item short of full marks is missing, and what
 * would lift the grade.
 */
public final class TableReport {
    private TableReport() {
    }

    public static String render(Verdict v) {
        StringBuilder s = new StringBuilder();
        s.append(v.community().name()).append(" (").append(v.community().id()).append(")\n");
        s.append(v.standard().title()).append("  ").append(v.standard().ref()).append('\n');
        if (v.inspection() != null && (v.inspection().date() != null || v.inspection().inspector() != null)) {
            s.append("inspected ").append(v.inspection().date() == null ? "(no date)" : v.inspection().date());
            if (v.inspection().inspector() != null) {
                s.append(" by ").append(v.inspection().inspector());
            }
            s.append(", ");
        }
        s.append("radius ").append(v.parameters().radiusM()).append(" m, detour factor ")
                .append(v.parameters().detourFactor().toPlainString()).append("\n\n");
        int nameWidth = Math.max(12, v.items().stream().mapToInt(i -> Columns.width(i.name())).max().orElse(12));
        nameWidth = Math.min(nameWidth, 40);
        s.append(Columns.left("code", 6)).append(Columns.left("item", nameWidth + 2))
                .append(Columns.right("max", 6)).append(Columns.right("awarded", 9)).append(Columns.right("coverage", 10))
                .append("  met\n");
        String category = null;
        for (Item i : v.items()) {
            if (!i.category().equals(category)) {
                category = i.category();
                CategoryResult c = v.category(category);
                s.append("-- ").append(c == null ? category : c.name()).append('\n');
            }
            s.append(Columns.left(i.code(), 6)).append(Columns.left(Columns.clip(i.name(), nameWidth), nameWidth + 2))
                    .append(Columns.right(num(i.max()), 6)).append(Columns.right(num(i.awarded()), 9))
                    .append(Columns.right(i.coverage() == null ? "" : Columns.percent(i.coverage()), 10))
                    .append("  ").append(!i.applicable() ? "n/a" : i.met() == null ? "" : i.met() ? "yes" : "NO").append('\n');
        }
        s.append('\n');
        for (CategoryResult c : v.categories()) {
            s.append(Columns.left(c.name(), nameWidth + 8));
            if (c.awarded() != null) {
                s.append(Columns.right(num(c.awarded()), 7)).append(" / ").append(Columns.left(num(c.max()), 5));
            }
            if (c.minimum() != null) {
                s.append("  minimum ").append(num(c.minimum()));
            }
            if (c.allMet()) {
                s.append("  every item met");
            }
            if (c.met() != null) {
                s.append(c.met() ? "  met" : "  NOT MET");
            }
            s.append('\n');
        }
        if (v.total() != null) {
            s.append(Columns.left("total", nameWidth + 8)).append(Columns.right(num(v.total()), 7))
                    .append(" / ").append(num(v.max())).append('\n');
        }
        s.append("\noutcome: ").append(v.outcome().label()).append(" (").append(v.outcome().code()).append(")\n");
        if (!v.outcome().reasons().isEmpty()) {
            s.append("not higher because:\n");
            v.outcome().reasons().forEach(r -> s.append("  - ").append(r).append('\n'));
        }
        List<Item> short_ = v.items().stream().filter(i -> i.applicable() && !i.countsAsMet()).toList();
        if (!short_.isEmpty()) {
            s.append("\nwhat is missing:\n");
            short_.forEach(i -> s.append("  ").append(i.code()).append(' ').append(i.name()).append(": ").append(i.reason()).append('\n'));
        }
        if (v.plan() != null) {
            s.append("\nwhat would lift the grade (facilities to add, each at a compound's gate):\n");
            PlanText.lines(v.plan()).forEach(line -> s.append("  ").append(line).append('\n'));
        }
        s.append("\nverdict ").append(v.verdictId()).append('\n');
        return s.toString().replaceAll("(?m) +$", "");
    }

    private static String num(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }
}
