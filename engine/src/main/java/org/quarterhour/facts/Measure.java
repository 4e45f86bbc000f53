package org.quarterhour.facts;

import java.math.BigDecimal;
import java.util.List;
import org.quarterhour.verdict.Evidence;

/** A figure from the inventory, such as a floor area or a share; {@code value} is null where it was not recorded. */
public record Measure(String what, BigDecimal value) {
    public boolean isRecorded() {
        return value != null;
    }

    public boolean atLeast(BigDecimal threshold) {
        return value != null && value.compareTo(threshold) >= 0;
    }

    List<Evidence> evidence() {
        return List.of(Evidence.finding(what, value));
    }

    String describe() {
        return what + " " + (value == null ? "not recorded" : value.stripTrailingZeros().toPlainString());
    }
}
