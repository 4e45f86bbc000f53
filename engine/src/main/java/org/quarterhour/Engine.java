package org.quarterhour;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.quarterhour.eval.CompiledPack;
import org.quarterhour.eval.Evaluator;
import org.quarterhour.eval.ItemSpec;
import org.quarterhour.eval.PackCache;
import org.quarterhour.eval.PackCompiler;
import org.quarterhour.facts.Asked;
import org.quarterhour.facts.Award;
import org.quarterhour.facts.Community;
import org.quarterhour.inventory.CanonicalInventory;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.Problem;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.plan.Gaps;
import org.quarterhour.plan.Planner;
import org.quarterhour.plan.Trial;
import org.quarterhour.plan.Trials;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Grading;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Plan;
import org.quarterhour.verdict.Verdict;

/**
 * The one entry point: compiles packs (once each, by content hash) and scores inventories into verdicts.
 * Thread-safe; one engine serves a whole batch.
 */
public final class Engine {
    private final Vocabulary vocabulary;
    private final Clock clock;
    private final Map<String, CompiledPack> compiled;
    private final PackCache cache;
    private final boolean planning;

    /** An engine that compiles packs from DRL in memory for each process. */
    public Engine(Vocabulary vocabulary, Clock clock) {
        this(vocabulary, clock, null);
    }

    /** An engine that keeps compiled packs in {@code cache} (null for none), so later processes need not compile. */
    public Engine(Vocabulary vocabulary, Clock clock, PackCache cache) {
        this(vocabulary, clock, cache, new ConcurrentHashMap<>(), true);
    }

    private Engine(Vocabulary vocabulary, Clock clock, PackCache cache, Map<String, CompiledPack> compiled, boolean planning) {
        this.vocabulary = vocabulary;
        this.clock = clock;
        this.cache = cache;
        this.compiled = compiled;
        this.planning = planning;
    }

