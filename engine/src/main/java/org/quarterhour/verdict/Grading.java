package org.quarterhour.verdict;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.quarterhour.pack.Manifest;

/**
 * Adds up the items into categories and a total, and decides the outcome from the pack's manifest: the highest-ranked
 * outcome all of whose conditions hold. The reasons are every condition of the next outcome up that does not hold.
 */
public final class Grading {
    private final Manifest manifest;
    private final List<Manifest.Outcome> ladder;

    public Grading(Manifest manifest) {
        this.manifest = manifest;
        this.ladder = manifest.ladder();
    }

    public List<CategoryResult> categories(List<Item> items) {
        List<CategoryResult> results = new ArrayList<>(manifest.categories().size());
        for (Manifest.Category c : manifest.categories()) {
            List<Item> in = new ArrayList<>();
            for (Item i : items) {
                if (i.category().equals(c.code())) {
                    in.add(i);
                }
            }
            BigDecimal awarded = sum(in);
            Boolean met = null;
            if (c.minimum() != null) {
                met = awarded != null && awarded.compareTo(c.minimum()) >= 0;
            }
            if (c.allMet()) {
                boolean all = true;
                for (Item i : in) {
                    all &= i.countsAsMet();
                }
                met = (met == null || met) && all;
            }
            results.add(new CategoryResult(c.code(), c.name(), c.points(), awarded, c.minimum(), c.allMet(), met));
        }
        return results;
    }

    /** The sum of the rounded item points, or null where no item is scored in points. */
    public static BigDecimal sum(List<Item> items) {
        BigDecimal sum = null;
        for (Item i : items) {
            if (i.awarded() != null) {
                sum = sum == null ? BigDecimal.ZERO.add(i.awarded()) : sum.add(i.awarded());
            }
        }
        return sum;
    }

    public Outcome outcome(List<Item> items, List<CategoryResult> categories) {
        BigDecimal total = sum(items);
        int reached = 0;
        for (int i = 0; i < ladder.size(); i++) {
            if (holds(ladder.get(i), total, items, categories)) {
                reached = i;
            }
        }
        Manifest.Outcome outcome = ladder.get(reached);
        List<String> reasons = reached + 1 < ladder.size() ? unmet(ladder.get(reached + 1), total, items, categories) : List.of();
        return new Outcome(outcome.code(), outcome.label(), outcome.rank(), reasons);
    }

    /** True where every condition of the outcome holds: {@link #unmet} is empty, found without writing its words. */
    private static boolean holds(Manifest.Outcome o, BigDecimal total, List<Item> items, List<CategoryResult> categories) {
        for (String code : o.categoriesMet()) {
            if (!met(category(categories, code))) {
                return false;
            }
        }
        for (String code : o.itemsMet()) {
            if (!met(item(items, code))) {
                return false;
            }
        }
        return totalMet(o, total);
    }

    /** Every condition of an outcome that does not hold, in plain words; empty where the outcome is reached. */
    private static List<String> unmet(Manifest.Outcome o, BigDecimal total, List<Item> items, List<CategoryResult> categories) {
        List<String> reasons = new ArrayList<>();
        for (String code : o.categoriesMet()) {
            CategoryResult c = category(categories, code);
            if (!met(c)) {
                reasons.add(categoryReason(c, code, items));
            }
        }
        for (String code : o.itemsMet()) {
            Item item = item(items, code);
            if (!met(item)) {
                reasons.add(code + " " + (item == null ? "(no such item)" : item.name()) + " not met (needed for " + o.label() + ")");
            }
        }
        if (!totalMet(o, total)) {
            BigDecimal have = total == null ? BigDecimal.ZERO : total;
            reasons.add("total " + have.toPlainString() + " < " + o.totalAtLeast().stripTrailingZeros().toPlainString()
                    + " (" + o.label() + "): " + o.totalAtLeast().subtract(have).setScale(1).toPlainString() + " points short");
        }
        return reasons;
    }

    private static CategoryResult category(List<CategoryResult> categories, String code) {
        for (CategoryResult c : categories) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        return null;
    }

    private static Item item(List<Item> items, String code) {
        for (Item i : items) {
            if (i.code().equals(code)) {
                return i;
            }
        }
        return null;
    }

    private static boolean met(CategoryResult c) {
        return c != null && Boolean.TRUE.equals(c.met());
    }

    private static boolean met(Item item) {
        return item != null && item.countsAsMet();
    }

    private static boolean totalMet(Manifest.Outcome o, BigDecimal total) {
        return o.totalAtLeast() == null || (total != null && total.compareTo(o.totalAtLeast()) >= 0);
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
