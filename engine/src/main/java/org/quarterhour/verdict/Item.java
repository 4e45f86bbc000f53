package org.quarterhour.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * One scoring item's result. {@code awarded}/{@code max} are null for an item decided by met/not met alone;
 * {@code met} is null for an item scored in points; {@code coverage} is the share of households covered where the
 * item rests on coverage. {@code applicable} is false where the rule found the item does not apply.
 */
@JsonPropertyOrder({"code", "name", "category", "max", "awarded", "coverage", "met", "applicable", "clause", "evidence", "reason"})
public record Item(String code, String name, String category, BigDecimal max, BigDecimal awarded, BigDecimal coverage,
        Boolean met, boolean applicable, String clause, List<Evidence> evidence, String reason) {
    public Item {
        evidence = List.copyOf(evidence);
    }

    /** Met for the purpose of a bar: met, not applicable, or (for a points item) full points. */
    public boolean countsAsMet() {
        if (!applicable) {
            return true;
        }
        if (met != null) {
            return met;
        }
        return awarded != null && max != null && awarded.compareTo(max) >= 0;
    }
}
