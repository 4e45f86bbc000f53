package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.quarterhour.Engine;
import org.quarterhour.Standards;
import org.quarterhour.SystemPaths;
import org.quarterhour.batch.Batch;
import org.quarterhour.batch.Inputs;
import org.quarterhour.batch.Progress;
import org.quarterhour.batch.SummaryTable;
import org.quarterhour.batch.SummaryWorkbook;
import org.quarterhour.batch.Target;
import org.quarterhour.batch.VerdictFiles;
import org.quarterhour.inventory.CanonicalInventory;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryFiles;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.ledger.Overrides;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.report.Formats;
import org.quarterhour.verdict.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quarterhour score}: inventories in, verdicts out, each recorded in the ledger. With {@code --out DIR} (a
 * folder, or several inventories, or a folder of them) it is a batch: one verdict file per community and a district
 * roll-up, summary.json.
 */
@Command(name = "score", description = "Scores inventories against a standard, records each verdict in the ledger and prints it; "
        + "with --out DIR scores a whole folder into verdict files and a roll-up (summary.json).")
final class ScoreCommand implements Callable<Integer> {
    /** Far beyond any town's streets; a larger factor is a typing slip (and a huge one overflows the distances). */
    private static final BigDecimal MAX_DETOUR = BigDecimal.TEN;

    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR",
            description = "inventory files: YAML (format quarterhour/inventory/v1) or Excel workbooks (.xlsx, from 'quarterhour template'); or folders of YAML inventories")
    List<Path> files;

    @Option(names = "--standard", paramLabel = "ID[@VERSION]",
            description = "the standard to score against; without @VERSION the version in force on the inspection date (today if none); repeatable; "
                    + "'all' for every standard with a version in force then")
    List<String> standards = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "one of ${COMPLETION-CANDIDATES}; default table, or what --out's name ends in "
            + "(.json, .xlsx, .html) (xlsx: the filled sheet; html: the map, 一刻钟便民生活地图); in a batch, html or xlsx adds each community's "
            + "map or sheet beside its verdict")
    Formats format;

    @Spec
    CommandSpec spec;

    /** {@code --out}, and whether it was written as a folder (a trailing '/', which a Path forgets). */
    Path outPath;
    private boolean outNamedAsFolder;

    @Option(names = "--out", paramLabel = "PATH", description = "write the output to this file ('-' for standard output; xlsx needs one); "
            + "a folder (an existing one, a name ending in '/', or several inputs with a name that is not a .json, .xlsx or .html file) makes a batch")
    void out(String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--out': " + Main.EMPTY_PATH);
        }
        outPath = Path.of(value);
        outNamedAsFolder = value.endsWith("/") || value.endsWith(java.io.File.separator);
    }

    @Option(names = "--target", paramLabel = "OUTCOME>=PERCENT%",
            description = "a batch's target: the share of communities at OUTCOME or higher (e.g. pass>=80%%); repeatable")
    List<String> targets = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder (default: $QUARTERHOUR_RULES, else the repository's rules/)")
    Path rules;

    @Option(names = "--detour-factor", paramLabel = "X", description = "overrides the pack's detour factor for distances estimated from coordinates")
    BigDecimal detourFactor;

    @Option(names = "--ledger", paramLabel = "DIR", description = "the ledger to record each verdict in (default: $QUARTERHOUR_LEDGER, else ~/.quarterhour/ledger)")
    Path ledger;

    @Option(names = "--no-ledger", description = "record nothing (for trying things out)")
    boolean noLedger;

    @Option(names = "--no-plan", description = "leave out the gap plan (it re-scores what-ifs and dominates the time of large batches)")
    boolean noPlan;

    @Option(names = "--debug", description = "show stack traces of unexpected failures")
    boolean debug;

    private Standards packs;
    private List<String> refs;
    private boolean acrossAll;
    private Set<String> onlyByAll = Set.of(); // refs 'all' brought in that were not named: left out where not in force
    private final LeftOut leftOut = new LeftOut();
    /** The packs scored under that have no seal.json: drafts, not released versions; said once at the end. */
    private final Set<String> drafts = Collections.synchronizedSet(new TreeSet<>());
    private Engine engine;

    ScoreCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        if (detourFactor != null && detourFactor.compareTo(BigDecimal.ONE) < 0) {
            err.println("quarterhour: --detour-factor must be at least 1 (a walk is never shorter than the straight line), found " + detourFactor);
            return Main.BAD_INPUT;
        }
        if (detourFactor != null && detourFactor.compareTo(MAX_DETOUR) > 0) {
            BigDecimal tenth = detourFactor.movePointLeft(1);
            err.println("quarterhour: --detour-factor must be at most " + MAX_DETOUR + " (walks in towns run 1.2 to 1.6 times the straight line), found "
                    + detourFactor + (tenth.compareTo(MAX_DETOUR) <= 0 ? "; " + tenth.toPlainString() + " was meant?" : ""));
            return Main.BAD_INPUT;
        }
        if (noLedger && ledger != null) {
            err.println("quarterhour: --ledger and --no-ledger contradict each other; give one");
            return Main.BAD_INPUT;
        }
        List<Target> goals;
        try {
            goals = Target.parseAll(targets);
        } catch (IllegalArgumentException e) {
            err.println("quarterhour: --target: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        // several inventories into one file the name says is one (all.json, sheets.xlsx, map.html, or '-') is one output
        // with every verdict in it, as without --out; into anything else they are a batch's folder
        boolean oneFile = outPath != null && (isStandardOutput(outPath) || Formats.byExtension(outPath) != null);
        boolean batch = Inputs.anyFolder(files) || (outPath != null && (Files.isDirectory(outPath) || outNamedAsFolder
                || (files.size() > 1 && !oneFile)));
        if (batch && outPath == null) {
            err.println("quarterhour: a folder of inventories is scored into a folder: add --out DIR");
            return Main.BAD_INPUT;
        }
        String misuse = batch ? batchOutMisuse() : outMisuse();
        if (misuse != null) {
            err.println("quarterhour: " + misuse);
            return Main.BAD_INPUT;
        }
        if (!batch && !goals.isEmpty()) {
            err.println("quarterhour: --target is for a batch (several inventories or a folder, with --out DIR)"
                    + (files.size() > 1 && oneFile ? "; --out " + outPath + " names one file: name a folder, or end the name with '/'" : ""));
            return Main.BAD_INPUT;
        }
        if (!batch && format == Formats.xlsx && outPath == null) {
            err.println("quarterhour: a workbook is not for the terminal; name the file with --out SHEET.xlsx (or --out - to pipe it)");
            return Main.BAD_INPUT;
        }
        Integer refused = refuseStandardsOrLedger(goals);
        if (refused != null) {
            return refused;
        }
        engine = new Engine(Vocabulary.bundled(), context.clock(), context.packCache());
        if (noPlan) {
            engine = engine.withoutPlans();
        }
        Ledger record = noLedger ? null : Ledger.at(context.ledger(ledger));
        prepare();
        return batch ? batch(goals, record) : single(record);
    }

    /**
     * Reads and compiles (or loads from the cache) the packs in force today on a second thread while the first reads
     * the inventories: on two cores a cold run then waits for the slower of the two, not for both. Whatever fails here
     * is left for the scoring itself to find and report; an inventory dated otherwise simply loads its own version.
     */
    private void prepare() {
        LocalDate today = LocalDate.now(context.clock());
        Thread loader = new Thread(() -> {
            for (String ref : refs) {
                try {
                    engine.compile(packs.pack(ref, today));
                } catch (Exception | Error e) {
                    // reported, if it matters, when an inventory is scored under this pack
                }
            }
        }, "quarterhour-pack-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private int single(Ledger record) {
        InventoryFiles reader = new InventoryFiles(engine.vocabulary());
        List<Verdict> verdicts = new ArrayList<>();
        List<Ledger.Scored> scored = new ArrayList<>();
        Map<String, Inventory> inventories = new HashMap<>();
        boolean badInput = false;
        List<Path> distinct = namedOnce(files);
        for (Path file : distinct) {
            Inventory inventory;
            try {
                inventory = reader.read(file, file.toString());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> err.println(p));
                badInput = true;
                continue;
            }
            try {
                for (Ledger.Scored s : score(file, inventory)) {
                    verdicts.add(s.verdict());
                    scored.add(s);
                    inventories.put(s.verdict().inventorySha256(), inventory);
                }
            } catch (Batch.Refused e) {
                e.messages().forEach(m -> err.println("quarterhour: " + m)); // the others are scored, as past an invalid file
                badInput = true;
            } catch (PackException e) {
                return Main.badPack(err, e);
            }
        }
        sayOnceAtTheEnd();
        if (record != null && !scored.isEmpty() && !record(record, scored)) {
            return Main.FAILED;
        }
        if (!verdicts.isEmpty()) {
            try {
                // several files or standards asked for give a list, however many verdicts there are, so a script reads one shape
                boolean several = distinct.size() > 1 || refs.stream().map(r -> r.split("@")[0]).distinct().count() > 1;
                write(format == Formats.json && several ? Json.prettyBytes(verdicts) : format.render(verdicts, inventories));
            } catch (IOException e) {
                err.println("quarterhour: cannot write " + outPath + ": " + Main.reason(e));
                return Main.FAILED;
            }
        }
        return badInput ? Main.BAD_INPUT : Main.OK;
    }

    private int batch(List<Target> goals, Ledger record) throws IOException {
        boolean[] unrecorded = {false};
        Batch.Recorder recorder = record == null ? Batch.Recorder.NONE : ready -> {
            List<Ledger.Scored> entries = ready.stream().flatMap(r -> r.scored().stream()).toList();
            if (unrecorded[0] || !record(record, entries)) {
                unrecorded[0] = true;
                throw new Batch.Refused(List.of("not scored: the ledger cannot be written"));
            }
        };
        Batch batch = new Batch(new InventoryFiles(engine.vocabulary()), this::score, recorder, engine.vocabulary(),
                Runtime.getRuntime().availableProcessors());
        List<Path> inputs;
        try {
            inputs = Inputs.expand(files);
        } catch (IOException e) {
            err.println("quarterhour: cannot read the inventories: " + Main.reason(e) + "; nothing written");
            return Main.BAD_INPUT;
        }
        inputs = namedOnce(inputs);
        if (inputs.isEmpty()) {
            err.println("quarterhour: no inventories (*.yaml or *.yml) in " + files.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + "; nothing written");
            return Main.BAD_INPUT;
        }
        Progress progress = System.console() != null ? Progress.bar(err) : Progress.quiet();
        Batch.Result result;
        try {
            Formats beside = format == Formats.html || format == Formats.xlsx ? format : null;
            result = batch.run(inputs, outPath, beside, goals, Batch.ManifestLookup.inRules(context.rules(rules)), progress,
                    (file, messages) -> {
                        progress.clearLine();
                        messages.forEach(err::println);
                        leftOut.forget(file); // not taken: nothing was left out for it
                    });
        } catch (PackException e) {
            return Main.badPack(err, e);
        } catch (IOException e) {
            progress.clearLine();
            err.println("quarterhour: cannot write into " + outPath + ": " + Main.reason(e) + "; the run stopped there, with no summary");
            return Main.FAILED;
        }
        progress.clearLine();
        sayOnceAtTheEnd();
        if (result.summary() == null) {
            err.println("quarterhour: every inventory was refused; nothing written to " + outPath);
            return unrecorded[0] ? Main.FAILED : Main.BAD_INPUT;
        }
        out.print(SummaryTable.render(result.summary()));
        out.println("verdicts, " + VerdictFiles.SUMMARY + " and " + SummaryWorkbook.FILE + " written to " + outPath);
        List<Target> unknown = Batch.unknownTargets(result.summary(), goals);
        unknown.forEach(t -> err.println("quarterhour: --target " + t + ": no standard of this run has an outcome '" + t.outcome() + "'"));
        if (unrecorded[0]) {
            return Main.FAILED;
        }
        return result.refused() > 0 || !unknown.isEmpty() ? Main.BAD_INPUT : Main.OK;
    }

    /**
     * One inventory under every standard of the run, each in the version in force on its inspection date. A standard
     * named with no version in force then refuses the file; one only {@code all} brought in is left out for it (and said
     * once at the end of the run), unless it leaves the file no standard at all.
     */
    private List<Ledger.Scored> score(Path file, Inventory inventory) throws PackException, Batch.Refused {
        LocalDate date = inventory.inspection().date() != null ? inventory.inspection().date() : LocalDate.now(context.clock());
        List<Ledger.Scored> scored = new ArrayList<>();
        // the inventory's fingerprint, and its canonical bytes where a ledger keeps them, made once for every standard
        CanonicalInventory.Bytes canonical = noLedger ? null : CanonicalInventory.bytes(inventory);
        String inventorySha256 = canonical != null ? canonical.sha256() : CanonicalInventory.sha256(inventory);
        Set<String> used = new HashSet<>(); // --standard X --standard X@V may name the same version: one verdict, not two alike
        List<String> notInForce = new ArrayList<>();
        for (String ref : refs) {
            Pack pack = inForce(file, ref, date);
            if (pack == null) {
                notInForce.add(ref);
                continue;
            }
            if (!used.add(pack.manifest().ref())) {
                continue;
            }
            if (!pack.files().containsKey(Pack.SEAL)) {
                drafts.add(pack.manifest().ref());
            }
            Ledger.Scored s = new Ledger.Scored(engine.score(inventory, inventorySha256, pack, detourFactor), inventory, pack,
                    new Overrides(detourFactor, noPlan));
            scored.add(noLedger ? s : s.prepared(canonical)); // a batch scores on every core: its ledger bytes are made there too
        }
        if (scored.isEmpty()) {
            throw new Batch.Refused(List.of(file + ": no standard is in force on " + date + ": " + notInForce.stream()
                    .map(id -> id + " " + packs.versions(id)).collect(Collectors.joining("; "))));
        }
        // a version of the same standard named outright may have been scored all the same: then nothing was left out
        notInForce.stream().filter(id -> used.stream().noneMatch(r -> r.startsWith(id + "@"))).forEach(id -> leftOut.add(id, file, date));
        return scored;
    }

    /**
     * The pack of {@code ref} in force on {@code date}; null where {@code all} brought the standard in and none of its
     * versions is in force then.
     */
    private Pack inForce(Path file, String ref, LocalDate date) throws PackException, Batch.Refused {
        if (onlyByAll.contains(ref)) {
            return packs.packInForce(ref, date).orElse(null);
        }
        try {
            return packs.pack(ref, date);
        } catch (PackRepository.NoSuchPackException e) {
            throw new Batch.Refused(List.of(file + ": " + e.naming("--standard")));
        }
    }

    /** The standards {@code all} left out for some files, one line each; then the drafts scored under, if any. */
    private void sayOnceAtTheEnd() {
        leftOut.notes(packs::versions).forEach(note -> err.println("quarterhour: " + note));
        synchronized (drafts) {
            if (!drafts.isEmpty()) {
                err.println("quarterhour: warning: scored under " + (drafts.size() == 1 ? "a draft, " : "drafts, ") + String.join(", ", drafts)
                        + " (no " + Pack.SEAL + "): not a released version; 'quarterhour pack seal DIR' releases one");
            }
        }
    }

    /** Appends verdicts to the ledger; a verdict that cannot be recorded is not printed either. */
    private boolean record(Ledger record, List<Ledger.Scored> scored) {
        try {
            record.append(scored);
            return true;
        } catch (LedgerException e) {
            err.println("quarterhour: cannot record the verdicts: " + e.getMessage());
            err.println("quarterhour: nothing was printed; fix the ledger, name another with --ledger DIR, or score with --no-ledger to try things out");
            return false;
        }
    }

    /**
     * Settles the standards of the run, and refuses (with the exit status; null where all is well) what would refuse
     * every inventory: a standard or version not there, a standard none of whose manifests can be read, a target no
     * standard can meet, a ledger folder that is not one.
     */
    private Integer refuseStandardsOrLedger(List<Target> goals) throws IOException {
        PackRepository repo = new PackRepository(context.rules(rules));
        packs = new Standards(repo);
        refs = standards.isEmpty() ? defaultStandard(repo) : packs.expand(standards);
        if (refs.isEmpty()) {
            return Main.BAD_INPUT;
        }
        List<String> unknown = refs.stream().map(repo::unknown).filter(Objects::nonNull).toList();
        if (!unknown.isEmpty()) {
            unknown.forEach(problem -> err.println("quarterhour: " + problem));
            return Main.BAD_INPUT;
        }
        acrossAll = standards.contains(Standards.ALL);
        if (acrossAll) {
            onlyByAll = refs.stream().filter(ref -> !standards.contains(ref)).collect(Collectors.toUnmodifiableSet());
        }
        if (!readablePacks(repo)) {
            return Main.BAD_PACK;
        }
        List<String> outcomes = outcomes(repo);
        List<Target> unreached = goals.stream().filter(t -> !outcomes.contains(t.outcome())).toList();
        if (!unreached.isEmpty()) {
            unreached.forEach(t -> err.println("quarterhour: --target " + t + ": no standard of this run has an outcome '" + t.outcome()
                    + "' (its outcomes: " + String.join(", ", outcomes) + ")"));
            return Main.BAD_INPUT;
        }
        String notLedger = noLedger ? null : ledgerProblem(context.ledger(ledger));
        if (notLedger != null) {
            err.println("quarterhour: " + notLedger);
            return Main.BAD_INPUT;
        }
        return null;
    }

    /**
     * What is wrong with a single run's {@code --out}, or null; settles the format from the file's name where none is
     * given. Overwriting the inventory being scored, or writing text into a file named .xlsx, would lose work silently.
     */
    private String outMisuse() {
        Formats named = outPath == null ? null : Formats.byExtension(outPath);
        if (format == null) {
            format = named != null ? named : Formats.table;
        } else if (named == Formats.xlsx && format != Formats.xlsx) {
            return "--out " + outPath + " names a workbook, but --format " + format + " writes text: use --format xlsx, or leave --format out";
        }
        if (outPath == null || isStandardOutput(outPath)) {
            return null;
        }
        Object out = identity(outPath);
        for (Path file : files) {
            if (identity(file).equals(out)) {
                return "--out " + outPath + " is the inventory being scored, which the output would overwrite: name another file";
            }
        }
        return OutputFile.unwritable(outPath, "--out " + outPath);
    }

    /** What is wrong with a batch's {@code --out}, or null: a batch writes a folder of files. */
    private String batchOutMisuse() {
        if (isStandardOutput(outPath)) {
            return "a batch (a folder or several inventories) writes a folder of verdicts: --out - is for one inventory; name a folder";
        }
        if (Files.exists(outPath) && !Files.isDirectory(outPath)) {
            return "--out " + outPath + " is a file; a batch (a folder or several inventories) writes a folder of verdicts: name a folder";
        }
        String unwritable = OutputFile.unwritable(outPath, "--out " + outPath);
        if (unwritable != null) {
            return unwritable;
        }
        if (format == null) {
            format = Formats.json;
        }
        return null;
    }

    /**
     * What names a file whichever path reaches it (a link, another spelling, a hard link): the file system's key for it
     * where it has one, one stat a file; else the path as written, made absolute.
     */
    private static Object identity(Path file) {
        try {
            Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            if (key != null) {
                return key;
            }
        } catch (IOException e) {
            // a file that cannot be read is refused when it is read, under the name given
        }
        return file.toAbsolutePath().normalize();
    }

    /**
     * The files with each one named once, whatever paths reach it ({@link #identity}); each repeat is said and left out,
     * else the ledger would record a file twice and a batch write its verdict twice.
     */
    private List<Path> namedOnce(List<Path> named) {
        Set<Object> seen = new HashSet<>();
        List<Path> once = new ArrayList<>();
        for (Path file : named) {
            if (seen.add(identity(file))) {
                once.add(file);
            } else {
                err.println("quarterhour: " + file + " is named twice; scored once");
            }
        }
        return once;
    }

    private static boolean isStandardOutput(Path out) {
        return out.toString().equals("-");
    }

    /**
     * Reports version folders whose manifest cannot be read: a broken pack where it leaves a standard of the run with no
     * version at all (false), else a warning that it is left out of choosing the version in force. A run across every
     * standard names each folder it leaves out.
     */
    private boolean readablePacks(PackRepository repo) {
        List<PackRepository.Entry> broken = new ArrayList<>();
        for (String ref : refs) {
            if (ref.contains("@")) {
                continue; // a version named outright is read, and any problem reported, when it is loaded
            }
            List<PackRepository.Entry> unreadable = repo.unreadable(ref);
            if (!unreadable.isEmpty() && repo.newest(ref).isEmpty()) {
                err.println("quarterhour: the rule pack cannot be used: no version of " + ref + " can be read:");
                unreadable.forEach(e -> err.println("  " + e.problem()));
                return false;
            }
            broken.addAll(unreadable);
        }
        if (acrossAll) {
            repo.list().stream().filter(e -> e.manifest() == null && !broken.contains(e)).forEach(broken::add);
        }
        broken.forEach(e -> err.println("quarterhour: warning: " + e.dir() + " is left out, its manifest cannot be read: " + e.problem()));
        return true;
    }

    /** Every outcome code the standards of the run have, in any of their versions (or the version named), sorted. */
    private List<String> outcomes(PackRepository repo) {
        SortedSet<String> codes = new TreeSet<>();
        refs.stream().flatMap(ref -> repo.manifests(ref).stream()).forEach(m -> m.outcomes().forEach(o -> codes.add(o.code())));
        return List.copyOf(codes);
    }

    /**
     * Why the ledger folder cannot be recorded to, or null: a file in its place; a folder inside another ledger (whose
     * verify would then fail); a folder that already holds other things (a folder of inventories, the current folder)
     * and so is not made a ledger by mistake; or this run's --out inside it.
     */
    private String ledgerProblem(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return "the ledger " + dir + " is a file, not a folder: name a folder with --ledger DIR (or --no-ledger)";
        }
        Path holder = Ledger.holding(dir);
        if (holder != null && !holder.equals(SystemPaths.physicalOrAsWritten(dir))) {
            return "the ledger " + dir + " would be inside the ledger at " + holder + ", which only its own appends write: name " + holder
                    + " itself, or a folder outside it";
        }
        if (Files.isDirectory(dir) && !Ledger.looksLikeOne(dir) && Ledger.holdsOtherThings(dir)) {
            return dir + " is not a ledger and is not empty: name a ledger, a new or an empty folder with --ledger DIR (or --no-ledger)";
        }
        if (outPath != null && !isStandardOutput(outPath)
                && SystemPaths.physicalOrAsWritten(outPath).startsWith(SystemPaths.physicalOrAsWritten(dir))) {
            return "--out " + outPath + " is in the ledger " + dir + " that this run records to, which only appends write: name a folder"
                    + " outside it";
        }
        return null;
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
        if (outPath == null || isStandardOutput(outPath)) {
            out.write(bytes);
            out.flush();
            return;
        }
        OutputFile.write(outPath, bytes);
    }
}
