package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarterhour.Engine;
import org.quarterhour.Standards;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.ledger.Listing;
import org.quarterhour.ledger.Replay;
import org.quarterhour.ledger.Replayer;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.report.ReplayReport;
import org.quarterhour.report.WhatIfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quarterhour replay}: scores a recorded verdict again from the ledger alone and says whether it is identical
 * (exit 0) or how it differs (exit 4); {@code --under} scores the recorded inventory under another standard instead.
 */
@Command(name = "replay", description = "Re-scores a recorded verdict from the ledger's inventory and pack snapshot (never the rules folder): IDENTICAL, or each field that differs.")
final class ReplayCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERDICT_ID", description = "the verdict id (sha256:..., or enough of its start to be unique)")
    String verdictId;

    @Option(names = "--under", paramLabel = "ID[@VERSION]",
            description = "what if: score the recorded inventory under this standard (from the rules folder) and show what changes")
    String under;

    @Option(names = "--all", description = "replay every entry of the ledger and summarise")
    boolean all;

    @Option(names = "--ledger", paramLabel = "DIR", description = "the ledger (default: $QUARTERHOUR_LEDGER, else ~/.quarterhour/ledger)")
    Path ledger;

    @Option(names = "--rules", paramLabel = "DIR", description = "where --under finds its standard (default: $QUARTERHOUR_RULES, else the repository's rules/)")
    Path rules;

    @Option(names = "--debug", description = "show stack traces of unexpected failures")
    boolean debug;

    ReplayCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (all == (verdictId != null) || all && under != null) {
            err.println("quarterhour: name one VERDICT_ID (optionally with --under ID@VERSION), or give --all");
            return Main.BAD_INPUT;
        }
        String refused = verdictId == null ? null : refuseId(verdictId);
        if (refused != null) {
            err.println("quarterhour: " + refused);
            return Main.BAD_INPUT;
        }
        Ledger at = Ledger.at(context.ledger(ledger));
        if (!at.exists()) {
            err.println("quarterhour: no ledger at " + at.dir() + " (nothing has been recorded there)");
            return Main.BAD_INPUT;
        }
        Replayer replayer = new Replayer(at, new Engine(Vocabulary.bundled(), context.clock()));
        Listing listing;
        try {
            listing = at.listing();
        } catch (LedgerException e) {
            err.println("quarterhour: cannot replay: " + e.getMessage());
            return Main.FAILED;
        }
        int status = all ? replayAll(at, listing, replayer) : replayOne(at, listing, replayer);
        if (listing.holds() || status == Main.FAILED) {
            return status;
        }
        err.println("quarterhour: warning: " + AuditVerifyCommand.doesNotVerify(at, listing,
                all ? "so these replays may not be of all that was recorded" : "so this replay may not be of what was recorded"));
        err.println("quarterhour: " + AuditVerifyCommand.pointer(at));
        return Main.NOT_REPRODUCED;
    }

    /**
     * The verdict named, replayed (or scored --under another standard); where the ledger's chain does not hold, the
     * entry is still found among those that can be read, and the caller warns.
     */
    private int replayOne(Ledger at, Listing listing, Replayer replayer) {
        Entry entry = find(at, listing);
        if (entry == null) {
            return Main.BAD_INPUT;
        }
        try {
            if (under != null) {
                return whatIf(replayer, entry);
            }
            Replay replay = replayer.replay(entry);
            out.print(ReplayReport.render(replay));
            return replay.reproduced() ? Main.OK : Main.NOT_REPRODUCED;
        } catch (LedgerException e) {
            // where the chain does not hold either, the caller points to audit verify, once
            err.println("quarterhour: cannot replay: " + (listing.holds() ? AuditVerifyCommand.explain(e, at) : e.getMessage()));
            return e.damaged() ? Main.NOT_REPRODUCED : Main.FAILED;
        }
    }

    /**
     * Every entry that can be read; one whose record is damaged (an object changed or missing) is not reproduced, and
     * the others are still replayed.
     */
    private int replayAll(Ledger at, Listing listing, Replayer replayer) {
        List<Replay> replays = new ArrayList<>();
        int damaged = 0;
        for (Entry e : listing.entries()) {
            try {
                replays.add(replayer.replay(e));
            } catch (LedgerException x) {
                if (!x.damaged()) {
                    err.println("quarterhour: cannot replay: " + x.getMessage());
                    return Main.FAILED;
                }
                damaged++;
                replays.add(new Replay(e, Replay.Result.NOT_REPRODUCED, List.of(), "the record is damaged: " + x.getMessage(),
                        Engine.version()));
            }
        }
        out.print(ReplayReport.all(replays));
        if (damaged > 0) {
            err.println("quarterhour: " + damaged + (damaged == 1 ? " entry's record is" : " entries' records are")
                    + " damaged" + (listing.holds() ? "; run 'quarterhour audit verify --ledger " + at.dir() + "' to see what changed" : ""));
        }
        return replays.stream().allMatch(Replay::reproduced) ? Main.OK : Main.NOT_REPRODUCED;
    }

    /** Why a VERDICT_ID names no verdict whatever the ledger holds (empty, or not hex), or null. */
    private static String refuseId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        if (hex.isBlank()) {
            return "VERDICT_ID is empty: name a verdict by its id (sha256:..., or enough of its start to be unique;"
                    + " see 'quarterhour audit log')";
        }
        if (!hex.matches("[0-9a-f]+")) {
            return "VERDICT_ID '" + id + "' is not a verdict id: expected sha256: and lower-case hex digits, or enough of"
                    + " their start to be unique (see 'quarterhour audit log')";
        }
        return null;
    }

    /** The latest entry of the verdict named, or null (after saying why) where none or several verdicts match. */
    private Entry find(Ledger at, Listing listing) {
        List<Entry> found = listing.find(verdictId);
        Map<String, Entry> latest = new LinkedHashMap<>();
        found.forEach(e -> latest.put(e.verdictId(), e));
        if (latest.isEmpty()) {
            err.println("quarterhour: no verdict " + verdictId + " in the ledger at " + at.dir() + " (see 'quarterhour audit log')");
            return null;
        }
        if (latest.size() > 1) {
            err.println("quarterhour: " + verdictId + " names " + latest.size() + " verdicts; give more of the id: "
                    + String.join(", ", latest.keySet()));
            return null;
        }
        if (found.size() > 1) {
            err.println("quarterhour: " + verdictId + " was recorded " + found.size() + " times (entries "
                    + String.join(", ", found.stream().map(e -> String.valueOf(e.seq())).toList()) + "); replaying the latest");
        }
        return latest.values().iterator().next();
    }

    private int whatIf(Replayer replayer, Entry entry) throws LedgerException {
        Standards standards = new Standards(new PackRepository(context.rules(rules)));
        try {
            Pack pack = standards.pack(under, replayer.inspectionDate(entry));
            out.print(WhatIfReport.render(replayer.whatIf(entry, pack)));
            return Main.OK;
        } catch (PackRepository.NoSuchPackException e) {
            err.println("quarterhour: " + e.naming("--under"));
            return Main.BAD_INPUT;
        } catch (PackException e) {
            return Main.badPack(err, e);
        }
    }
}
