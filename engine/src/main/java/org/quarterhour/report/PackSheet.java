package org.quarterhour.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quarterhour.eval.ItemSpec;
import org.quarterhour.pack.Clauses;
import org.quarterhour.pack.Manifest;

/**
 * The scoring sheet a pack implies, built from its rules' metadata and its manifest alone: categories, items, points,
 * minimums, outcome bands and the clauses each line cites — what a bureau prints and an inspector fills in.
 */
public final class PackSheet {
    /** One line of the sheet: an item, with the words of the clause it cites as its 评价评分标准. */
    public record Row(String category, String categoryName, String code, String name, BigDecimal points, String clause,
            String standardText) {
    }

    private PackSheet() {
    }

    public static List<Row> rows(Manifest manifest, List<ItemSpec> items, Optional<Clauses> clauses) {
        List<Row> rows = new ArrayList<>();
        for (ItemSpec i : items) {
            Manifest.Category c = manifest.category(i.category());
            rows.add(new Row(i.category(), c == null ? i.category() : c.name(), i.code(), i.name(), i.points(), i.clause(),
                    criterion(i.clause(), clauses)));
        }
        return rows;
    }

    private static String criterion(String clauseIds, Optional<Clauses> clauses) {
        if (clauseIds == null || clauses.isEmpty()) {
            return "";
        }
        List<String> texts = new ArrayList<>();
        for (String id : clauseIds.split("\\s*,\\s*")) {
            Clauses.Clause c = clauses.get().byId().get(id);
            if (c != null) {
                texts.add(c.scoring() != null ? c.scoring() : c.text());
            }
        }
        return String.join(" ", texts);
    }

    /** The outcome bands in words: "合格 (pass): total >= 80; 基本保障类业态 met; 品质提升类业态 met". */
    public static List<String> bands(Manifest manifest) {
        List<String> out = new ArrayList<>();
        for (Manifest.Outcome o : manifest.outcomes()) {
            List<String> needs = new ArrayList<>();
            if (o.totalAtLeast() != null) {
                needs.add("total >= " + o.totalAtLeast().stripTrailingZeros().toPlainString());
            }
            o.categoriesMet().forEach(c -> needs.add((manifest.category(c) == null ? c : manifest.category(c).name()) + " met"));
            o.itemsMet().forEach(i -> needs.add(i + " met"));
            out.add(o.label() + " (" + o.code() + ", rank " + o.rank() + "): " + (needs.isEmpty() ? "otherwise" : String.join("; ", needs)));
        }
        return out;
    }

    public static String markdown(Manifest m, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append("# ").append(m.title()).append("\n\n");
        s.append(m.ref()).append(m.document() == null ? "" : " · " + m.document()).append(" · in force from ")
                .append(m.inForceFrom()).append(" · radius ").append(m.radiusM()).append(" m\n\n");
        s.append("| 评价类别 | 评价指标 | 分值 | 得分 | 评价评分标准 |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            s.append("| ").append(r.categoryName()).append(" | ").append(r.code()).append(' ').append(r.name()).append(" | ")
                    .append(r.points() == null ? "达标/未达标" : r.points().toPlainString()).append(" |  | ")
                    .append(r.standardText().replace("|", "\\|")).append(" |\n");
        }
        s.append('\n');
        for (Manifest.Category c : m.categories()) {
            s.append("- ").append(c.name()).append(c.points() == null ? "" : ": " + c.points().toPlainString() + " points")
                    .append(c.minimum() == null ? "" : ", at least " + c.minimum().toPlainString())
                    .append(c.allMet() ? ", every item met" : "").append('\n');
        }
        if (m.total() != null) {
            s.append("- 总分: ").append(m.total().toPlainString()).append('\n');
        }
        s.append("\nOutcomes:\n\n");
        bands(m).forEach(b -> s.append("- ").append(b).append('\n'));
        return s.toString();
    }

    public static String table(Manifest m, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        s.append(m.title()).append("  ").append(m.ref()).append('\n');
        s.append(m.document() == null ? "" : m.document() + "  ").append("in force from ").append(m.inForceFrom())
                .append(", radius ").append(m.radiusM()).append(" m\n\n");
        int width = Math.min(40, rows.stream().mapToInt(r -> Columns.width(r.name())).max().orElse(10));
        String category = null;
        for (Row r : rows) {
            if (!r.category().equals(category)) {
                category = r.category();
                Manifest.Category c = m.category(category);
                s.append("-- ").append(r.categoryName());
                if (c != null && c.points() != null) {
                    s.append(" (").append(c.points().toPlainString()).append(c.minimum() == null ? "" : ", at least " + c.minimum().toPlainString()).append(')');
                }
                if (c != null && c.allMet()) {
                    s.append(" (every item met)");
                }
                s.append('\n');
            }
            s.append(Columns.left(r.code(), 6)).append(Columns.left(r.name(), width + 2))
                    .append(Columns.right(r.points() == null ? "met?" : r.points().toPlainString(), 5))
                    .append("   ____  ").append(r.clause() == null ? "" : r.clause()).append('\n');
        }
        if (m.total() != null) {
            s.append("\ntotal ").append(m.total().toPlainString()).append('\n');
        }
        s.append("\noutcomes:\n");
        bands(m).forEach(b -> s.append("  ").append(b).append('\n'));
        return s.toString().replaceAll("(?m) +$", "");
    }
}
