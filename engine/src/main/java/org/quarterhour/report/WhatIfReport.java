package org.quarterhour.report;

import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.WhatIf;

/** {@code replay --under}: each item whose result changes under the other standard, the totals, and whether the grade changes. */
public final class WhatIfReport {
    private WhatIfReport() {
    }

    public static String render(WhatIf w) {
        Entry e = w.entry();
        String was = e.standard().ref();
        String now = w.under().standard().ref();
        StringBuilder s = new StringBuilder();
        s.append("what if ").append(e.community().name()).append(" (").append(e.community().id()).append(") were scored under ")
                .append(now).append(" instead of ").append(was).append('\n');
        s.append("  the inventory recorded in entry ").append(e.seq()).append(", verdict ").append(e.verdictId()).append(", ")
                .append(e.recordedAt()).append("\n\n");
        if (w.changes().isEmpty()) {
            s.append("no item changes");
        } else {
            int nameWidth = Math.min(40, Math.max(4, w.changes().stream().mapToInt(c -> Columns.width(c.name())).max().orElse(4)));
            int wasWidth = Math.max(Columns.width(was), 8);
            s.append(Columns.left("code", 6)).append(Columns.left("item", nameWidth + 2)).append(Columns.right(was, wasWidth))
                    .append("  ").append(now).append('\n');
            for (WhatIf.ItemChange c : w.changes()) {
                s.append(Columns.left(c.code(), 6)).append(Columns.left(Columns.clip(c.name(), nameWidth), nameWidth + 2))
                        .append(Columns.right(c.recorded(), wasWidth)).append("  ").append(Columns.right(c.under(), Columns.width(now)))
                        .append('\n');
            }
            s.append(w.changes().size()).append(w.changes().size() == 1 ? " item changes" : " items change");
        }
        s.append(", ").append(w.unchanged()).append(w.unchanged() == 1 ? " stays" : " stay").append(" the same\n\n");
        s.append("total    ").append(w.recordedTotal()).append(" -> ").append(w.underTotal()).append('\n');
        s.append("outcome  ").append(e.outcome().label()).append(" (").append(e.outcome().code()).append(") -> ")
                .append(w.under().outcome().label()).append(" (").append(w.under().outcome().code()).append("): ")
                .append(w.gradeChanges() ? "the grade changes" : "the grade stays the same").append('\n');
        if (!w.under().outcome().reasons().isEmpty()) {
            s.append("not higher under ").append(now).append(" because:\n");
            w.under().outcome().reasons().forEach(r -> s.append("  - ").append(r).append('\n'));
        }
        return s.toString();
    }
}
