package org.quarterhour.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.quarterhour.Engine;
import org.quarterhour.HangjinOracle;
import org.quarterhour.batch.VerdictFiles;
import org.quarterhour.cli.Main;
import org.quarterhour.eval.PackCache;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.verdict.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code quarterhour bench}: measures what issue "fast enough to forget" asks and prints the figures, with the
 * machine's cores and the JVM. No figure here is asserted anywhere: a shared machine's timings are for reading.
 */
public final class Bench {
    /** Timed rounds of each in-memory rate, after one warm-up pass over (at most) the first 3,000 communities. */
    private static final int ROUNDS = 5;
    private final Path home;
    private final int communities;
    private final int threads;
    /** A pack cache of the bench's own, so the figures are those of the executable model, as the command line runs it. */
    private final Path packCache;
    private final Engine engine;
    private final InventoryReader reader = new InventoryReader(Vocabulary.bundled());

    private Bench(Path home, int communities, int threads) throws IOException {
        this.home = home;
        this.packCache = Files.createTempDirectory("quarterhour-bench-packs");
        this.engine = new Engine(Vocabulary.bundled(), Clock.systemUTC(), new PackCache(packCache));
        this.communities = communities;
        this.threads = threads;
    }

    private int streamed = 2_000;
    private int coldRuns = 5;
    /** More JVMs to time cold starts on, as the launcher would run them with {@code QUARTERHOUR_JAVA}. */
    private final List<String> alsoJava = new ArrayList<>();

    /** What the command line may set: how many communities to generate and stream, and which other JVMs to time. */
    @Command(name = "quarterhour bench", sortOptions = false, usageHelpAutoWidth = true,
            description = {"Generates realistic inventories, checks Drools against the hand-written scorer, and prints the speed "
                    + "and memory figures of the performance issue with this machine's cores and JVM (see bench/README.md). "
                    + "It takes minutes: it writes tens of thousands of files to the temporary folder and removes them."})
    static final class Options {
        @Option(names = "--communities", paramLabel = "N", description = "inventories generated and scored in memory; "
                + "up to 5,000 of them are also scored from files (default: ${DEFAULT-VALUE})")
        int communities = 10_000;

        @Option(names = "--stream", paramLabel = "N", description = "communities streamed through 'score DIR' in 512 MiB, "
                + "the first 20,000 of them again in 48 MiB (default: ${DEFAULT-VALUE})")
        int stream = 2_000;

        @Option(names = "--also-java", paramLabel = "JAVA", description = "another java to time the cold starts on, "
                + "as QUARTERHOUR_JAVA would run it; repeatable")
        List<String> alsoJava = new ArrayList<>();

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "shows this help and exits")
        boolean help;

