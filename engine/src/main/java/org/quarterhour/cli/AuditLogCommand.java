package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.report.AuditLogReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarterhour audit log}: the ledger's entries, filtered by community, standard and date. */
@Command(name = "log", description = "Lists the ledger's entries: seq, verdict id, community, standard@version, total, outcome, recorded_at.")
final class AuditLogCommand implements Callable<Integer> {
    enum Format { table, json }

    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--ledger", paramLabel = "DIR", description = "the ledger (default: $QUARTERHOUR_LEDGER, else ~/.quarterhour/ledger)")
    Path ledger;

    @Option(names = "--community", paramLabel = "ID", description = "only this community")
    String community;

    @Option(names = "--standard", paramLabel = "ID[@VERSION]", description = "only this standard, or this version of it")
    String standard;

    @Option(names = "--since", paramLabel = "DATE", description = "only entries recorded on or after this day (YYYY-MM-DD, UTC)")
    String since;

    @Option(names = "--format", paramLabel = "FORMAT", description = "one of ${COMPLETION-CANDIDATES}; default table")
    Format format = Format.table;

    @Option(names = "--debug", description = "show stack traces of unexpected failures")
    boolean debug;

    AuditLogCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String from;
        try {
            from = since == null ? "" : LocalDate.parse(since).toString();
        } catch (DateTimeParseException e) {
            err.println("quarterhour: --since '" + since + "' is not a date; expected YYYY-MM-DD");
            return Main.BAD_INPUT;
        }
        Ledger at = Ledger.at(context.ledger(ledger));
        if (!at.exists()) {
            err.println("quarterhour: no ledger at " + at.dir() + " (nothing has been recorded there)");
            return Main.BAD_INPUT;
        }
        List<Entry> entries;
        try {
            entries = at.entries();
        } catch (LedgerException e) {
            err.println("quarterhour: " + e.getMessage());
            return Main.FAILED;
        }
        List<Entry> shown = entries.stream()
                .filter(e -> community == null || e.community().id().equals(community))
                .filter(e -> standard == null || e.standard().id().equals(standard) || e.standard().ref().equals(standard))
                .filter(e -> e.recordedAt().compareTo(from) >= 0)
                .toList();
        out.print(format == Format.json ? AuditLogReport.json(shown) : AuditLogReport.table(shown));
        return Main.OK;
    }
}
