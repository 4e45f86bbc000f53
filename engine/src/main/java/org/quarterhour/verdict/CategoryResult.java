package org.quarterhour.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/** A category's subtotal against its bar; {@code met} is null where the category has no bar of its own. */
@JsonPropertyOrder({"code", "name", "max", "awarded", "minimum", "all_met", "met"})
public record CategoryResult(String code, String name, BigDecimal max, BigDecimal awarded, BigDecimal minimum,
        @com.fasterxml.jackson.annotation.JsonProperty("all_met") boolean allMet, Boolean met) {
}
