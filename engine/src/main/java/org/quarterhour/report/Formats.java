package org.quarterhour.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.quarterhour.json.Json;
import org.quarterhour.verdict.Verdict;

/** The output formats of {@code score --format}: each name with its renderer. */
public enum Formats {
    table(Formats::table),
    json(Formats::json),
    /** The standard's sheet filled in, as an Excel workbook: one sheet per verdict. */
    xlsx(SheetWorkbook::filled);

    private final Renderer renderer;

    Formats(Renderer renderer) {
        this.renderer = renderer;
    }

    public byte[] render(List<Verdict> verdicts) {
        return renderer.render(verdicts);
    }

    private static byte[] json(List<Verdict> verdicts) {
        return Json.pretty(verdicts.size() == 1 ? verdicts.get(0) : verdicts).getBytes(StandardCharsets.UTF_8);
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
