package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quarterhour.Engine;
import org.quarterhour.Standards;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryFiles;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.ledger.Overrides;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.report.Formats;
import org.quarterhour.verdict.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarterhour score}: inventories in, verdicts out. */
@Command(name = "score", description = "Scores inventories against a standard and prints the verdicts.")
final class ScoreCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "inventory files: YAML (format quarterhour/inventory/v1) or Excel workbooks (.xlsx, from 'quarterhour template')")
    List<Path> files;

    @Option(names = "--standard", paramLabel = "ID[@VERSION]",
            description = "the standard to score against; without @VERSION the version in force on the inspection date (today if none); repeatable; 'all' for every standard")
    List<String> standards = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "one of ${COMPLETION-CANDIDATES}; default table")
    Formats format = Formats.table;

    @Option(names = "--out", paramLabel = "PATH", description = "write the output to this file instead of standard output ('-' for standard output; xlsx needs one of them named)")
    Path outPath;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: $QUARTERHOUR_RULES, else the repository's rules/)")
    Path rules;

    @Option(names = "--detour-factor", paramLabel = "X", description = "overrides the pack's detour factor for distances estimated from coordinates")
    BigDecimal detourFactor;

    @Option(names = "--ledger", paramLabel = "DIR", description = "the ledger to record each verdict in (default: $QUARTERHOUR_LEDGER, else ~/.quarterhour/ledger)")
    Path ledger;

    @Option(names = "--no-ledger", description = "record nothing (for trying things out)")
    boolean noLedger;

    @Option(names = "--debug", description = "show stack traces of unexpected failures")
    boolean debug;

    ScoreCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (detourFactor != null && detourFactor.compareTo(BigDecimal.ONE) < 0) {
            err.println("quarterhour: --detour-factor must be at least 1 (a walk is never shorter than the straight line), found " + detourFactor);
            return Main.BAD_INPUT;
        }
        if (format == Formats.xlsx && outPath == null) {
            err.println("quarterhour: a workbook is not for the terminal; name the file with --out SHEET.xlsx (or --out - to pipe it)");
            return Main.BAD_INPUT;
        }
        if (noLedger && ledger != null) {
            err.println("quarterhour: --ledger and --no-ledger contradict each other; give one");
            return Main.BAD_INPUT;
        }
        PackRepository repo = new PackRepository(context.rules(rules));
        Standards packs = new Standards(repo);
        List<String> refs = standards.isEmpty() ? defaultStandard(repo) : packs.expand(standards);
        if (refs.isEmpty()) {
            return Main.BAD_INPUT;
        }
        boolean comparing = standards.contains(Standards.ALL);
        Engine engine = new Engine(Vocabulary.bundled(), context.clock(), context.packCache());
        InventoryFiles reader = new InventoryFiles(engine.vocabulary());
        List<Verdict> verdicts = new ArrayList<>();
        List<Ledger.Scored> scored = new ArrayList<>();
        boolean badInput = false;
        for (Path file : files) {
            Inventory inventory;
            try {
                inventory = reader.read(file, file.toString());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> err.println(p));
                badInput = true;
                continue;
            }
            LocalDate date = inventory.inspection().date() != null ? inventory.inspection().date() : LocalDate.now(context.clock());
            for (String ref : refs) {
                try {
                    Standards.Chosen chosen = comparing ? packs.packForComparison(ref, date) : new Standards.Chosen(packs.pack(ref, date), null);
                    if (chosen.note() != null) {
                        err.println("quarterhour: " + file + ": " + chosen.note());
                    }
                    Verdict verdict = engine.score(inventory, chosen.pack(), detourFactor);
                    verdicts.add(verdict);
                    scored.add(new Ledger.Scored(verdict, inventory, chosen.pack(), new Overrides(detourFactor)));
                } catch (PackRepository.NoSuchPackException e) {
                    err.println("quarterhour: " + file + ": " + e.getMessage());
                    return Main.BAD_INPUT;
                } catch (PackException e) {
                    err.println("quarterhour: the rule pack cannot be used:");
                    e.problems().forEach(p -> err.println("  " + p));
                    return Main.BAD_PACK;
                }
            }
        }
        if (!noLedger && !scored.isEmpty() && !record(scored)) {
            return Main.FAILED;
        }
        if (!verdicts.isEmpty()) {
            try {
                write(format.render(verdicts));
            } catch (IOException e) {
                err.println("quarterhour: cannot write " + outPath + ": " + e.getMessage());
                return Main.FAILED;
            }
        }
        return badInput ? Main.BAD_INPUT : Main.OK;
    }

    /** Appends every verdict to the ledger; a verdict that cannot be recorded is not printed either. */
    private boolean record(List<Ledger.Scored> scored) {
        Path dir = context.ledger(ledger);
        try {
            Ledger.at(dir).append(scored);
            return true;
        } catch (LedgerException e) {
            err.println("quarterhour: cannot record the verdicts: " + e.getMessage());
            err.println("quarterhour: nothing was printed; fix the ledger, name another with --ledger DIR, or score with --no-ledger to try things out");
            return false;
        }
    }

    private List<String> defaultStandard(PackRepository repo) {
        List<String> ids = repo.ids();
        if (ids.size() == 1) {
            return ids;
        }
        err.println("quarterhour: name a standard with --standard ID[@VERSION]; known: "
                + (ids.isEmpty() ? "none under " + repo.root() : String.join(", ", ids)));
        return List.of();
    }

    private void write(byte[] bytes) throws IOException {
        if (outPath == null || outPath.toString().equals("-")) {
            out.write(bytes);
            out.flush();
            return;
        }
        OutputFile.write(outPath, bytes);
    }
}
