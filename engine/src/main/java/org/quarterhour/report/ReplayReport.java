package org.quarterhour.report;

import java.util.List;
import org.quarterhour.ledger.Difference;
import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.Replay;

/** {@code replay}: IDENTICAL, or each field that differs with both values; for {@code --all} one line per entry. */
public final class ReplayReport {
    private ReplayReport() {
    }

    public static String render(Replay r) {
        Entry e = r.entry();
        StringBuilder s = new StringBuilder();
        s.append("verdict ").append(e.verdictId()).append(" (entry ").append(e.seq()).append(")\n");
        s.append("  ").append(e.community().name()).append(" (").append(e.community().id()).append(") under ")
                .append(e.standard().ref()).append(", recorded ").append(e.recordedAt()).append(" by engine ")
                .append(e.engineVersion()).append('\n');
        s.append("  replayed by engine ").append(r.engineVersion()).append(" from the recorded inventory and pack snapshot\n");
        switch (r.result()) {
            case IDENTICAL -> s.append("IDENTICAL\n");
            case IDENTICAL_BUT_ENGINE -> s.append("IDENTICAL but for the engine version (recorded by ").append(e.engineVersion())
                    .append(", replayed by ").append(r.engineVersion()).append("), and so the verdict id\n");
            case NOT_REPRODUCED -> s.append("NOT REPRODUCED: ").append(r.problem()).append('\n');
            case DIFFERENT -> {
                s.append("DIFFERENT: ").append(r.differences().size()).append(r.differences().size() == 1 ? " field\n" : " fields\n");
                s.append(differences(r.differences()));
            }
        }
        return s.toString();
    }

    static String differences(List<Difference> differences) {
        int path = Math.max(5, differences.stream().mapToInt(d -> Columns.width(d.path())).max().orElse(5));
        int recorded = Math.max(8, differences.stream().mapToInt(d -> Columns.width(clip(d.recorded()))).max().orElse(8));
        StringBuilder s = new StringBuilder();
        s.append("  ").append(Columns.left("field", path + 2)).append(Columns.left("recorded", recorded + 2)).append("replayed\n");
        for (Difference d : differences) {
            s.append("  ").append(Columns.left(d.path(), path + 2)).append(Columns.left(clip(d.recorded()), recorded + 2))
                    .append(clip(d.replayed())).append('\n');
        }
        return s.toString();
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    public static String all(List<Replay> replays) {
        StringBuilder s = new StringBuilder();
        long identical = replays.stream().filter(Replay::reproduced).count();
        long different = replays.stream().filter(r -> r.result() == Replay.Result.DIFFERENT).count();
        long failed = replays.stream().filter(r -> r.result() == Replay.Result.NOT_REPRODUCED).count();
        int seq = Math.max(3, replays.stream().mapToInt(r -> String.valueOf(r.entry().seq()).length()).max().orElse(3));
        int community = Math.max(9, replays.stream().mapToInt(r -> Columns.width(r.entry().community().id())).max().orElse(9));
        int standard = Math.max(8, replays.stream().mapToInt(r -> Columns.width(r.entry().standard().ref())).max().orElse(8));
        s.append(Columns.right("seq", seq)).append("  ").append(Columns.left("verdict", 19)).append("  ")
                .append(Columns.left("community", community)).append("  ").append(Columns.left("standard", standard)).append("  replay\n");
        for (Replay r : replays) {
            Entry e = r.entry();
            s.append(Columns.right(String.valueOf(e.seq()), seq)).append("  ").append(Columns.left(AuditLogReport.shortId(e.verdictId()), 19))
                    .append("  ").append(Columns.left(e.community().id(), community)).append("  ")
                    .append(Columns.left(e.standard().ref(), standard)).append("  ").append(line(r)).append('\n');
        }
        s.append("replayed ").append(replays.size()).append(replays.size() == 1 ? " entry: " : " entries: ").append(identical)
                .append(" identical, ").append(different).append(" different, ").append(failed).append(" not reproduced\n");
        return s.toString();
    }

    private static String line(Replay r) {
        return switch (r.result()) {
            case IDENTICAL -> "IDENTICAL";
            case IDENTICAL_BUT_ENGINE -> "IDENTICAL but for the engine version";
            case NOT_REPRODUCED -> "NOT REPRODUCED: " + r.problem();
            case DIFFERENT -> "DIFFERENT: " + String.join(", ", r.differences().stream().map(Difference::path).limit(8).toList())
                    + (r.differences().size() > 8 ? ", ..." : "");
        };
    }
}
