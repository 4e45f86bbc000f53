package org.quarterhour.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quarterhour.eval.ItemSpec;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Manifest;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Verdict;

/**
 * The acceptance sheet before it is laid out: what each row says, filled from a verdict or blank from a pack's items.
 * A result is a number of points ({@link BigDecimal}), a word (达标, 未达标, 不适用) or nothing (a blank sheet).
 */
record SheetForm(String sheetName, String title, List<String> heading, String resultHeader, List<Block> blocks, Total total,
        Grade grade, List<Line> footer) {

    SheetForm {
        heading = List.copyOf(heading);
        blocks = List.copyOf(blocks);
        footer = List.copyOf(footer);
    }

    /** One item row: 编号, 评价指标, 分值, 得分, 评价评分标准, 依据, 说明. */
    record Row(String code, String name, BigDecimal max, Object result, String criterion, String evidence, String note) {
    }

    /** A category (评价类别) with its items and its subtotal against its bar. */
    record Block(String category, List<Row> rows, Row subtotal) {
        Block {
            rows = List.copyOf(rows);
        }
    }

    record Total(BigDecimal max, BigDecimal result) {
    }

    /** 评定等级: the outcome reached (empty on a blank sheet) and what it rests on. */
    record Grade(String result, String explanation) {
    }

    record Line(String label, String value) {
    }

    static final String MET = "达标";
    static final String NOT_MET = "未达标";
    static final String NOT_APPLICABLE = "不适用";

    /** The sheet filled in from a verdict. */
    static SheetForm filled(Verdict v, ClauseTexts clauses, Vocabulary vocabulary) {
        boolean points = v.items().stream().anyMatch(i -> i.max() != null);
        Map<String, List<Item>> byCategory = new LinkedHashMap<>();
        v.categories().forEach(c -> byCategory.put(c.code(), new ArrayList<>()));
        v.items().forEach(i -> byCategory.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i));
        List<Block> blocks = new ArrayList<>();
        byCategory.forEach((code, items) -> {
            CategoryResult c = v.category(code);
            List<Row> rows = items.stream().map(i -> new Row(i.code(), i.name(), i.max(), result(i),
                    clauses.criterion(i.clause()), EvidenceText.of(i.evidence(), vocabulary), i.reason())).toList();
            blocks.add(new Block(c == null ? code : c.name(), rows, c == null ? null : subtotal(c, items)));
        });
        String inspection = "检查日期：" + orBlank(v.inspection() == null ? null : v.inspection().date())
                + "　检查人：" + orBlank(v.inspection() == null ? null : v.inspection().inspector());
        List<String> heading = List.of(
                "社区：" + v.community().name() + "（" + v.community().id() + "）　" + inspection,
                "标准：" + v.standard().ref() + "　步行半径 " + v.parameters().radiusM() + " m　估算距离的绕行系数 "
                        + v.parameters().detourFactor().toPlainString());
        Total total = v.total() == null ? null : new Total(v.max(), v.total());
        Grade grade = new Grade(v.outcome().label(), v.outcome().reasons().isEmpty() ? "已达最高等级"
                : "未达更高等级：" + String.join("；", v.outcome().reasons()));
        List<Line> footer = List.of(
                new Line("标准", v.standard().title() + "（" + v.standard().ref() + "）"),
                new Line("规则包 pack_sha256", v.standard().packSha256()),
                new Line("清单 inventory_sha256", v.inventorySha256()),
                new Line("结论 verdict_id", v.verdictId()),
                new Line("生成", "quarterhour " + v.engine().version() + "　" + orBlank(v.recordedAt())),
                new Line("提升建议（补什么）", v.plan() == null ? "已达最高等级" : String.join("\n", PlanText.lines(v.plan()))),
                new Line("签字", "检查人：　　　　　　　　复核人：　　　　　　　　日期："));
        return new SheetForm(v.community().name() + " " + v.standard().id(), v.standard().title(), heading,
                points ? "得分" : "评价结果", blocks, total, grade, footer);
    }

    /** The same sheet with nothing filled in, from a pack's manifest and items (in sheet order). */
    static SheetForm blank(Manifest m, List<ItemSpec> items, String packSha256, ClauseTexts clauses) {
        boolean points = items.stream().anyMatch(i -> i.points() != null);
        Map<String, List<ItemSpec>> byCategory = new LinkedHashMap<>();
        m.categories().forEach(c -> byCategory.put(c.code(), new ArrayList<>()));
        items.forEach(i -> byCategory.computeIfAbsent(i.category(), k -> new ArrayList<>()).add(i));
        List<Block> blocks = new ArrayList<>();
        byCategory.forEach((code, in) -> {
            Manifest.Category c = m.category(code);
            List<Row> rows = in.stream().map(i -> new Row(i.code(), i.name(), i.points(), null, clauses.criterion(i.clause()), "", ""))
                    .toList();
            Row subtotal = c == null ? null : new Row("", c.name() + " 小计", c.points(), null, bar(c.minimum(), c.allMet(), null), "", "");
            blocks.add(new Block(c == null ? code : c.name(), rows, subtotal));
        });
        List<String> heading = List.of(
                "社区：　　　　　　　　　　　　检查日期：　　　　　　　　检查人：",
                "标准：" + m.ref() + "　步行半径 " + m.radiusM() + " m　估算距离的绕行系数 " + m.detourFactor().toPlainString());
        Total total = m.total() == null ? null : new Total(m.total(), null);
        List<Line> footer = new ArrayList<>();
        footer.add(new Line("标准", m.title() + "（" + m.ref() + "）" + (m.document() == null ? "" : "　" + m.document())));
        if (packSha256 != null) {
            footer.add(new Line("规则包 pack_sha256", packSha256));
        }
        footer.add(new Line("签字", "检查人：　　　　　　　　复核人：　　　　　　　　日期："));
        return new SheetForm(m.ref(), m.title(), heading, points ? "得分" : "评价结果", blocks, total,
                new Grade(null, ladder(m)), footer);
    }

    private static Object result(Item i) {
        if (!i.applicable()) {
            return NOT_APPLICABLE;
        }
        if (i.max() != null && i.awarded() != null) {
            return i.awarded();
        }
        return i.countsAsMet() ? MET : NOT_MET;
    }

    private static Row subtotal(CategoryResult c, List<Item> items) {
        Object result = c.awarded() != null ? c.awarded()
                : MET + " " + items.stream().filter(Item::countsAsMet).count() + " / " + items.size();
        return new Row("", c.name() + " 小计", c.max(), result, bar(c.minimum(), c.allMet(), c.met()), "", "");
    }

    /** A category's bar in the sheet's words, and whether it was reached (met null: not yet judged). */
    private static String bar(BigDecimal minimum, boolean allMet, Boolean met) {
        List<String> parts = new ArrayList<>();
        if (minimum != null) {
            parts.add("需" + minimum.stripTrailingZeros().toPlainString() + "分以上");
        }
        if (allMet) {
            parts.add("各项均须达标");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String s = String.join("，", parts);
        return met == null ? s : s + "：" + (met ? "达到" : "未达到");
    }

    /** The outcomes and what each needs, highest first: what a blank sheet's 评定等级 is decided by. */
    private static String ladder(Manifest m) {
        List<String> lines = new ArrayList<>();
        m.outcomes().stream().sorted(Comparator.comparingInt(Manifest.Outcome::rank).reversed()).forEach(o -> {
            List<String> needs = new ArrayList<>();
            if (o.totalAtLeast() != null) {
                needs.add("总分 ≥ " + o.totalAtLeast().stripTrailingZeros().toPlainString());
            }
            if (!o.categoriesMet().isEmpty()) {
                needs.add(String.join("、", o.categoriesMet().stream()
                        .map(code -> m.category(code) == null ? code : m.category(code).name()).toList()) + "达到要求");
            }
            if (!o.itemsMet().isEmpty()) {
                needs.add(String.join("、", o.itemsMet()) + "达标");
            }
            lines.add(o.label() + "：" + (needs.isEmpty() ? "未达到以上等级" : String.join("，", needs)));
        });
        return String.join("\n", lines);
    }

    private static String orBlank(Object s) {
        return Objects.toString(s, "");
    }
}
