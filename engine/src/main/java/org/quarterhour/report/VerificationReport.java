package org.quarterhour.report;

import org.quarterhour.ledger.Verification;

/** {@code audit verify}: INTACT or NOT INTACT, every problem by entry, and what an interrupted append left behind. */
public final class VerificationReport {
    private VerificationReport() {
    }

    public static String render(Verification v) {
        StringBuilder s = new StringBuilder();
        s.append("ledger ").append(v.dir()).append('\n');
        if (v.intact()) {
            s.append("INTACT: ").append(v.entries()).append(v.entries() == 1 ? " entry" : " entries");
            if (v.pending() > 0) {
                s.append(" (and ").append(v.pending()).append(" complete after HEAD)");
            }
            s.append(", ").append(v.objects()).append(" objects");
            if (v.headSha256() != null) {
                s.append("; HEAD ").append(v.entries()).append(" sha256:").append(v.headSha256());
            }
            s.append('\n');
        } else {
            s.append("NOT INTACT: ").append(v.problems().size()).append(v.problems().size() == 1 ? " problem" : " problems").append('\n');
            v.problems().forEach(p -> s.append("  ").append(p).append('\n'));
        }
        if (!v.notes().isEmpty()) {
            s.append("not part of the record:\n");
            v.notes().forEach(n -> s.append("  ").append(n).append('\n'));
        }
        return s.toString();
    }
}
