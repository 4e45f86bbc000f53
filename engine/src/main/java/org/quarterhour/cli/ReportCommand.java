package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.quarterhour.SystemPaths;
import org.quarterhour.batch.Batch;
import org.quarterhour.batch.Summary;
import org.quarterhour.batch.SummaryTable;
import org.quarterhour.batch.Target;
import org.quarterhour.batch.VerdictFiles;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.ledger.Listing;
import org.quarterhour.pack.PackException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarterhour report DIR}: the district roll-up rebuilt from verdict files already written. */
@Command(name = "report", description = "Rebuilds the roll-up (summary.json, summary.xlsx) from the verdict files in a folder, or from a ledger, and prints it.")
final class ReportCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "1", paramLabel = "LEDGER_OR_DIR", description = "a folder of verdict files (as score --out DIR writes them), or a ledger")
    Path dir;

    @Option(names = "--target", paramLabel = "OUTCOME>=PERCENT%",
            description = "the share of communities at OUTCOME or higher that the bureau aims for (e.g. pass>=80%%); repeatable")
    List<String> targets = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "write summary.json and summary.xlsx into this folder (made if missing) rather than into the folder of verdicts; for a ledger, the only place they are written (a ledger itself is never written to)")
    Path outDir;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder, for outcomes no community reached (default: $QUARTERHOUR_RULES, else the repository's rules/)")
    Path rules;

    ReportCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        List<Target> goals;
        try {
            goals = Target.parseAll(targets);
        } catch (IllegalArgumentException e) {
            err.println("quarterhour: --target: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        String refused = refuseFolders();
        if (refused != null) {
            err.println("quarterhour: " + refused);
            return Main.BAD_INPUT;
        }
        try {
            if (Ledger.looksLikeOne(dir)) {
                return fromLedger(goals);
            }
            return fromVerdicts(goals);
        } catch (IOException e) {
            err.println("quarterhour: cannot write the roll-up to " + (outDir != null ? outDir : dir) + ": " + Main.reason(e));
            return Main.FAILED;
        }
    }

    /**
     * Why the folders named cannot be used, before anything is read: LEDGER_OR_DIR must be a folder, and the roll-up
     * goes into a folder (made if missing) that is not a ledger or in one — whether named by --out or, for a folder of
     * verdicts, the folder itself; null where they can.
     */
    private String refuseFolders() {
        if (outDir != null && outDir.toString().equals("-")) {
            return "--out - is standard output; the roll-up is two files (summary.json, summary.xlsx): name a folder";
        }
        if (!Files.isDirectory(dir)) {
            return Files.exists(dir) ? dir + " is a file; name a folder of verdict files (as score --out DIR writes them) or a ledger"
                    : "no such folder: " + dir;
        }
        if (outDir != null) {
            for (Path p = outDir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.isDirectory(p)) {
                    return "--out names a file" + (p.equals(outDir.toAbsolutePath().normalize()) ? "" : " (" + p + " is a file)")
                            + "; the roll-up is written into a folder";
                }
            }
        }
        Path target = outDir != null ? outDir : Ledger.looksLikeOne(dir) ? null : dir;
        Path ledger = target == null ? null : Ledger.holding(target);
        if (ledger != null) {
            return (outDir != null ? "--out " + outDir : dir.toString()) + " is "
                    + (ledger.equals(SystemPaths.physicalOrAsWritten(target)) ? "a ledger" : "inside the ledger at " + ledger)
                    + ", and a ledger is never written to: it holds only what score recorded"
                    + (outDir != null ? "; name a folder outside it" : "; roll the ledger up with 'quarterhour report " + ledger
                            + " --out DIR'");
        }
        return null;
    }

    private int fromLedger(List<Target> goals) throws IOException {
        Ledger at = Ledger.at(dir);
        if (!Files.isDirectory(dir.resolve(Ledger.ENTRIES))) {
            err.println("quarterhour: " + dir + " looks like a ledger (" + String.join(", ", marks()) + ") but has no "
                    + Ledger.ENTRIES + "/ folder: its entries were removed, or it is not a ledger; nothing was written");
            err.println("quarterhour: run 'quarterhour audit verify --ledger " + dir + "' to see what is wrong");
            return Main.NOT_REPRODUCED;
        }
        Batch.Result result;
        try {
            Listing listing = at.listing();
            if (!listing.holds()) { // Batch.report refuses it too; said here in the command's words
                err.println("quarterhour: " + AuditVerifyCommand.doesNotVerify(at, listing, "so it is not rolled up")
                        + "; nothing was written");
                err.println("quarterhour: " + AuditVerifyCommand.pointer(at));
                return Main.NOT_REPRODUCED;
            }
            result = Batch.report(at, outDir, goals, Vocabulary.bundled());
        } catch (LedgerException e) {
            err.println("quarterhour: the ledger cannot be read: " + AuditVerifyCommand.explain(e, at));
            return e.damaged() ? Main.NOT_REPRODUCED : Main.FAILED;
        } catch (PackException e) {
            err.println("quarterhour: the ledger cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
            err.println("quarterhour: run 'quarterhour audit verify --ledger " + dir + "' to see what is wrong");
            return Main.FAILED;
        }
        if (result.summary().communities() == 0) {
            err.println("quarterhour: the ledger at " + dir + " records no verdicts; nothing was written");
            return Main.BAD_INPUT;
        }
        if (refuseTargets(result.summary(), goals)) {
            return Main.BAD_INPUT;
        }
        out.print(SummaryTable.render(result.summary()));
        out.println("from the latest verdict of each community and standard in the ledger " + dir
                + (outDir == null ? "" : "; " + VerdictFiles.SUMMARY + " and summary.xlsx written to " + outDir));
        return Main.OK;
    }

    private int fromVerdicts(List<Target> goals) throws IOException {
        List<Path> files;
        try {
            files = VerdictFiles.in(dir);
        } catch (IOException e) {
            err.println("quarterhour: cannot read " + dir + ": " + Main.reason(e));
            return Main.FAILED;
        }
        if (files.isEmpty()) {
            err.println("quarterhour: no verdict files (*.json) in " + dir + inventoriesThere() + "; nothing was written");
            return Main.BAD_INPUT;
        }
        Path to = outDir != null ? outDir : dir;
        Batch.Result result = Batch.report(dir, to, goals, Vocabulary.bundled(), manifests(), (file, messages) -> messages
                .forEach(m -> err.println("quarterhour: " + m)));
        if (result.summary().communities() == 0) {
            err.println("quarterhour: " + (files.size() == 1 ? "the one *.json file in " + dir + " is not a verdict"
                    : "none of the " + files.size() + " *.json files in " + dir + " is a verdict") + "; nothing was written");
            return Main.BAD_INPUT;
        }
        if (refuseTargets(result.summary(), goals)) {
            return Main.BAD_INPUT;
        }
        out.print(SummaryTable.render(result.summary()));
        out.println(VerdictFiles.SUMMARY + " and summary.xlsx written to " + to);
        return result.refused() > 0 ? Main.BAD_INPUT : Main.OK;
    }

    /** Says which targets name an outcome no standard of the roll-up has (Batch.report wrote nothing then). */
    private boolean refuseTargets(Summary summary, List<Target> goals) {
        List<Target> unknown = Batch.unknownTargets(summary, goals);
        if (unknown.isEmpty()) {
            return false;
        }
        Set<String> outcomes = new TreeSet<>();
        summary.standards().forEach(s -> s.outcomes().forEach(o -> outcomes.add(o.code())));
        unknown.forEach(t -> err.println("quarterhour: --target " + t + ": no standard of these verdicts has an outcome '"
                + t.outcome() + "' (they have " + String.join(", ", outcomes) + ")"));
        err.println("quarterhour: nothing was written");
        return true;
    }

    /** What makes the folder look like a ledger, for the message about one without entries. */
    private List<String> marks() {
        List<String> marks = new ArrayList<>();
        if (Files.exists(dir.resolve(Ledger.HEAD))) {
            marks.add("it has " + Ledger.HEAD);
        }
        if (Files.isDirectory(dir.resolve("objects"))) {
            marks.add("objects/");
        }
        return marks.isEmpty() ? List.of("its layout") : marks;
    }

    /** A hint where the folder holds inventories rather than verdicts. */
    private String inventoriesThere() {
        try (Stream<Path> list = Files.list(dir)) {
            boolean inventories = list.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".xlsx") && !n.equals("summary.xlsx"));
            return inventories ? " (it holds inventories: score them first, with 'quarterhour score " + dir
                    + " --standard ID --out DIR')" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Manifests from the rules folder, where it still has the version a verdict names (as a batch looks them up). */
    private Batch.ManifestLookup manifests() {
        return Batch.ManifestLookup.inRules(context.rules(rules));
    }
}
