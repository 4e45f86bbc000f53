package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.ledger.Listing;
import org.quarterhour.ledger.Verification;
import org.quarterhour.report.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarterhour audit verify}: every object's hash and the whole chain; exit 4 when the record was changed. */
@Command(name = "verify", description = "Checks every object's hash and the whole chain of entries; reports, by entry, anything changed, missing, added, reordered or truncated.")
final class AuditVerifyCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--ledger", paramLabel = "DIR", description = "the ledger (default: $QUARTERHOUR_LEDGER, else ~/.quarterhour/ledger)")
    Path ledger;

    @Option(names = "--debug", description = "show stack traces of unexpected failures")
    boolean debug;

    AuditVerifyCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        Ledger at = Ledger.at(context.ledger(ledger));
        if (!at.exists()) {
            err.println("quarterhour: no ledger at " + at.dir() + " (nothing has been recorded there)");
            return Main.BAD_INPUT;
        }
        Verification v;
        try {
            v = at.verify();
        } catch (LedgerException e) {
            err.println("quarterhour: " + e.getMessage());
            return Main.FAILED;
        }
        out.print(VerificationReport.render(v));
        return v.intact() ? Main.OK : Main.NOT_REPRODUCED;
    }

    /**
     * "the ledger at L does not verify, CONSEQUENCE: the first problems" — what a command that reads only the entries and
     * HEAD ({@link Ledger#listing}) says where they do not hold together; {@link #pointer} says where to see everything.
     */
    static String doesNotVerify(Ledger at, Listing listing, String consequence) {
        return "the ledger at " + at.dir() + " does not verify, " + consequence + ": " + listing.summary();
    }

    /** The one pointer to this command, for a ledger that does not verify. */
    static String pointer(Ledger at) {
        return "run 'quarterhour audit verify --ledger " + at.dir() + "' to see every problem";
    }

    /**
     * A ledger failure in words, with the advice to run this command once — where the record is damaged and the message
     * does not give that advice already.
     */
    static String explain(LedgerException e, Ledger at) {
        String message = e.getMessage();
        return !e.damaged() || message.contains("quarterhour audit verify") ? message
                : message + " (run 'quarterhour audit verify --ledger " + at.dir() + "' to see what changed)";
    }
}
