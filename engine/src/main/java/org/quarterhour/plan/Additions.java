package org.quarterhour.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.PackException;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Plan;

/**
 * Turns a step's facilities into what a reader acts on: one addition per facility type, ordered by what it gains per
 * facility, each with the items it lifts and its points — every figure measured by re-scoring, one addition at a time.
 */
final class Additions {
    private final Trials trials;
    private final Vocabulary vocabulary;

    Additions(Trials trials, Vocabulary vocabulary) {
        this.trials = trials;
        this.vocabulary = vocabulary;
    }

    List<Plan.Addition> describe(Goal goal, List<Placement> start, Trial startTrial, List<Placement> placements) throws PackException {
        Map<String, List<Placement>> byType = new TreeMap<>();
        placements.stream().sorted().forEach(p -> byType.computeIfAbsent(p.type(), t -> new ArrayList<>()).add(p));
        List<List<Placement>> left = new ArrayList<>(byType.values());
        List<Plan.Addition> additions = new ArrayList<>();
        BestMove best = new BestMove(trials, null);
        Map<List<Placement>, Gain> earlier = new HashMap<>();
        List<Placement> current = start;
        Trial trial = startTrial;
        while (!left.isEmpty()) {
            BestMove.Found found = best.find(goal, current, trial, left, earlier, false);
            left.remove(found.move());
            additions.add(addition(found.move(), trial, found.trial()));
            current = Placement.plus(current, found.move());
            trial = found.trial();
        }
        return additions;
    }

    private Plan.Addition addition(List<Placement> group, Trial before, Trial after) {
        String type = group.get(0).type();
        List<String> lifted = new ArrayList<>();
        for (int i = 0; i < before.items().size(); i++) {
            Item was = before.items().get(i);
            Item now = after.items().get(i);
            boolean morePoints = was.awarded() != null && now.awarded() != null && now.awarded().compareTo(was.awarded()) > 0;
            if (morePoints || (now.countsAsMet() && !was.countsAsMet())) {
                lifted.add(now.code());
            }
        }
        return new Plan.Addition(type, vocabulary.nameOf(type), group.stream().map(Placement::compound).toList(), lifted,
                before.total() == null || after.total() == null ? null : after.total().subtract(before.total()),
                after.itemsMet() - before.itemsMet());
    }
}