        /** What is wrong with values picocli accepted, or null. */
        String problem() {
            if (communities < 1) {
                return "--communities: expected at least 1, found " + communities;
            }
            if (stream < 1) {
                return "--stream: expected at least 1, found " + stream;
            }
            for (String java : alsoJava) {
                if (!runnable(java)) {
                    return "--also-java: no java to run at " + java;
                }
            }
            return null;
        }
    }

    /** The options {@code args} give, or null where they ask for help (printed); refuses what cannot be run. */
    static Options parse(String[] args, PrintStream out) {
        Options options = new Options();
        CommandLine command = new CommandLine(options);
        command.parseArgs(args);
        if (command.isUsageHelpRequested()) {
            command.usage(out);
            return null;
        }
        String problem = options.problem();
        if (problem != null) {
            throw new ParameterException(command, problem);
        }
        return options;
    }

    /** Whether a program can be started as {@code java}: a path that is executable, or a bare name found on the PATH. */
    static boolean runnable(String program) {
        Path path = Path.of(program);
        if (path.isAbsolute() || path.getNameCount() > 1) {
            return Files.isExecutable(path);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args, System.out);
        } catch (ParameterException e) {
            System.err.println("quarterhour bench: " + e.getMessage());
            System.err.println("see 'quarterhour bench --help'");
            System.exit(2);
            return;
        }
        if (options == null) {
            return;
        }
        Path home = Path.of(System.getProperty("quarterhour.home", ".")).toAbsolutePath().normalize();
        Bench bench = new Bench(home, options.communities, Runtime.getRuntime().availableProcessors());
        bench.streamed = options.stream;
        bench.alsoJava.addAll(options.alsoJava);
        try {
            bench.run();
        } finally {
            delete(bench.packCache);
        }
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "quarterhour bench — %d cores, %s %s, max heap %d MiB, collectors: %s%n", threads,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                String.join(", ", ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()));
        Pack hangjin = PackReader.read(new PackRepository(home.resolve("rules")).locate("hangjin-banner@2023.12", java.time.LocalDate.now()));
        List<String> yaml = new ArrayList<>();
        List<Inventory> inventories = new ArrayList<>();
        for (int i = 0; i < communities; i++) {
            String text = Communities.yaml(i);
            yaml.add(text);
            inventories.add(reader.parse(text.getBytes(StandardCharsets.UTF_8), "bench-" + i));
        }
        System.out.printf(Locale.ROOT, "%d generated inventories (5 compounds, 60 facilities, ~%d KB each)%n", communities,
                yaml.get(0).length() / 1024);
        long compileStart = System.nanoTime();
        engine.compile(hangjin);
        System.out.printf(Locale.ROOT, "compile the Hangjin pack to the executable model (DRL, once per pack change): %.2f s%n",
                (System.nanoTime() - compileStart) / 1e9);

        checkAgreement(inventories, hangjin);
        Engine verdicts = engine.withoutPlans();
        for (int t : List.of(1, threads)) {
            double points = rate(inventories, t, inv -> verdicts.points(inv, hangjin));
            double java = rate(inventories, t, HangjinOracle::score);
            double full = rate(inventories, t, inv -> verdicts.score(inv, hangjin));
            System.out.printf(Locale.ROOT, "in memory, %d thread%s: points and outcome: Drools %,.0f communities/s, hand-written Java %,.0f/s (Drools takes %.2fx the time); whole verdict (evidence, reasons, ids; no plan) %,.0f/s%n",
                    t, t == 1 ? "" : "s", points, java, java / points, full);
        }
        // the same communities with every point given in WGS-84: what the GCJ-02/BD-09 inverse (usually 5 or 6 rounds,
        // never more than 8, of 14 fdlibm calls a point, kept exact for replays) costs of the figure above
        List<Inventory> wgs84 = new ArrayList<>();
        for (int i = 0; i < communities; i++) {
            String text = yaml.get(i).replace("crs: gcj02\n", "crs: wgs84\n").replace(", crs: bd09", "");
            wgs84.add(reader.parse(text.getBytes(StandardCharsets.UTF_8), "bench-wgs84-" + i));
        }
        System.out.printf(Locale.ROOT, "in memory, %d threads, points and outcome, the same communities with their points given in WGS-84 (no China-offset inverse): %,.0f/s%n",
                threads, rate(wgs84, threads, inv -> verdicts.points(inv, hangjin)));
        wgs84.clear();
        List<Inventory> few = inventories.subList(0, Math.min(1_000, inventories.size()));
        long runs = org.quarterhour.eval.Evaluator.runs();
        double planned = rate(few, threads, inv -> engine.score(inv, hangjin));
        double trials = (org.quarterhour.eval.Evaluator.runs() - runs) / ((1.0 + ROUNDS) * few.size()) - 1; // warm-up and rounds; minus the real scoring
        System.out.printf(Locale.ROOT, "in memory, %d threads, whole verdict with the gap plan: %,.0f communities/s (%.0f what-if scorings per plan)%n",
                threads, planned, trials);
        endToEnd(yaml, hangjin);
        cli(yaml);
    }

    /** The command line as users run it: cold starts, a batch with and without the ledger, and a long stream in 512 MiB. */
    private void cli(List<String> yaml) throws Exception {
        Path launcher = home.resolve("quarterhour");
        Path dir = Files.createTempDirectory("quarterhour-cli-bench");
        try {
            Path one = dir.resolve("one.yaml");
            Files.writeString(one, yaml.get(0));
            Path cache = dir.resolve("cache");
            List<String> cold = List.of(launcher.toString(), "score", one.toString(), "--standard", "hangjin-banner", "--format", "json",
                    "--no-ledger");
            run(cold, cache, Map.of()); // the first run after a pack change compiles and fills the cache
            List<String> jvms = new ArrayList<>();
            jvms.add(null); // the launcher's own choice
            jvms.addAll(alsoJava);
            for (String jvm : jvms) {
                Map<String, String> env = jvm == null ? Map.of() : Map.of("QUARTERHOUR_JAVA", jvm);
                run(cold, cache, env); // the launcher's first run on a JVM makes that JVM's start-up archive
                for (boolean plan : List.of(true, false)) {
                    List<String> command = new ArrayList<>(cold);
                    if (!plan) {
                        command.add("--no-plan");
                    }
                    List<Double> walls = new ArrayList<>();
                    for (int i = 0; i < coldRuns; i++) {
                        walls.add(run(command, cache, env));
                    }
                    Collections.sort(walls);
                    System.out.printf(Locale.ROOT, "cold start, a fresh JVM per run, pack cached: score ONE.yaml --format json%s%s: median %.2f s of %d runs (%.2f .. %.2f)%n",
                            plan ? "" : " --no-plan", jvm == null ? "" : " on " + jvm, walls.get(walls.size() / 2), walls.size(), walls.get(0),
                            walls.get(walls.size() - 1));
                }
            }
            int n = Math.min(1_000, yaml.size());
            Path inputs = Files.createDirectories(dir.resolve("batch"));
            for (int i = 0; i < n; i++) {
                Files.writeString(inputs.resolve("c" + i + ".yaml"), yaml.get(i));
            }
            for (boolean plan : List.of(false, true)) {
                int files = plan ? Math.min(n, 200) : n;
                Path from = plan ? Files.createDirectories(dir.resolve("batch-plan")) : inputs;
                for (int i = 0; plan && i < files; i++) {
                    Files.writeString(from.resolve("c" + i + ".yaml"), yaml.get(i));
                }
                List<String> batch = new ArrayList<>(List.of(launcher.toString(), "score", from.toString(), "--standard", "hangjin-banner"));
                if (!plan) {
                    batch.add("--no-plan");
                }
                // off and on in turns, three rounds, each into a new folder and a new ledger: the disk's mood changes by the minute
                List<Double> off = new ArrayList<>();
                List<Double> on = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    off.add(run(with(batch, "--out", dir.resolve("out-off-" + plan + round).toString(), "--no-ledger"), cache, Map.of()));
                    on.add(run(with(batch, "--out", dir.resolve("out-on-" + plan + round).toString(), "--ledger",
                            dir.resolve("ledger-" + plan + round).toString()), cache, Map.of()));
                }
                Collections.sort(off);
                Collections.sort(on);
                System.out.printf(Locale.ROOT, "score DIR of %,d files%s, medians of 3 runs each: ledger off %.1f s (%.1f .. %.1f), ledger on %.1f s (%.1f .. %.1f): %.2fx%n",
                        files, plan ? " (with the plan)" : " --no-plan", off.get(1), off.get(0), off.get(2), on.get(1), on.get(0), on.get(2),
                        on.get(1) / off.get(1));
            }
            stream(launcher, dir, cache);
        } finally {
            delete(dir);
        }
    }

    private static List<String> with(List<String> command, String... more) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * A long stream of files through {@code score DIR --no-plan} in 512 MiB; the JVM's GC log gives the heap still in
     * use after each collection, compared between the first and the last fifth of its collections. In 512 MiB no full
     * collection is needed, so that figure includes old-generation garbage not yet collected; the first 20,000
     * files again in 48 MiB force full collections, whose live heap is what a run really keeps.
     */
    private void stream(Path launcher, Path dir, Path cache) throws Exception {
        Path stream = Files.createDirectories(dir.resolve("stream"));
        Path small = Files.createDirectories(dir.resolve("stream-small"));
        int smallFiles = Math.min(streamed, 20_000);
        for (int i = 0; i < streamed; i++) {
            Path file = stream.resolve(String.format(Locale.ROOT, "s%07d.yaml", i));
            Files.writeString(file, Communities.yaml(1_000_000L + i));
            if (i < smallFiles) {
                Files.createLink(small.resolve(file.getFileName()), file);
            }
        }
        Heap large = streamed(launcher, stream, dir.resolve("out-stream"), cache, "512m", dir.resolve("gc.log"), "Pause");
        System.out.printf(Locale.ROOT, "%,d communities streamed through score DIR --no-plan with -Xmx512m: %.1f s (%,.0f/s), no out-of-memory; %s%n",
                streamed, large.wall(), streamed / large.wall(), large.describe("heap in use after GC", "collections, " + large.full() + " of them full"));
        Heap tight = streamed(launcher, small, dir.resolve("out-small"), cache, "48m", dir.resolve("gc-small.log"), "Pause Full");
        System.out.printf(Locale.ROOT, "the first %,d of them again with -Xmx48m: %.1f s, no out-of-memory; %s%n",
                smallFiles, tight.wall(), tight.describe("live heap after full collections", "full collections"));
    }

    private record Heap(double wall, double early, double late, int collections, long full) {
        /** The heap after the collections counted, first fifth against last; a short stream may have needed none. */
        String describe(String what, String counted) {
            if (collections == 0) {
                return "no " + (counted.startsWith("full") ? "full collection" : "collection") + " was needed";
            }
            return String.format(Locale.ROOT, "%s, at most: %.0f MiB in the first fifth, %.0f MiB in the last (%d %s)", what, early, late,
                    collections, counted);
        }
    }

    /** One {@code score DIR --no-plan} in {@code heap}; the heap after the collections whose log line has {@code pause}. */
    private static Heap streamed(Path launcher, Path in, Path out, Path cache, String heap, Path gc, String pause) throws Exception {
        double wall = run(List.of(launcher.toString(), "score", in.toString(), "--standard", "hangjin-banner", "--no-plan", "--out",
                Files.createDirectories(out).toString(), "--no-ledger"), cache,
                Map.of("QUARTERHOUR_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx" + heap + " -Xlog:gc:file=" + gc));
        java.util.regex.Pattern after = java.util.regex.Pattern.compile(pause + ".*->([0-9]+)M\\(");
        List<String> log = Files.readAllLines(gc);
        List<Double> points = new ArrayList<>();
        for (String line : log) {
            var m = after.matcher(line);
            if (m.find()) {
                points.add(Double.parseDouble(m.group(1)));
            }
        }
        int fifth = Math.max(1, points.size() / 5); // the first and the last fifth of the collections, at least one each
        double early = points.stream().limit(fifth).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        double late = points.stream().skip(Math.max(0, points.size() - fifth)).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        long full = log.stream().filter(l -> l.contains("Pause Full")).count();
        return new Heap(wall, early, late, points.size(), full);
    }

    /** Runs a command with {@code env} added to its environment to the end and returns its wall time; fails loudly if it fails. */
    private static double run(List<String> command, Path cache, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("QUARTERHOUR_CACHE", cache.toString());
        pb.environment().putAll(env);
        long start = System.nanoTime();
        int status = pb.start().waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + status);
        }
        return wall;
    }

    /** Every benchmark community gets the same item points from Drools (verdict and points alone) and the hand-written scorer. */
    private void checkAgreement(List<Inventory> inventories, Pack pack) throws Exception {
        int checked = Math.min(2_000, inventories.size());
        Engine verdicts = engine.withoutPlans();
        for (int i = 0; i < checked; i++) {
            Verdict v = verdicts.score(inventories.get(i), pack);
            var points = verdicts.points(inventories.get(i), pack);
            var oracle = HangjinOracle.score(inventories.get(i));
            for (int k = 0; k < v.items().size(); k++) {
                var item = v.items().get(k);
                if (oracle.get(item.code()).compareTo(item.awarded()) != 0 || points.items().get(k).awarded().compareTo(item.awarded()) != 0) {
                    throw new IllegalStateException("Drools and the hand-written scorer disagree on " + item.code() + " of community " + i);
                }
            }
            if (!points.outcome().code().equals(v.outcome().code())) {
                throw new IllegalStateException("points alone and the verdict disagree on the outcome of community " + i);
            }
        }
        System.out.printf(Locale.ROOT, "Drools and the hand-written scorer agree item by item on %,d communities%n", checked);
    }

    /** What is done to each item measured: an inventory in memory, or a file on disk. */
    interface Work<T> {
        Object apply(T item) throws Exception;
    }

    /** Communities per second over all inventories on {@code t} threads, after a warm-up pass: the median of {@value #ROUNDS} rounds. */
    private double rate(List<Inventory> inventories, int t, Work<Inventory> work) throws Exception {
        run(inventories.subList(0, Math.min(3_000, inventories.size())), t, work);
        List<Double> rates = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            run(inventories, t, work);
            rates.add(inventories.size() / ((System.nanoTime() - start) / 1e9));
        }
        Collections.sort(rates);
        return rates.get(rates.size() / 2);
    }

    /** Does {@code work} to every item on {@code t} threads, each taking the next item not yet taken. */
    private static <T> void run(List<T> items, int t, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(t);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Object>> done = new ArrayList<>();
            for (int i = 0; i < t; i++) {
                done.add(pool.submit(() -> {
                    for (int k = next.getAndIncrement(); k < items.size(); k = next.getAndIncrement()) {
                        work.apply(items.get(k));
                    }
                    return null;
                }));
            }
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Files on disk to verdict JSON files, beside parsing the same files alone, both on all cores. */
    private void endToEnd(List<String> yaml, Pack pack) throws Exception {
        int n = Math.min(5_000, yaml.size());
        Path dir = Files.createTempDirectory("quarterhour-bench");
        Path out = Files.createDirectories(dir.resolve("verdicts"));
        Path inputs = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path f = inputs.resolve("c" + i + ".yaml");
            Files.writeString(f, yaml.get(i));
            files.add(f);
        }
        List<Double> parse = new ArrayList<>();
        List<Double> points = new ArrayList<>();
        List<Double> full = new ArrayList<>();
        List<Double> unwritten = new ArrayList<>();
        List<Double> command = new ArrayList<>();
        List<Double> creating = new ArrayList<>();
        Engine verdicts = engine.withoutPlans();
        // one real verdict's bytes, written to as many new files as the command writes, the way it writes them: what the
        // file system alone costs a one-file-per-verdict output, with nothing read or scored
        byte[] sample = Json.prettyBytes(verdicts.score(reader.read(files.get(0), files.get(0).toString()), pack));
        // the command itself, in this JVM: its batch reads, scores and renders on every core and writes the verdict files
        // on threads of its own, then the roll-up (summary.json and summary.xlsx)
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("QUARTERHOUR_CACHE", packCache.toString());
        Main.Context context = Main.Context.fromEnvironment(env, Clock.systemUTC());
        for (int round = 0; round < 3; round++) {
            parse.add(time(files, p -> reader.read(p, p.toString())));
            points.add(time(files, p -> {
                var t = verdicts.points(reader.read(p, p.toString()), pack);
                Files.writeString(out.resolve(p.getFileName().toString().replace(".yaml", ".txt")), t.outcome().code() + " " + t.total() + "\n");
                return t;
            }));
            full.add(time(files, p -> {
                Verdict v = verdicts.score(reader.read(p, p.toString()), pack);
                Files.write(out.resolve(p.getFileName().toString().replace(".yaml", ".json")), Json.prettyBytes(v));
                return v;
            }));
            // the same work with nothing written: what the target leaves for the file system once the rest is paid
            unwritten.add(time(files, p -> Json.prettyBytes(verdicts.score(reader.read(p, p.toString()), pack))));
            Path floor = Files.createDirectories(dir.resolve("files-" + round));
            creating.add(time(files, p -> {
                VerdictFiles.write(floor.resolve(p.getFileName().toString().replace(".yaml", ".json")), sample);
                return null;
            }));
            Path batchOut = dir.resolve("command-" + round);
            long start = System.nanoTime();
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            int status = Main.run(context, quiet, quiet, "score", inputs.toString(), "--standard", "hangjin-banner", "--no-plan",
                    "--no-ledger", "--out", batchOut.toString());
            command.add((System.nanoTime() - start) / 1e9);
            if (status != Main.OK) {
                throw new IllegalStateException("score DIR exited " + status);
            }
        }
        Collections.sort(parse);
        Collections.sort(points);
        Collections.sort(full);
        Collections.sort(unwritten);
        Collections.sort(command);
        Collections.sort(creating);
        System.out.printf(Locale.ROOT, "files on disk, %d threads, %,d files: parse only %.2f s (%,.0f/s); parse + points + write outcome %.2f s: %.2fx parsing; parse + whole verdict (no plan) + write verdict JSON %.2f s (%,.0f/s): %.2fx parsing%n",
                threads, n, parse.get(1), n / parse.get(1), points.get(1), points.get(1) / parse.get(1), full.get(1), n / full.get(1),
                full.get(1) / parse.get(1));
        System.out.printf(Locale.ROOT, "files on disk, the same %,d files read, whole verdict (no plan) scored and its JSON made, no file written: %.2f s: %.2fx parsing%n",
                n, unwritten.get(1), unwritten.get(1) / parse.get(1));
        System.out.printf(Locale.ROOT, "files on disk, the same %,d files through score DIR --no-plan --no-ledger in this JVM (verdict files, summary.json and summary.xlsx): %.2f s (%,.0f/s): %.2fx parsing%n",
                n, command.get(1), n / command.get(1), command.get(1) / parse.get(1));
        System.out.printf(Locale.ROOT, "files on disk, only creating %,d files of one verdict's %,d bytes each, as score DIR writes them (staged, then renamed), nothing read or scored: %.2f s: %.2fx parsing%n",
                n, sample.length, creating.get(1), creating.get(1) / parse.get(1));
        delete(dir);
    }

    /** Removes a temporary folder and everything in it. */
    private static void delete(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Seconds to do {@code work} to every file on all cores. */
    private double time(List<Path> files, Work<Path> work) throws Exception {
        long start = System.nanoTime();
        run(files, threads, work);
        return (System.nanoTime() - start) / 1e9;
    }
}
