package org.quarterhour.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryFiles;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.report.Formats;
import org.quarterhour.verdict.Verdict;

/**
 * Scores many inventories into a folder: for each file, read it, score it under every standard of the run, write each
 * verdict (and its map, if asked), add it to the roll-up and forget it — so memory does not grow with the number of
 * communities. Reading and scoring run on every core, a small window of files at a time; recording and the roll-up
 * follow in file order, so the output does not depend on the threads. The verdict files of each group are written by
 * a few threads of their own while the next group is recorded: creating a file is mostly waiting on the file system
 * (its journal), which one thread would do one file after another. A file that cannot be read or scored is reported
 * and skipped; a broken pack stops the run.
 */
public final class Batch {
    /** Files read and scored at once per thread: enough to keep the cores busy, few enough to keep memory flat. */
    private static final int WINDOW_PER_THREAD = 8;
    /**
     * Threads that write verdict files. They wait on the disk rather than compute, so there are more of them than
     * cores: on this project's machine a new file took from 0.2 to over 1 ms to create, write and rename into place,
     * most of it waiting for the journal, where a community takes about 1 ms of one core to read and score.
     */
    private static final int WRITERS = 4;

    /**
     * Scores one inventory under every standard of the run; {@link Refused} where it cannot be (no version in force).
     * Called from several threads at once.
     */
    @FunctionalInterface
    public interface Scorer {
        List<Ledger.Scored> score(Path file, Inventory inventory) throws PackException, Refused;
    }

    /**
     * Hears of inventories' verdicts in file order, before they are written (e.g. to record them in a ledger), several
     * files at a time, so that a ledger appends them at once (one lock, one round of syncs).
     * {@link Refused} refuses every file of the call; none of them is written.
     */
    @FunctionalInterface
    public interface Recorder {
        void record(List<Ready> ready) throws Refused;

        Recorder NONE = ready -> { };
    }

    /** One file's verdicts, ready to be recorded and written. */
    public record Ready(Path file, List<Ledger.Scored> scored) {
    }

    /** One input that cannot be scored, with every reason. */
    public static final class Refused extends Exception {
        private final List<String> messages;

        public Refused(List<String> messages) {
            super(String.join("; ", messages));
            this.messages = List.copyOf(messages);
        }

        public List<String> messages() {
            return messages;
        }
    }

    /** Hears of every input skipped, as it happens, and of what the roll-up took from the folder besides the run. */
    @FunctionalInterface
    public interface Listener {
        void refused(Path file, List<String> messages);

        /**
         * Hears, once the run is done, what summary.json took from its folder {@code dir} besides the run's own verdicts
         * or left out. Unless told otherwise it is told as a refusal is (printed the same way); it counts as none.
         */
        default void noted(Path dir, List<String> messages) {
            refused(dir, messages);
        }
    }

    /**
     * How many inputs were skipped, how many verdict files of earlier runs the roll-up took from the folder besides
     * this run's, and the roll-up written to summary.json (null where nothing was written).
     */
    public record Result(int refused, int earlier, Summary summary) {
    }

    private final InventoryFiles reader;
    private final Scorer scorer;
    private final Recorder recorder;
    private final Vocabulary vocabulary;
    private final int threads;

    public Batch(InventoryFiles reader, Scorer scorer, Recorder recorder, Vocabulary vocabulary, int threads) {
        this.reader = reader;
        this.scorer = scorer;
        this.recorder = recorder;
        this.vocabulary = vocabulary;
        this.threads = Math.max(1, threads);
    }

    /** What reading and scoring one file gave: its inventory and verdicts, rendered, or why it was refused. */
    private record Done(Path file, Inventory inventory, List<Ledger.Scored> scored, List<Rendered> rendered, List<String> refused) {
    }

    /**
     * One verdict as written: its JSON, the parts of it the roll-up reads ({@link Rollup#tree}), and its map or filled
     * sheet (null unless asked).
     */
    private record Rendered(String stem, byte[] json, JsonNode rolledUp, byte[] beside) {
    }

    /** Reads, scores and renders one file: the work that runs on every core. */
    private Done work(Path file, Formats beside) throws PackException, IOException {
        try {
            Inventory inventory = reader.read(file, file.toString());
            List<Ledger.Scored> scored = scorer.score(file, inventory);
            List<Rendered> rendered = new ArrayList<>();
            for (Ledger.Scored s : scored) {
                rendered.add(render(s.verdict(), inventory, beside));
            }
            return new Done(file, inventory, scored, rendered, null);
        } catch (InvalidInputException e) {
            return new Done(file, null, List.of(), List.of(), e.problems().stream().map(Object::toString).toList());
        } catch (Refused e) {
            return new Done(file, null, List.of(), List.of(), e.messages());
        }
    }

