package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarterhour.batch.Batch;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.pack.PackException;
import org.quarterhour.batch.SummaryTable;
import org.quarterhour.batch.Target;
import org.quarterhour.batch.VerdictFiles;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.PackRepository;
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

    @Option(names = "--out", paramLabel = "DIR", description = "for a ledger: write summary.json and summary.xlsx here (a ledger itself is never written to)")
    Path outDir;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder, for outcomes no community reached (default: $QUARTERHOUR_RULES, else the repository's rules/)")
    Path rules;

    ReportCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        List<Target> goals;
        try {
            goals = Target.parseAll(targets);
        } catch (IllegalArgumentException e) {
            err.println("quarterhour: --target: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        if (!Files.isDirectory(dir)) {
            err.println("quarterhour: " + dir + " is not a folder of verdict files or a ledger");
            return Main.BAD_INPUT;
        }
        Batch.Result result;
        if (Files.isDirectory(dir.resolve(Ledger.ENTRIES))) {
            try {
                result = Batch.report(Ledger.at(dir), outDir, goals, Vocabulary.bundled());
            } catch (LedgerException | PackException e) {
                err.println("quarterhour: the ledger cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
                err.println("quarterhour: run 'quarterhour audit verify --ledger " + dir + "' to see what is wrong");
                return Main.FAILED;
            }
            out.print(SummaryTable.render(result.summary()));
            out.println("from the latest verdict of each community and standard in the ledger " + dir
                    + (outDir == null ? "" : "; " + VerdictFiles.SUMMARY + " and summary.xlsx written to " + outDir));
        } else {
            result = Batch.report(dir, goals, Vocabulary.bundled(), manifests(), (file, messages) -> messages
                    .forEach(m -> err.println("quarterhour: " + m)));
            out.print(SummaryTable.render(result.summary()));
            out.println(VerdictFiles.SUMMARY + " and summary.xlsx written to " + dir);
        }
        List<Target> unknown = Batch.unknownTargets(result.summary(), goals);
        unknown.forEach(t -> err.println("quarterhour: --target " + t + ": no standard of these verdicts has an outcome '" + t.outcome() + "'"));
        return result.refused() > 0 || !unknown.isEmpty() ? Main.BAD_INPUT : Main.OK;
    }

    /** Manifests from the rules folder, where it still has the version a verdict names. */
    private Batch.ManifestLookup manifests() {
        PackRepository repo = new PackRepository(context.rules(rules));
        Map<String, Manifest> found = new HashMap<>();
        return (id, version) -> found.computeIfAbsent(id + "@" + version, ref -> {
            try {
                return PackReader.read(repo.locate(ref, LocalDate.now(context.clock()))).manifest();
            } catch (Exception e) {
                return null;
            }
        });
    }
}
