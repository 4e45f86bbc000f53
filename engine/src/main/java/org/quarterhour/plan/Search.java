package org.quarterhour.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.quarterhour.pack.PackException;

/**
 * Finds the facilities that reach one goal from a starting point: greedily, by what each move gains per facility;
 * then drops every facility the goal does not need; then, where the candidates are few enough, tries every smaller
 * set, so that the answer is proven the fewest.
 */
final class Search {
    /** At most this many trials for the proof of one step (all sets smaller than the greedy answer). */
    static final long EXHAUSTIVE_TRIALS = 600;

    record Result(boolean reached, List<Placement> placements, Trial trial, boolean proven) {
    }

    private final Trials trials;
    private final Budget budget;

    Search(Trials trials, Budget budget) {
        this.trials = trials;
        this.budget = budget;
    }

    Result run(Goal goal, List<Placement> start, Trial startTrial) throws PackException {
        if (goal.reached(startTrial)) {
            return new Result(true, List.of(), startTrial, true);
        }
        Result greedy = greedy(goal, start, startTrial);
        if (!greedy.reached()) {
            return greedy;
        }
        Result pruned = prune(goal, start, greedy);
        return prove(goal, start, startTrial, pruned);
    }

    /** Adds, one move at a time, the move that gains most per facility, until the goal is reached or nothing gains. */
    private Result greedy(Goal goal, List<Placement> start, Trial startTrial) throws PackException {
        BestMove best = new BestMove(trials, budget);
        Map<List<Placement>, Gain> earlier = new HashMap<>();
        List<Placement> chosen = new ArrayList<>();
        Trial trial = startTrial;
        while (!goal.reached(trial)) {
            BestMove.Found found = best.find(goal, Placement.plus(start, chosen), trial, goal.moves(trial), earlier, true);
            if (found.move() == null) {
                return new Result(false, chosen, trial, false);
            }
            chosen.addAll(found.move());
            trial = found.trial();
        }
        return new Result(true, chosen, trial, false);
    }

    /** Drops, last chosen first, every facility without which the goal is still reached. */
    private Result prune(Goal goal, List<Placement> start, Result greedy) throws PackException {
        List<Placement> kept = new ArrayList<>(greedy.placements());
        Trial trial = greedy.trial();
        for (int i = kept.size() - 1; i >= 0 && kept.size() > 1; i--) {
            List<Placement> without = new ArrayList<>(kept);
            without.remove(i);
            if (!budget.take()) {
                break;
            }
            Trial t = Placement.score(trials, Placement.plus(start, without));
            if (goal.reached(t)) {
                kept = without;
                trial = t;
            }
        }
        return new Result(true, kept, trial, false);
    }

    /**
     * Tries every set of candidates smaller than the answer, smallest first; the first size that reaches the goal
     * replaces the answer (its set with the most points, then the first in order). Skipped where it would cost too much.
     */
    private Result prove(Goal goal, List<Placement> start, Trial startTrial, Result answer) throws PackException {
        int k = answer.placements().size();
        if (k <= 1) {
            return new Result(true, answer.placements(), answer.trial(), true);
        }
        TreeSet<Placement> pool = new TreeSet<>(goal.candidates(startTrial));
        pool.addAll(answer.placements());
        List<Placement> candidates = List.copyOf(pool);
        long cost = 0;
        for (int j = 1; j < k; j++) {
            cost = Math.min(Long.MAX_VALUE / 2, cost + binomial(candidates.size(), j));
        }
        if (cost > Math.min(EXHAUSTIVE_TRIALS, budget.left())) {
            return answer;
        }
        for (int j = 1; j < k; j++) {
            Result best = null;
            for (int[] combo = first(j); combo != null; combo = next(combo, candidates.size())) {
                budget.take();
                List<Placement> set = new ArrayList<>();
                for (int index : combo) {
                    set.add(candidates.get(index));
                }
                Trial t = Placement.score(trials, Placement.plus(start, set));
                if (goal.reached(t) && (best == null
                        || goal.distance(t).points().compareTo(goal.distance(best.trial()).points()) > 0)) {
                    best = new Result(true, set, t, true);
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new Result(true, answer.placements(), answer.trial(), true);
    }

    static long binomial(int n, int k) {
        long r = 1;
        for (int i = 1; i <= k; i++) {
            r = r * (n - k + i) / i;
            if (r > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return r;
    }

    private static int[] first(int size) {
        int[] combo = new int[size];
        for (int i = 0; i < size; i++) {
            combo[i] = i;
        }
        return combo;
    }

    /** The next combination in lexicographic order, or null after the last; null at once where n < size. */
    private static int[] next(int[] combo, int n) {
        int size = combo.length;
        if (size > n) {
            return null;
        }
        int i = size - 1;
        while (i >= 0 && combo[i] == n - size + i) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        int[] out = combo.clone();
        out[i]++;
        for (int j = i + 1; j < size; j++) {
            out[j] = out[j - 1] + 1;
        }
        return out;
    }
}
