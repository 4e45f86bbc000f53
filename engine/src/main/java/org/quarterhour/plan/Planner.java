package org.quarterhour.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.PackException;
import org.quarterhour.verdict.Outcome;
import org.quarterhour.verdict.Plan;

/**
 * The gap plan (what would lift the grade): for the next outcome up and the one after, the fewest facilities — each a
 * type a short item asks for, placed at a compound's gate — that reach it. It works for any pack because it only
 * re-scores hypothetical inventories with the same compiled pack; nothing in it knows a standard.
 */
public final class Planner {
    /** At most this many trial scorings per plan (a trial costs well under a millisecond). */
    public static final int MAX_TRIALS = 4000;
    /** How many outcomes up a plan looks: the next one, and the one after. */
    static final int STEPS = 2;

    private final Manifest manifest;
    private final Vocabulary vocabulary;
    private final Trials trials;

    public Planner(Manifest manifest, Vocabulary vocabulary, Trials trials) {
        this.manifest = manifest;
        this.vocabulary = vocabulary;
        this.trials = remembered(trials);
    }

    /**
     * The same what-ifs come up more than once in a plan (the greedy rounds, the pruning and the proof try overlapping
     * sets): each distinct set of additions is scored once. The order of additions cannot change a trial (each is a
     * distinct type at a compound, at 0 m, and a trial carries no evidence), so the key is the sorted ids.
     */
    private static Trials remembered(Trials trials) {
        Map<List<String>, Trial> seen = new HashMap<>();
        return added -> {
            List<String> key = added.stream().map(Facility::id).sorted().toList();
            Trial known = seen.get(key);
            if (known == null) {
                known = trials.score(added);
                seen.put(key, known);
            }
            return known;
        };
    }

    /** The plan from the inventory's own scoring, or null where it is at the top outcome. */
    public Plan plan(Trial trial) throws PackException {
        List<Manifest.Outcome> ladder = manifest.ladder();
        List<Manifest.Outcome> above = ladder.stream().filter(o -> o.rank() > trial.outcome().rank()).limit(STEPS).toList();
        if (above.isEmpty()) {
            return null;
        }
        Budget budget = new Budget(MAX_TRIALS);
        Search search = new Search(trials, budget);
        Additions additions = new Additions(trials, vocabulary);
        List<Plan.Step> steps = new ArrayList<>();
        List<Placement> current = List.of();
        Trial now = trial;
        for (Manifest.Outcome target : above) {
            Goal goal = new Goal(manifest, target);
            Search.Result result = search.run(goal, current, now);
            List<String> remaining = new ArrayList<>();
            if (!result.reached()) {
                if (budget.spent()) {
                    remaining.add("the search stopped after " + MAX_TRIALS + " trial scorings; the additions above get closest");
                }
                remaining.addAll(result.trial().outcome().reasons());
            }
            steps.add(new Plan.Step(ref(target), result.reached(), result.placements().size(),
                    additions.describe(goal, current, now, result.placements()), ref(result.trial().outcome()),
                    result.trial().total(), result.proven() ? Plan.EXHAUSTIVE : Plan.GREEDY, remaining));
            if (!result.reached()) {
                break;
            }
            current = Placement.plus(current, result.placements());
            now = result.trial();
        }
        return new Plan(steps);
    }

    private static Plan.OutcomeRef ref(Manifest.Outcome o) {
        return new Plan.OutcomeRef(o.code(), o.label(), o.rank());
    }

    private static Plan.OutcomeRef ref(Outcome o) {
        return new Plan.OutcomeRef(o.code(), o.label(), o.rank());
    }
}