    /**
     * This engine (sharing its compiled packs) without the gap plan: its verdicts have {@code plan} null whatever the
     * outcome. For callers that need only the points — a pack's test cases, checks that re-score many what-ifs —
     * since planning re-scores the community up to {@link Planner#MAX_TRIALS} times.
     */
    public Engine withoutPlans() {
        return new Engine(vocabulary, clock, cache, compiled, false);
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    private static final String VERSION = readVersion();

    /** The engine's version, as recorded in every verdict. */
    public static String version() {
        return VERSION;
    }

    /** Read once: every verdict and every cache key asks for it. */
    private static String readVersion() {
        Properties p = new Properties();
        try (InputStream in = Engine.class.getResourceAsStream("engine.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // fall through to "unknown"
        }
        return p.getProperty("version", "unknown");
    }

    /** The compiled form of a pack, compiled on first use and reused while its content is unchanged. */
    public CompiledPack compile(Pack pack) throws PackException {
        String sha = pack.sha256();
        CompiledPack cached = compiled.get(sha);
        if (cached == null) {
            synchronized (compiled) { // threads of a batch wait for the first to compile rather than compiling twice
                cached = compiled.get(sha);
                if (cached == null) {
                    cached = cache == null ? PackCompiler.compile(pack) : PackCompiler.compile(pack, cache);
                    compiled.put(sha, cached);
                }
            }
        }
        return cached;
    }

    /** Scores with the pack's own detour factor. */
    public Verdict score(Inventory inventory, Pack pack) throws PackException {
        return score(inventory, pack, null);
    }

    /** Scores; {@code detourFactor} overrides the pack's when not null. */
    public Verdict score(Inventory inventory, Pack pack, BigDecimal detourFactor) throws PackException {
        return score(inventory, CanonicalInventory.sha256(inventory), pack, detourFactor);
    }

    /**
     * Scores an inventory whose fingerprint the caller has made already ({@link CanonicalInventory#sha256} or
     * {@link CanonicalInventory#bytes}), as a file scored under several standards, or recorded, has it made once.
     */
    public Verdict score(Inventory inventory, String inventorySha256, Pack pack, BigDecimal detourFactor) throws PackException {
        CompiledPack compiledPack = compile(pack);
        Manifest manifest = pack.manifest();
        BigDecimal detour = detourFactor != null ? detourFactor : manifest.detourFactor();
        Community community = community(inventory, manifest, detour);
        Trial trial = trial(compiledPack, community, true);
        Trials whatIf = added -> trial(compiledPack, community.plus(added), false);
        Plan plan = planning ? new Planner(manifest, vocabulary, whatIf).plan(trial) : null;
        Verdict verdict = new Verdict(Verdict.SCHEMA, null,
                new Verdict.CommunityRef(inventory.community().id(), inventory.community().name()),
                new Verdict.StandardRef(manifest.id(), manifest.version(), manifest.title(), compiledPack.sha256()),
                new Verdict.EngineRef(version()),
                inventorySha256,
                new Verdict.InspectionRef(inventory.inspection().date() == null ? null : inventory.inspection().date().toString(),
                        inventory.inspection().inspector()),
                new Verdict.Parameters(manifest.radiusM(), detour.stripTrailingZeros()),
                trial.items(), trial.categories(), trial.total(), manifest.total(), trial.outcome(), Gaps.of(trial, inventory), plan,
                null);
        String id = "sha256:" + Json.sha256(verdict);
        return verdict.withIdentity(id, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * The points alone: items, categories, total and outcome as {@link #score} finds them, without evidence, reasons,
     * hashes or plan — what a re-count of many communities needs to know first (who passes), and what the benchmark
     * weighs the rules by.
     */
    public Trial points(Inventory inventory, Pack pack) throws PackException {
        return trial(compile(pack), community(inventory, pack.manifest(), pack.manifest().detourFactor()), false);
    }

    /** The community as the pack's rules see it: reaches within the pack's radius, distances estimated with {@code detour}. */
    private Community community(Inventory inventory, Manifest manifest, BigDecimal detour) {
        return Community.of(inventory, vocabulary, manifest.radiusM(), detour);
    }

    /**
     * One scoring without the verdict around it: what the planner re-runs for every hypothetical inventory. Unless
     * {@code explained}, items carry no evidence and no reason (a what-if needs only the points).
     */
    private static Trial trial(CompiledPack compiledPack, Community community, boolean explained) throws PackException {
        Manifest manifest = compiledPack.pack().manifest();
        Map<String, Award> awards = Evaluator.run(compiledPack, community);
        List<Item> items = items(compiledPack, awards, explained);
        Grading grading = new Grading(manifest);
        List<CategoryResult> categories = grading.categories(items);
        Map<String, List<Asked>> asked = new HashMap<>();
        awards.forEach((code, award) -> asked.put(code, award.asked()));
        return new Trial(items, categories, Grading.sum(items), grading.outcome(items, categories), asked);
    }

    private static List<Item> items(CompiledPack pack, Map<String, Award> awards, boolean explained) throws PackException {
        List<Item> items = new ArrayList<>(pack.items().size());
        List<Problem> problems = new ArrayList<>();
        for (ItemSpec spec : pack.items()) {
            Award award = awards.get(spec.code());
            if (award == null) {
                BigDecimal zero = spec.points() == null ? null : BigDecimal.ZERO.setScale(1);
                Boolean met = spec.points() == null ? Boolean.FALSE : null;
                items.add(new Item(spec.code(), spec.name(), spec.category(), spec.points(), zero, null, met, true,
                        spec.clause(), List.of(), "the rule's conditions did not hold, so nothing is awarded"));
                continue;
            }
            BigDecimal awarded;
            try {
                awarded = award.awarded(spec.points());
            } catch (RuntimeException e) {
                problems.add(new Problem(pack.pack().location(), 0, 0, "rule \"" + spec.rule() + "\"",
                        "cannot score item " + spec.code() + ": " + e.getMessage()));
                continue;
            }
            if (awarded != null && (awarded.signum() < 0 || awarded.compareTo(spec.points()) > 0)) {
                problems.add(new Problem(pack.pack().location(), 0, 0, "rule \"" + spec.rule() + "\"",
                        "item " + spec.code() + " awarded " + awarded.toPlainString() + ", outside 0.." + spec.points().toPlainString()));
                continue;
            }
            Boolean met = award.met();
            if (met == null && !award.isNotApplicable() && spec.points() == null) {
                problems.add(new Problem(pack.pack().location(), 0, 0, "rule \"" + spec.rule() + "\"",
                        "item " + spec.code() + " has no @points, so it must be decided met or not (Award.everyCompound, Award.met, ...)"));
                continue;
            }
            items.add(new Item(spec.code(), spec.name(), spec.category(), spec.points(), awarded, award.coverageShare(),
                    met, !award.isNotApplicable(), spec.clause(), explained ? award.evidence() : List.of(),
                    explained ? award.reason() : ""));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return items;
    }
}
