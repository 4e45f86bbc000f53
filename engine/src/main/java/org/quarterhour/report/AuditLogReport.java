package org.quarterhour.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.quarterhour.json.Json;
import org.quarterhour.ledger.Entry;

/** {@code audit log}: the ledger's entries as a table (one line each) or as the JSON they are recorded in. */
public final class AuditLogReport {
    private AuditLogReport() {
    }

    /** A verdict id as the log shows it: short enough to read, long enough to name it to {@code replay}. */
    public static String shortId(String verdictId) {
        return verdictId.length() > 19 ? verdictId.substring(0, 19) : verdictId;
    }

    public static String table(List<Entry> entries) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"seq", "verdict", "community", "standard", "total", "outcome", "recorded_at"});
        for (Entry e : entries) {
            rows.add(new String[] {String.valueOf(e.seq()), shortId(e.verdictId()), e.community().id(), e.standard().ref(),
                    e.total() == null ? "-" : e.total().toPlainString(), e.outcome().label() + " (" + e.outcome().code() + ")",
                    e.recordedAt()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], Columns.width(row[i]));
            }
        }
        StringBuilder s = new StringBuilder();
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 0 || i == 4;
                String cell = number ? Columns.right(row[i], widths[i]) : Columns.left(row[i], widths[i]);
                s.append(i == row.length - 1 ? row[i] : cell + "  ");
            }
            s.append('\n');
        }
        return s.toString();
    }

    /** The entries exactly as recorded, as one JSON array. */
    public static String json(List<Entry> entries) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Entry e : entries) {
            try {
                nodes.add(Json.mapper().readTree(e.bytes()));
            } catch (IOException x) {
                throw new IllegalStateException(x);
            }
        }
        return Json.pretty(nodes);
    }
}
