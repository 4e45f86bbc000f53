package org.quarterhour.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.quarterhour.facts.Asked;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Outcome;

/**
 * One scoring of an inventory, real or hypothetical, before it becomes a verdict: the items, categories, total and
 * outcome, and for each item code the coverage questions its award asked.
 */
public record Trial(List<Item> items, List<CategoryResult> categories, BigDecimal total, Outcome outcome,
        Map<String, List<Asked>> asked) {
    public Trial {
        items = List.copyOf(items);
        categories = List.copyOf(categories);
        asked = Map.copyOf(asked);
    }

    public List<Asked> asked(String item) {
        return asked.getOrDefault(item, List.of());
    }

    /** How many items count as met (met, not applicable, or at full points). */
    public int itemsMet() {
        return (int) items.stream().filter(Item::countsAsMet).count();
    }
}
