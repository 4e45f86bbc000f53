package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.quarterhour.inventory.Suggestions;
import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.ledger.Listing;
import org.quarterhour.report.AuditLogReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code quarterhour audit log}: the ledger's entries, filtered by community, standard and date. */
@Command(name = "log", description = "Lists the ledger's entries: seq, verdict id, community, standard@version, total, outcome, recorded_at.")
final class AuditLogCommand implements Callable<Integer> {
    enum Format { table, json }

    /** Up to this many communities or standards, a filter that matches none lists them all; beyond, the nearest. */
    private static final int SHOWN = 8;

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
        Listing listing;
        try {
            listing = at.listing();
        } catch (LedgerException e) {
            err.println("quarterhour: " + e.getMessage());
            return Main.FAILED;
        }
        List<Entry> entries = listing.entries();
        List<Entry> shown = entries.stream()
                .filter(e -> community == null || e.community().id().equals(community))
                .filter(e -> standard == null || standardMatches(e))
                .filter(e -> e.recordedAt().compareTo(from) >= 0)
                .toList();
        String unknown = unknownFilter(at, entries);
        if (unknown == null) { // a filter no entry could match is refused, not answered with an empty list
            out.print(format == Format.json ? AuditLogReport.json(shown) : AuditLogReport.table(shown));
        }
        if (unknown != null) {
            err.println("quarterhour: " + unknown);
        } else if (shown.isEmpty() && !entries.isEmpty() && (community != null || standard != null || since != null)) {
            err.println("quarterhour: no entry matches " + filters() + " (the ledger holds " + count(entries.size(), "entry", "entries") + ")");
        }
        if (!listing.holds()) {
            warn(at, listing);
            return Main.NOT_REPRODUCED;
        }
        return unknown != null ? Main.BAD_INPUT : Main.OK;
    }

    private boolean standardMatches(Entry e) {
        return e.standard().id().equals(standard) || e.standard().ref().equals(standard);
    }

    /**
     * Why --community or --standard can match nothing in this ledger, whatever the other filters (a misspelt id reads
     * as "never scored"), with the ids it does have, or the nearest of them; null where both name something recorded.
     */
    private String unknownFilter(Ledger at, List<Entry> entries) {
        if (community != null && entries.stream().noneMatch(e -> e.community().id().equals(community))) {
            return "no entry of the ledger at " + at.dir() + " is for community '"
                    + community + "'" + known(community, entries.stream().map(e -> e.community().id()).collect(Collectors.toCollection(TreeSet::new)),
                            "community", "communities");
        }
        if (standard != null && entries.stream().noneMatch(this::standardMatches)) {
            Set<String> refs = entries.stream().map(e -> e.standard().ref()).collect(Collectors.toCollection(TreeSet::new));
            return "no entry of the ledger at " + at.dir() + " is under standard '"
                    + standard + "'" + known(standard, refs, "standard", "standards");
        }
        return null;
    }

    /** "; the ledger has: a, b" where there are a few, else the nearest ones; "" for an empty ledger. */
    private static String known(String wanted, Set<String> ids, String one, String many) {
        if (ids.isEmpty()) {
            return "; the ledger records no verdicts yet";
        }
        if (ids.size() <= SHOWN) {
            return "; the ledger has " + (ids.size() == 1 ? one + " " : many + " ") + String.join(", ", ids);
        }
        List<String> nearest = ids.stream()
                .sorted(Comparator.comparingInt((String id) -> Suggestions.editDistance(wanted, id)).thenComparing(id -> id))
                .limit(3).toList();
        return "; nearest of its " + ids.size() + " " + many + ": " + String.join(", ", nearest);
    }

    private String filters() {
        List<String> given = new ArrayList<>();
        if (community != null) {
            given.add("--community " + community);
        }
        if (standard != null) {
            given.add("--standard " + standard);
        }
        if (since != null) {
            given.add("--since " + since);
        }
        return String.join(" ", given);
    }

    /** The chain does not hold: the listing may be wrong, and only audit verify says how. */
    private void warn(Ledger at, Listing listing) {
        err.println("quarterhour: warning: " + AuditVerifyCommand.doesNotVerify(at, listing, "so this list may not be what was recorded"));
        err.println("quarterhour: " + AuditVerifyCommand.pointer(at));
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
