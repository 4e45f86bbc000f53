package org.quarterhour.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Plan;
import org.quarterhour.verdict.Verdict;

/**
 * 一刻钟便民生活地图: one self-contained HTML page (no scripts, no fonts, nothing fetched) with, for each verdict, the
 * community drawn as an SVG map, the items, the outcome and the gap plan. It opens offline in any browser.
 */
final class HtmlReport implements Renderer {
    private static final String STYLE = """
            body { font-family: sans-serif; margin: 24px; color: #222; background: #fff; }
            h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 24px 0 8px; }
            .meta { color: #555; margin: 0 0 12px; }
            .outcome { font-size: 18px; margin: 8px 0; } .outcome b { padding: 2px 8px; border-radius: 4px; background: #eee; }
            svg { border: 1px solid #ccc; max-width: 100%; height: auto; display: block; }
            .legend span { display: inline-block; margin-right: 18px; font-size: 13px; }
            .swatch { display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: -1px; }
            table { border-collapse: collapse; font-size: 13px; margin: 8px 0; }
            th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: left; vertical-align: top; }
            td.n { text-align: right; white-space: nowrap; } tr.short td { background: #fff4f2; }
            tr.category td { background: #f0f3f8; font-weight: bold; }
            td.reason { color: #555; max-width: 560px; }
            .plan li { margin: 2px 0; } .plan .step { font-weight: bold; margin-top: 8px; }
            section.community { page-break-after: always; margin-bottom: 48px; }
            """;

    @Override
    public byte[] render(List<Verdict> verdicts) {
        return render(verdicts, Map.of());
    }

    @Override
    public byte[] render(List<Verdict> verdicts, Map<String, Inventory> inventories) {
        StringBuilder s = new StringBuilder();
        String title = verdicts.size() == 1 ? verdicts.get(0).community().name() : verdicts.size() + " communities";
        s.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>一刻钟便民生活地图 — ")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        for (Verdict v : verdicts) {
            section(s, v, inventories.get(v.inventorySha256()));
        }
        s.append("</body>\n</html>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder s, Verdict v, Inventory inventory) {
        s.append("<section class=\"community\">\n<h1>一刻钟便民生活地图 · ").append(escape(v.community().name())).append(" (")
                .append(escape(v.community().id())).append(")</h1>\n");
        s.append("<p class=\"meta\">").append(escape(v.standard().title())).append(" · ").append(escape(v.standard().ref()));
        if (v.inspection() != null && v.inspection().date() != null) {
            s.append(" · inspected ").append(escape(v.inspection().date()));
        }
        s.append(" · radius ").append(v.parameters().radiusM()).append(" m, detour factor ")
                .append(v.parameters().detourFactor().toPlainString()).append("</p>\n");
        s.append("<p class=\"outcome\">outcome: <b>").append(escape(v.outcome().label())).append("</b> (")
                .append(escape(v.outcome().code())).append(")");
        if (v.total() != null) {
            s.append(" · total ").append(v.total().toPlainString()).append(" / ").append(v.max().toPlainString());
        }
        s.append("</p>\n");
        if (!v.outcome().reasons().isEmpty()) {
            s.append("<ul class=\"reasons\">");
            v.outcome().reasons().forEach(r -> s.append("<li>").append(escape(r)).append("</li>"));
            s.append("</ul>\n");
        }
        map(s, v, inventory);
        plan(s, v);
        items(s, v);
        s.append("<p class=\"meta\">verdict ").append(escape(v.verdictId())).append("</p>\n</section>\n");
    }

