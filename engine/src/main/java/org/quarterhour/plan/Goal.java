package org.quarterhour.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.quarterhour.facts.Asked;
import org.quarterhour.pack.Manifest;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Item;

/**
 * One outcome to reach, and how far a trial is from it. The shortfall adds up every condition of the outcome the
 * trial misses: points below the total or a category minimum, and items not met where a category or the outcome needs
 * every item. It is zero exactly when the outcome's conditions all hold, so the category minimums come first by
 * construction: a point in a category below its minimum closes two gaps at once.
 */
final class Goal {
    /** How far from the goal: the shortfall, then the points of the items it rests on, then the uncovered compounds. */
    record Distance(BigDecimal shortfall, BigDecimal points, int uncovered) {
    }

    private final Manifest manifest;
    private final Manifest.Outcome target;

    Goal(Manifest manifest, Manifest.Outcome target) {
        this.manifest = manifest;
        this.target = target;
    }

    boolean reached(Trial trial) {
        return trial.outcome().rank() >= target.rank();
    }

    /** Whether the item bears on the goal: in a category it needs, named by it, or counted in a total it needs. */
    boolean bearsOn(Item item) {
        return target.categoriesMet().contains(item.category()) || target.itemsMet().contains(item.code())
                || (target.totalAtLeast() != null && item.max() != null);
    }

    private boolean short_(Item item) {
        return bearsOn(item) && item.applicable() && !item.countsAsMet();
    }

    Distance distance(Trial trial) {
        BigDecimal shortfall = BigDecimal.ZERO;
        if (target.totalAtLeast() != null) {
            shortfall = shortfall.add(below(trial.total(), target.totalAtLeast()));
        }
        for (String code : target.categoriesMet()) {
            CategoryResult result = trial.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
            Manifest.Category category = manifest.category(code);
            if (result == null || category == null) {
                continue;
            }
            if (category.minimum() != null) {
                shortfall = shortfall.add(below(result.awarded(), category.minimum()));
            }
            if (category.allMet()) {
                shortfall = shortfall.add(BigDecimal.valueOf(trial.items().stream()
                        .filter(i -> i.category().equals(code) && !i.countsAsMet()).count()));
            }
        }
        for (String code : target.itemsMet()) {
            if (trial.items().stream().noneMatch(i -> i.code().equals(code) && i.countsAsMet())) {
                shortfall = shortfall.add(BigDecimal.ONE);
            }
        }
        BigDecimal points = trial.items().stream().filter(this::bearsOn).map(Item::awarded).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int uncovered = trial.items().stream().filter(this::short_)
                .mapToInt(i -> trial.asked(i.code()).stream().mapToInt(a -> a.uncovered().size()).sum()).sum();
        return new Distance(shortfall, points, uncovered);
    }

    private static BigDecimal below(BigDecimal have, BigDecimal need) {
        BigDecimal h = have == null ? BigDecimal.ZERO : have;
        return h.compareTo(need) >= 0 ? BigDecimal.ZERO : need.subtract(h);
    }

    /**
     * Every facility that could help: each type a short item asks for, at each compound it misses. Types asked by
     * exactly the same questions (邮政快递 or 快件箱, where nothing else asks for either) would gain exactly the same,
     * so only the first of them is a candidate.
     */
    Set<Placement> candidates(Trial trial) {
        return candidates(trial, representatives(trial));
    }

    private Set<Placement> candidates(Trial trial, Set<String> types) {
        Set<Placement> placements = new TreeSet<>();
        for (Item item : trial.items()) {
            if (short_(item)) {
                for (Asked asked : trial.asked(item.code())) {
                    asked.types().stream().filter(types::contains)
                            .forEach(t -> asked.uncovered().forEach(c -> placements.add(new Placement(t, c))));
                }
            }
        }
        return placements;
    }

    /**
     * The moves a greedy step may make: each candidate alone, and each type at every compound an item misses
     * (全覆盖 items gain nothing until the last compound is reached, so they are tried whole as well).
     */
    List<List<Placement>> moves(Trial trial) {
        Set<String> types = representatives(trial);
        Set<List<Placement>> moves = new LinkedHashSet<>();
        candidates(trial, types).forEach(p -> moves.add(List.of(p)));
        for (Item item : trial.items()) {
            if (short_(item)) {
                for (Asked asked : trial.asked(item.code())) {
                    if (asked.uncovered().size() > 1) {
                        asked.types().stream().filter(types::contains)
                                .forEach(t -> moves.add(asked.uncovered().stream().map(c -> new Placement(t, c)).sorted().toList()));
                    }
                }
            }
        }
        return new ArrayList<>(moves);
    }

    /** Of the types the short items ask for, the first (by code) of each group asked by the same questions. */
    private Set<String> representatives(Trial trial) {
        Map<String, Set<String>> questionsByType = new TreeMap<>();
        for (Item item : trial.items()) {
            if (short_(item)) {
                List<Asked> asked = trial.asked(item.code());
                for (int i = 0; i < asked.size(); i++) {
                    String question = item.code() + "#" + i;
                    asked.get(i).types().forEach(t -> questionsByType.computeIfAbsent(t, k -> new TreeSet<>()).add(question));
                }
            }
        }
        Map<Set<String>, String> first = new LinkedHashMap<>();
        questionsByType.forEach((type, questions) -> first.putIfAbsent(questions, type));
        return new TreeSet<>(first.values());
    }
}
