package org.quarterhour.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.json.Json;
import org.quarterhour.verdict.Verdict;

/** The output formats of {@code score --format}: each name with its renderer. */
public enum Formats {
    table(Formats::table),
    json(Formats::json),
    /** The standard's sheet filled in, as an Excel workbook: one sheet per verdict. */
    xlsx(SheetWorkbook::filled),
    /** The 一刻钟便民生活地图: one self-contained HTML page. */
    html(new HtmlReport());

    private final Renderer renderer;

    Formats(Renderer renderer) {
        this.renderer = renderer;
    }

    /** The format a file's name asks for by its extension (.json, .xlsx, .html or .htm), or null. */
    public static Formats byExtension(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return json;
        }
        if (lower.endsWith(".xlsx")) {
            return xlsx;
        }
        return lower.endsWith(".html") || lower.endsWith(".htm") ? html : null;
    }

    public byte[] render(List<Verdict> verdicts) {
        return renderer.render(verdicts);
    }

    /** Renders with the scored inventories at hand, keyed by {@code inventory_sha256} (the map draws their places). */
    public byte[] render(List<Verdict> verdicts, Map<String, Inventory> inventories) {
        return renderer.render(verdicts, inventories);
    }

    private static byte[] json(List<Verdict> verdicts) {
        return Json.prettyBytes(verdicts.size() == 1 ? verdicts.get(0) : verdicts);
    }

    private static byte[] table(List<Verdict> verdicts) {
        StringBuilder s = new StringBuilder();
        for (Verdict v : verdicts) {
            if (s.length() > 0) {
                s.append("\n");
            }
            s.append(TableReport.render(v));
        }
        if (verdicts.stream().map(v -> v.standard().ref()).distinct().count() > 1) {
            s.append("\n").append(ComparisonReport.render(verdicts));
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
