package org.quarterhour.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Manifest;
import org.quarterhour.verdict.Verdict;

/**
 * Adds verdicts up, one at a time, into counters: what it keeps does not grow with the number of communities (only
 * with the standards, outcomes, categories and facility types). Verdicts come as JSON trees, so that a roll-up rebuilt
 * from verdict files and one made while scoring are the same computation.
 */
public final class Rollup {
    private final Vocabulary vocabulary;
    private final Map<String, Tally> tallies = new TreeMap<>();
    private int refused;

    public Rollup(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Adds one verdict; {@code manifest} (may be null) makes outcomes and categories no community reached show too. */
    public void add(JsonNode verdict, Manifest manifest) {
        if (!Verdict.SCHEMA.equals(verdict.path("schema").asText())) {
            throw new IllegalArgumentException("not a verdict: schema is '" + verdict.path("schema").asText() + "', expected "
                    + Verdict.SCHEMA);
        }
        JsonNode standard = verdict.path("standard");
        if (standard.path("id").asText().isEmpty() || verdict.path("outcome").path("code").asText().isEmpty()) {
            throw new IllegalArgumentException("not a verdict: it has no standard.id or outcome.code");
        }
        String key = standard.path("id").asText() + "@" + standard.path("version").asText();
        Tally tally = tallies.computeIfAbsent(key, k -> new Tally(new Summary.Ref(standard.path("id").asText(),
                standard.path("version").asText(), standard.path("title").asText())));
        if (manifest != null) {
            tally.learn(manifest);
        }
        tally.add(verdict);
    }

    /**
     * The parts of a verdict {@link #add} reads, as the tree reading its file back would give them — without writing
     * and parsing the whole verdict, evidence and all, once more for every community of a batch.
     */
    public static JsonNode tree(Verdict verdict) {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("schema", verdict.schema());
        parts.put("standard", verdict.standard());
        parts.put("outcome", verdict.outcome());
        parts.put("plan", verdict.plan());
        parts.put("categories", verdict.categories());
        parts.put("total", verdict.total());
        parts.put("gaps", verdict.gaps());
        return Json.mapper().valueToTree(parts);
    }

    /** Counts a file or inventory that could not be rolled up. */
    public void refuse() {
        refused++;
    }

    public int refused() {
        return refused;
    }

    public Summary summary(List<Target> targets) {
        List<Summary.PerStandard> parts = new ArrayList<>();
        int communities = 0;
        for (Tally t : tallies.values()) {
            parts.add(t.summary(targets, vocabulary));
            communities += t.communities;
        }
        return new Summary(Summary.SCHEMA, communities, refused, parts);
    }

    static BigDecimal share(long count, long of) {
        return of == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }

    /** The counters of one standard version. */
    private static final class Tally {
        private record Rung(String label, int rank) {
        }

        private record Bar(String name, int[] met) {
        }

        private static final class Spot {
            long households; // of the compounds whose inventory gives them
            int compounds;
            int withoutHouseholds; // compounds whose inventory gives no households: unknown, not none
            int communities;
        }

        private final Summary.Ref ref;
        private final Map<String, Rung> ladder = new TreeMap<>();
        private final Map<String, Integer> counts = new TreeMap<>();
        private final Map<String, Bar> bars = new java.util.LinkedHashMap<>();
        private final Map<List<String>, Spot> spots = new TreeMap<>(Comparator.comparing(Object::toString));
        private int communities;
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal min;
        private BigDecimal max;

        Tally(Summary.Ref ref) {
            this.ref = ref;
        }

        void learn(Manifest manifest) {
            manifest.outcomes().forEach(o -> ladder.putIfAbsent(o.code(), new Rung(o.label(), o.rank())));
            manifest.categories().stream().filter(Manifest.Category::hasBar)
                    .forEach(c -> bars.putIfAbsent(c.code(), new Bar(c.name(), new int[1])));
        }

        void add(JsonNode v) {
            communities++;
            JsonNode outcome = v.path("outcome");
            rung(outcome);
            counts.merge(outcome.path("code").asText(), 1, Integer::sum);
            for (JsonNode step : v.path("plan").path("steps")) {
                rung(step.path("target"));
                rung(step.path("reaches"));
            }
            for (JsonNode c : v.path("categories")) {
                if (c.hasNonNull("met")) {
                    Bar bar = bars.computeIfAbsent(c.path("code").asText(), k -> new Bar(c.path("name").asText(), new int[1]));
                    bar.met()[0] += c.path("met").asBoolean() ? 1 : 0;
                }
            }
            if (v.hasNonNull("total")) {
                BigDecimal total = v.path("total").decimalValue();
                total = total.setScale(Math.max(1, total.scale()), RoundingMode.UNNECESSARY);
                sum = sum.add(total);
                min = min == null || total.compareTo(min) < 0 ? total : min;
                max = max == null || total.compareTo(max) > 0 ? total : max;
            }
            gaps(v.path("gaps"));
        }

        private void rung(JsonNode o) {
            if (o.hasNonNull("code")) {
                ladder.putIfAbsent(o.path("code").asText(), new Rung(o.path("label").asText(), o.path("rank").asInt()));
            }
        }

        /**
         * One community's blind spots: each group of types once, over the union of the compounds it misses. A compound
         * whose households are null (the inventory gives none) is counted as such, never as 0 households.
         */
        private void gaps(JsonNode gaps) {
            Map<List<String>, Map<String, Long>> missed = new TreeMap<>(Comparator.comparing(Object::toString));
            for (JsonNode gap : gaps) {
                List<String> types = new ArrayList<>();
                gap.path("types").forEach(t -> types.add(t.asText()));
                types.sort(null);
                Map<String, Long> compounds = missed.computeIfAbsent(types, k -> new TreeMap<>());
                gap.path("compounds").forEach(c -> compounds.put(c.path("id").asText(),
                        c.path("households").isNumber() ? c.path("households").asLong() : null));
            }
            missed.forEach((types, compounds) -> {
                Spot spot = spots.computeIfAbsent(types, k -> new Spot());
                for (Long households : compounds.values()) {
                    if (households == null) {
                        spot.withoutHouseholds++;
                    } else {
                        spot.households += households;
                    }
                }
                spot.compounds += compounds.size();
                spot.communities++;
            });
        }

        Summary.PerStandard summary(List<Target> targets, Vocabulary vocabulary) {
            List<Map.Entry<String, Rung>> rungs = new ArrayList<>(ladder.entrySet());
            rungs.sort(Comparator.comparingInt((Map.Entry<String, Rung> e) -> e.getValue().rank()).reversed());
            List<Summary.OutcomeCount> outcomes = new ArrayList<>();
            int atLeast = 0;
            for (Map.Entry<String, Rung> e : rungs) {
                int count = counts.getOrDefault(e.getKey(), 0);
                atLeast += count;
                outcomes.add(new Summary.OutcomeCount(e.getKey(), e.getValue().label(), e.getValue().rank(), count,
                        share(count, communities), atLeast, share(atLeast, communities)));
            }
            List<Summary.CategoryCount> categories = new ArrayList<>();
            bars.forEach((code, bar) -> categories.add(new Summary.CategoryCount(code, bar.name(), bar.met()[0],
                    share(bar.met()[0], communities))));
            Summary.Totals totals = max == null ? null : new Summary.Totals(
                    sum.divide(BigDecimal.valueOf(communities), 1, RoundingMode.HALF_UP), min, max);
            List<Summary.BlindSpot> blind = new ArrayList<>();
            spots.forEach((types, s) -> blind.add(new Summary.BlindSpot(types,
                    String.join("/", types.stream().map(vocabulary::nameOf).toList()),
                    s.withoutHouseholds > 0 && s.withoutHouseholds == s.compounds ? null : s.households, s.compounds, s.withoutHouseholds, s.communities)));
            // by the households known: a blind spot whose households are unknown cannot be weighed, so its compounds rank it
            blind.sort(Comparator.comparingLong(Summary.BlindSpot::householdsKnown).reversed()
                    .thenComparing(Comparator.comparingInt(Summary.BlindSpot::compounds).reversed())
                    .thenComparing(b -> b.types().toString()));
            List<Summary.TargetResult> results = new ArrayList<>();
            for (Target t : targets) {
                Rung rung = ladder.get(t.outcome());
                if (rung != null) {
                    results.add(result(t, rung, outcomes));
                }
            }
            return new Summary.PerStandard(ref, communities, outcomes, categories, totals, blind, results);
        }

        private Summary.TargetResult result(Target t, Rung rung, List<Summary.OutcomeCount> outcomes) {
            int atLeast = outcomes.stream().filter(o -> o.rank() >= rung.rank()).mapToInt(Summary.OutcomeCount::count).sum();
            BigDecimal needed = t.percent().multiply(BigDecimal.valueOf(communities)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
            boolean met = BigDecimal.valueOf(atLeast).multiply(BigDecimal.valueOf(100))
                    .compareTo(t.percent().multiply(BigDecimal.valueOf(communities))) >= 0;
            return new Summary.TargetResult(t.toString(), t.outcome(), rung.label(), t.percent(), atLeast, share(atLeast, communities),
                    met, Math.max(0, needed.intValue() - atLeast));
        }
    }
}
