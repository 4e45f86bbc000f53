package org.quarterhour.verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.quarterhour.pack.Manifest;

/**
 * Adds up the items into categories and a total, and decides the outcome from the pack's manifest: the highest-ranked
 * outcome all of whose conditions hold. The reasons are every condition of the next outcome up that does not hold.
 */
public final class Grading {
    private final Manifest manifest;

    public Grading(Manifest manifest) {
        this.manifest = manifest;
    }

    public List<CategoryResult> categories(List<Item> items) {
        List<CategoryResult> results = new ArrayList<>();
        for (Manifest.Category c : manifest.categories()) {
            List<Item> in = items.stream().filter(i -> i.category().equals(c.code())).toList();
            BigDecimal awarded = sum(in);
            Boolean met = null;
            if (c.minimum() != null) {
                met = awarded != null && awarded.compareTo(c.minimum()) >= 0;
            }
            if (c.allMet()) {
                met = (met == null || met) && in.stream().allMatch(Item::countsAsMet);
            }
            results.add(new CategoryResult(c.code(), c.name(), c.points(), awarded, c.minimum(), c.allMet(), met));
        }
        return results;
    }

    /** The sum of the rounded item points, or null where no item is scored in points. */
    public static BigDecimal sum(List<Item> items) {
        List<BigDecimal> points = items.stream().map(Item::awarded).filter(Objects::nonNull).toList();
        return points.isEmpty() ? null : points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Outcome outcome(List<Item> items, List<CategoryResult> categories) {
        BigDecimal total = sum(items);
        List<Manifest.Outcome> ladder = manifest.outcomes().stream()
                .sorted(Comparator.comparingInt(Manifest.Outcome::rank)).toList();
        Manifest.Outcome reached = ladder.get(0);
        for (Manifest.Outcome o : ladder) {
            if (unmet(o, total, items, categories).isEmpty()) {
                reached = o;
            }
        }
        int next = ladder.indexOf(reached) + 1;
        List<String> reasons = next < ladder.size() ? unmet(ladder.get(next), total, items, categories) : List.of();
        return new Outcome(reached.code(), reached.label(), reached.rank(), reasons);
    }

    /** Every condition of an outcome that does not hold, in plain words; empty where the outcome is reached. */
    private List<String> unmet(Manifest.Outcome o, BigDecimal total, List<Item> items, List<CategoryResult> categories) {
        List<String> reasons = new ArrayList<>();
        for (String code : o.categoriesMet()) {
            CategoryResult c = categories.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
            if (c == null || !Boolean.TRUE.equals(c.met())) {
                reasons.add(categoryReason(c, code, items));
            }
        }
        for (String code : o.itemsMet()) {
            Item item = items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
            if (item == null || !item.countsAsMet()) {
                reasons.add(code + " " + (item == null ? "(no such item)" : item.name()) + " not met (needed for " + o.label() + ")");
            }
        }
        if (o.totalAtLeast() != null && (total == null || total.compareTo(o.totalAtLeast()) < 0)) {
            BigDecimal have = total == null ? BigDecimal.ZERO : total;
            reasons.add("total " + have.toPlainString() + " < " + o.totalAtLeast().stripTrailingZeros().toPlainString()
                    + " (" + o.label() + "): " + o.totalAtLeast().subtract(have).setScale(1).toPlainString() + " points short");
        }
        return reasons;
    }

    private static String categoryReason(CategoryResult c, String code, List<Item> items) {
        if (c == null) {
            return "category " + code + " is not in the pack";
        }
        if (c.minimum() != null && (c.awarded() == null || c.awarded().compareTo(c.minimum()) < 0)) {
            BigDecimal have = c.awarded() == null ? BigDecimal.ZERO : c.awarded();
            return c.name() + " " + have.toPlainString() + " < " + c.minimum().stripTrailingZeros().toPlainString();
        }
        List<String> unmet = items.stream().filter(i -> i.category().equals(code) && !i.countsAsMet())
                .map(i -> i.code() + " " + i.name()).toList();
        return c.name() + ": not every item met (" + String.join(", ", unmet) + ")";
    }
}