    /**
     * Scores {@code files} into {@code out} (created if missing): one {@code <community>.<standard>@<version>.json} per
     * verdict, beside it its map ({@code .html}) or filled sheet ({@code .xlsx}) when {@code beside} is
     * {@link Formats#html} or {@link Formats#xlsx} — and no other: a map or sheet an earlier run left beside the verdict
     * it replaces is removed ({@link VerdictFiles#writeVerdict}) — and summary.json and summary.xlsx. Files are read, scored and
     * rendered on every core, a bounded window ahead of the one being written, which is always the next in order.
     * Where every file is refused, nothing is written (an earlier run's summary there stays as it was) and the result
     * has no summary. Else the summary rolls up every verdict file in {@code out} once the run is done, the very roll-up
     * {@code report out} rebuilds: this run's verdicts as they were written, and those earlier runs left there read back
     * one at a time ({@link VerdictsReadBack#addEarlier}), which the listener hears of; {@code inRules} gives the
     * manifests of their standards that this run did not score, from the rules folder, as {@code report} looks them up.
     */
    public Result run(List<Path> files, Path out, Formats beside, List<Target> targets, ManifestLookup inRules, Progress progress,
            Listener listener) throws PackException, IOException {
        boolean created = !Files.exists(out);
        Files.createDirectories(out);
        int verdicts = 0;
        Rollup rollup = new Rollup(vocabulary);
        Written written = new Written();
        Written wrote = new Written(); // the verdict files this run has written (a refused group claims names but writes none)
        Map<String, Manifest> manifests = new HashMap<>(); // of the standard versions scored: a few
        Set<String> lossy = new HashSet<>(); // file names some community's id was changed to make
        progress.start(files.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        Writing writing = Writing.NONE;
        try {
            int window = threads * WINDOW_PER_THREAD;
            Deque<Future<Done>> ahead = new ArrayDeque<>();
            Iterator<Path> unstarted = files.iterator();
            Runnable fill = () -> {
                while (unstarted.hasNext() && ahead.size() < window) {
                    Path next = unstarted.next();
                    ahead.add(pool.submit(() -> work(next, beside)));
                }
            };
            fill.run();
            while (!ahead.isEmpty()) {
                // the next files in order, half a window of them, so that a ledger appends them at once; then the window
                // is filled again before they are recorded and written, so the workers do not wait for the writer
                List<Done> group = new ArrayList<>();
                do {
                    group.add(await(ahead.poll()));
                } while (!ahead.isEmpty() && group.size() < window / 2);
                fill.run();
                List<Ready> ready = new ArrayList<>();
                List<Done> accepted = new ArrayList<>();
                for (Done done : group) {
                    Path file = done.file();
                    try {
                        if (done.refused() != null) {
                            throw new Refused(done.refused());
                        }
                        for (int k = 0; k < done.rendered().size(); k++) {
                            String stem = done.rendered().get(k).stem();
                            if (written.contains(stem)) {
                                Verdict v = done.scored().get(k).verdict();
                                throw new Refused(List.of(file + ": community " + v.community().id() + " under " + v.standard().ref()
                                        + (lossy.contains(stem) || !lossless(stem, v)
                                        ? ": its verdict file " + stem + ".json was already written by this run, for it or for a community"
                                                + " whose id differs only in characters a file name cannot hold; not written twice"
                                        : " was already scored from another file of this run; not written twice")));
                            }
                        }
                        for (int k = 0; k < done.rendered().size(); k++) {
                            String stem = done.rendered().get(k).stem();
                            written.add(stem);
                            if (!lossless(stem, done.scored().get(k).verdict())) {
                                lossy.add(stem); // few: ids with '/' and the like
                            }
                        }
                        ready.add(new Ready(file, done.scored()));
                        accepted.add(done);
                    } catch (Refused e) {
                        rollup.refuse();
                        listener.refused(file, e.messages());
                        progress.advance(String.valueOf(file.getFileName()));
                    }
                }
                try {
                    if (!ready.isEmpty()) {
                        recorder.record(ready);
                    }
                } catch (Refused e) {
                    for (Ready r : ready) {
                        rollup.refuse();
                        listener.refused(r.file(), List.of(r.file() + ": " + String.join("; ", e.messages())));
                        progress.advance(String.valueOf(r.file().getFileName()));
                    }
                    continue;
                }
                // the group before this one has been writing while this one was recorded; at most one group writes at once
                writing.finish(progress);
                List<Future<?>> writes = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (Done done : accepted) {
                    for (int k = 0; k < done.rendered().size(); k++) {
                        Rendered r = done.rendered().get(k);
                        writes.add(writers.submit(() -> {
                            VerdictFiles.writeVerdict(out, r.stem(), r.json(), beside, r.beside());
                            return null;
                        }));
                        verdicts++;
                        wrote.add(r.stem());
                        Pack pack = done.scored().get(k).pack();
                        rollup.add(r.rolledUp(), pack.manifest());
                        manifests.putIfAbsent(pack.manifest().id() + "@" + pack.manifest().version(), pack.manifest());
                    }
                    labels.add(done.inventory().community().name());
                }
                writing = new Writing(writes, labels);
            }
            writing.finish(progress);
        } finally {
            pool.shutdownNow();
            writers.shutdownNow();
            settle(writers);
        }
        progress.finish();
        if (verdicts == 0) {
            if (created) {
                Files.deleteIfExists(out); // made by this run, and nothing went into it
            }
            return new Result(rollup.refused(), 0, null);
        }
        int earlier = VerdictsReadBack.addEarlier(rollup, out, wrote, (id, version) -> {
            Manifest scored = manifests.get(id + "@" + version);
            return scored != null ? scored : inRules.find(id, version);
        }, listener);
        if (earlier > 0) {
            listener.noted(out, List.of("quarterhour: " + VerdictFiles.SUMMARY + " rolls up every verdict in " + out + ": " + verdicts
                    + " written by this run and " + earlier + " left there by earlier runs (score into an empty folder for a roll-up"
                    + " of this run alone)"));
        }
        Summary summary = rollup.summary(targets);
        writeSummary(out, summary);
        return new Result(rollup.refused(), earlier, summary);
    }

    /** Refuses a roll-up's folder in a ledger (the command says so first): a ledger is written by appends alone. */
    private static void refuseLedger(Path out) {
        Path ledger = out == null ? null : Ledger.holding(out);
        if (ledger != null) {
            throw new IllegalArgumentException(out + " is in the ledger at " + ledger + ", which is never written to");
        }
    }

    /**
     * Whether a report's roll-up is written: it holds a verdict and every target names an outcome it has (what the
     * roll-up is for is known only once the verdicts are read; a refused report leaves an earlier summary as it was).
     */
    private static boolean worthWriting(Summary summary, List<Target> targets) {
        return summary.communities() > 0 && unknownTargets(summary, targets).isEmpty();
    }

    /** Whether a verdict's file name is its community id and standard as they are, no character replaced. */
    private static boolean lossless(String stem, Verdict v) {
        return stem.equals(v.community().id() + "." + v.standard().ref());
    }

    /**
     * Waits for writes still running when a run stops early (each is whole or not at all, and cleans up after itself),
     * so that nothing is written after the run has returned.
     */
    private static void settle(ExecutorService writers) {
        boolean interrupted = false;
        while (true) {
            try {
                if (writers.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** One group's verdict files being written, and the inputs to count as done once they are. */
    private record Writing(List<Future<?>> files, List<String> labels) {
        static final Writing NONE = new Writing(List.of(), List.of());

        /** Waits until every file is written (a failure stops the run, as it would have written by itself). */
        void finish(Progress progress) throws PackException, IOException {
            for (Future<?> file : files) {
                await(file);
            }
            labels.forEach(progress::advance);
        }
    }

    private static <T> T await(Future<T> future) throws PackException, IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PackException p) {
                throw p;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A verdict's file, the parts of it the roll-up reads (as report reads them from the file), and its map or filled
     * sheet when asked.
     */
    private static Rendered render(Verdict verdict, Inventory inventory, Formats beside) throws IOException {
        byte[] json = Json.prettyBytes(verdict);
        byte[] more = null;
        if (beside != null) {
            Map<String, Inventory> at = new HashMap<>();
            at.put(verdict.inventorySha256(), inventory);
            more = beside.render(List.of(verdict), at);
        }
        return new Rendered(VerdictFiles.stem(verdict), json, Rollup.tree(verdict), more);
    }

    /**
     * Rebuilds the roll-up from verdict files already written (every *.json of {@code dir} but summary.json) and
     * writes summary.json and summary.xlsx to {@code out} (which may be {@code dir}; created if missing). Files that are
     * not verdicts are reported and counted as refused. Nothing is written where no file is a verdict or a target names
     * an outcome no standard of the verdicts has ({@link #unknownTargets}): what the roll-up is for is known only once
     * the verdicts are read, and a refused report leaves the summary there as it was.
     */
    public static Result report(Path dir, Path out, List<Target> targets, Vocabulary vocabulary, ManifestLookup manifests,
            Listener listener) throws IOException {
        refuseLedger(out);
        Rollup rollup = new Rollup(vocabulary);
        for (Path file : VerdictFiles.in(dir)) {
            try {
                VerdictsReadBack.add(rollup, file, manifests);
            } catch (IOException | IllegalArgumentException e) {
                rollup.refuse();
                listener.refused(file, List.of(VerdictsReadBack.why(file, e)));
            }
        }
        Summary summary = rollup.summary(targets);
        if (worthWriting(summary, targets)) {
            writeSummary(out, summary);
        }
        return new Result(rollup.refused(), 0, summary);
    }

    /**
     * Rebuilds the roll-up from a ledger: the latest recorded verdict of each community under each standard version,
     * with the manifest of the pack snapshot it was scored with (the record alone, never the rules folder). Writes
     * summary.json and summary.xlsx to {@code out} when it is not null, the ledger holds a verdict and every target
     * names an outcome of the roll-up; never writes to the ledger (an {@code out} inside one is refused), and never
     * rolls up a ledger whose entries and HEAD do not hold together ({@link Ledger#listing}): that is damage.
     */
    public static Result report(Ledger ledger, Path out, List<Target> targets, Vocabulary vocabulary)
            throws IOException, LedgerException, PackException {
        refuseLedger(out);
        Map<String, Entry> latest = new LinkedHashMap<>();
        for (Entry e : ledger.listing().whole()) {
            latest.put(e.community().id() + "\u0000" + e.standard().ref(), e);
        }
        Rollup rollup = new Rollup(vocabulary);
        for (Entry e : latest.values()) {
            rollup.add(Json.mapper().readTree(ledger.verdict(e)), ledger.pack(e).manifest());
        }
        Summary summary = rollup.summary(targets);
        if (out != null && worthWriting(summary, targets)) {
            writeSummary(out, summary);
        }
        return new Result(0, 0, summary);
    }

    /** The manifest of a standard version, where the rules folder still has it; null where not. */
    @FunctionalInterface
    public interface ManifestLookup {
        Manifest find(String id, String version);

        /**
         * The manifests of {@code RULES/<id>/<version>}, each read once; null for a version the folder does not have or
         * whose pack cannot be read. {@code report DIR} and a batch (for earlier runs' verdicts) look them up alike.
         */
        static ManifestLookup inRules(Path rules) {
            PackRepository repo = new PackRepository(rules);
            Map<String, Optional<Manifest>> found = new HashMap<>();
            return (id, version) -> found.computeIfAbsent(id + "@" + version, ref -> {
                try {
                    return Optional.of(PackReader.read(repo.locate(ref, LocalDate.EPOCH)).manifest()); // a version named: no date needed
                } catch (PackRepository.NoSuchPackException | PackException | RuntimeException e) {
                    return Optional.empty();
                }
            }).orElse(null);
        }
    }

    /** summary.json and summary.xlsx, each whole or not at all. */
    private static void writeSummary(Path dir, Summary summary) throws IOException {
        Files.createDirectories(dir); // report LEDGER --out DIR names a folder that need not exist yet
        VerdictFiles.write(dir.resolve(VerdictFiles.SUMMARY), Json.prettyBytes(summary));
        VerdictFiles.write(dir.resolve(SummaryWorkbook.FILE), SummaryWorkbook.write(summary));
    }

    /** The targets whose outcome no standard of a summary has. */
    public static List<Target> unknownTargets(Summary summary, List<Target> targets) {
        List<Target> unknown = new ArrayList<>();
        for (Target t : targets) {
            boolean known = summary.standards().stream().anyMatch(s -> s.outcomes().stream().anyMatch(o -> o.code().equals(t.outcome())));
            if (!known) {
                unknown.add(t);
            }
        }
        return unknown;
    }
}
