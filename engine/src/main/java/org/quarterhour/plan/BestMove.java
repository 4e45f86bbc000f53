package org.quarterhour.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarterhour.pack.PackException;

/**
 * Finds the move that gains most per facility, lazily. What a move gained when it was last measured bounds what it
 * can gain now (an addition makes no other worth more, except where an item is met only whole, and such items are
 * tried whole too), so moves are measured best-bound first and the search stops at the first move whose bound cannot
 * beat the best measured. Moves never measured come first.
 */
final class BestMove {
    /** The move chosen, what it gains, and the trial with it made; null move where nothing gains or the budget ran out. */
    record Found(List<Placement> move, Gain gain, Trial trial, boolean outOfBudget) {
    }

    private final Trials trials;
    private final Budget budget;

    BestMove(Trials trials, Budget budget) {
        this.trials = trials;
        this.budget = budget;
    }

    /**
     * Among {@code moves} from {@code base} (whose trial is {@code trial}), the best; {@code earlier} keeps each move's
     * last measured gain between calls. With {@code positiveOnly}, a move that gains nothing is never chosen.
     */
    Found find(Goal goal, List<Placement> base, Trial trial, List<List<Placement>> moves, Map<List<Placement>, Gain> earlier,
            boolean positiveOnly) throws PackException {
        Goal.Distance before = goal.distance(trial);
        List<List<Placement>> ordered = new ArrayList<>(moves);
        ordered.sort((a, b) -> byBound(earlier.get(a), earlier.get(b)));
        Found best = null;
        for (List<Placement> move : ordered) {
            Gain bound = earlier.get(move);
            if (best != null && bound != null && !bound.betterThan(best.gain())) {
                break;
            }
            if (budget != null && !budget.take()) {
                return new Found(null, null, trial, true);
            }
            Trial after = Placement.score(trials, Placement.plus(base, move));
            Gain gain = Gain.of(before, goal.distance(after), move.size());
            earlier.put(move, gain);
            if ((!positiveOnly || gain.positive()) && (best == null || gain.betterThan(best.gain()))) {
                best = new Found(move, gain, after, false);
            }
        }
        return best == null ? new Found(null, null, trial, false) : best;
    }

    /** Never measured first, then by the bound, best first; the sort is stable, so ties keep the moves' order. */
    private static int byBound(Gain a, Gain b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.betterThan(b) ? -1 : b.betterThan(a) ? 1 : 0;
    }
}