    private static void map(StringBuilder s, Verdict v, Inventory inventory) {
        s.append("<h2>地图 map</h2>\n");
        String svg = inventory == null ? null : MapSvg.draw(v, inventory);
        if (svg == null) {
            s.append("<p>No map: ").append(inventory == null ? "the inventory was not at hand when this page was written"
                    : "nothing in the inventory has coordinates").append(".</p>\n");
            return;
        }
        s.append(svg);
        s.append("<p class=\"legend\">")
                .append(swatch(MapSvg.GATE)).append("<span>gate 小区大门</span>")
                .append(swatch(MapSvg.RADIUS)).append("<span>reach of ").append(v.parameters().radiusM())
                .append(" m walking (drawn at the straight-line ")
                .append(new BigDecimal(v.parameters().radiusM()).divide(v.parameters().detourFactor(), 0, RoundingMode.HALF_UP))
                .append(" m that an estimated walk reaches)</span>")
                .append(swatch(MapSvg.COUNTS)).append("<span>counts for an item</span>")
                .append(swatch(MapSvg.DOES_NOT_COUNT)).append("<span>counts for none</span>")
                .append(swatch(MapSvg.PLANNED)).append("<span>拟增 planned additions</span></p>\n");
        List<Facility> unplaced = inventory.facilities().stream().filter(f -> f.at() == null).toList();
        if (!unplaced.isEmpty()) {
            Set<String> counting = MapSvg.counting(v);
            s.append("<p>Not on the map (no coordinates): ");
            for (int i = 0; i < unplaced.size(); i++) {
                Facility f = unplaced.get(i);
                s.append(i == 0 ? "" : "; ").append(escape(f.label() + " (" + f.id() + ")"))
                        .append(f.servesAll() ? ", serves the whole community" : f.serves().isEmpty() ? ""
                                : ", serves " + escape(String.join(", ", f.serves())))
                        .append(counting.contains(f.id()) ? ", counts" : ", counts for none");
            }
            s.append("</p>\n");
        }
    }

    private static void plan(StringBuilder s, Verdict v) {
        s.append("<h2>what would lift the grade</h2>\n");
        if (v.plan() == null) {
            s.append("<p>At the top outcome: nothing to add.</p>\n");
            return;
        }
        s.append("<div class=\"plan\">\n");
        boolean first = true;
        for (Plan.Step step : v.plan().steps()) {
            s.append("<p class=\"step\">").append(escape(PlanText.heading(step, first))).append("</p>\n<ul>");
            PlanText.body(step).forEach(line -> s.append("<li>").append(escape(line)).append("</li>"));
            s.append("</ul>\n");
            first = false;
        }
        s.append("</div>\n");
    }

    private static void items(StringBuilder s, Verdict v) {
        s.append("<h2>items</h2>\n<table class=\"items\">\n<tr><th>code</th><th>item</th><th>max</th><th>awarded</th>")
                .append("<th>coverage</th><th>met</th><th>why</th></tr>\n");
        String category = null;
        for (Item i : v.items()) {
            if (!i.category().equals(category)) {
                category = i.category();
                CategoryResult c = v.category(category);
                s.append("<tr class=\"category\"><td colspan=\"7\">").append(escape(c == null ? category : categoryLine(c)))
                        .append("</td></tr>\n");
            }
            s.append("<tr").append(i.applicable() && !i.countsAsMet() ? " class=\"short\"" : "").append("><td>")
                    .append(escape(i.code())).append("</td><td>").append(escape(i.name())).append("</td><td class=\"n\">")
                    .append(num(i.max())).append("</td><td class=\"n\">").append(num(i.awarded())).append("</td><td class=\"n\">")
                    .append(i.coverage() == null ? "" : Columns.percent(i.coverage()))
                    .append("</td><td>").append(!i.applicable() ? "n/a" : i.met() == null ? "" : i.met() ? "yes" : "NO")
                    .append("</td><td class=\"reason\">").append(escape(i.reason())).append("</td></tr>\n");
        }
        s.append("</table>\n");
    }

    private static String categoryLine(CategoryResult c) {
        StringBuilder s = new StringBuilder(c.name());
        if (c.awarded() != null) {
            s.append(" · ").append(c.awarded().toPlainString()).append(" / ").append(num(c.max()));
        }
        if (c.minimum() != null) {
            s.append(" · minimum ").append(num(c.minimum()));
        }
        if (c.met() != null) {
            s.append(c.met() ? " · met" : " · NOT MET");
        }
        return s.toString();
    }

    private static String swatch(String colour) {
        return "<i class=\"swatch\" style=\"background:" + colour + "\"></i>";
    }

    private static String num(BigDecimal n) {
        return n == null ? "" : n.toPlainString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
