package org.quarterhour.facts;

import java.math.BigDecimal;
import java.util.List;
import org.quarterhour.verdict.Evidence;

/**
 * A figure from the inventory, such as a floor area or a share; {@code value} is null where it was not recorded.
 * A share keeps its exact numerator and denominator: {@code value} is rounded to four decimals for showing, but
 * thresholds are compared with the exact fraction, so that 0.09999 is not taken for 10%.
 */
public record Measure(String what, BigDecimal value, BigDecimal numerator, BigDecimal denominator) {
    public Measure(String what, BigDecimal value) {
        this(what, value, null, null);
    }

    public boolean isRecorded() {
        return value != null;
    }

    public boolean atLeast(BigDecimal threshold) {
        if (value == null) {
            return false;
        }
        if (numerator != null && denominator != null) {
            return numerator.compareTo(threshold.multiply(denominator)) >= 0;
        }
        return value.compareTo(threshold) >= 0;
    }

    List<Evidence> evidence() {
        return List.of(Evidence.finding(what, value));
    }

    String describe() {
        String exact = numerator == null ? "" : " (" + numerator.stripTrailingZeros().toPlainString() + " / "
                + denominator.stripTrailingZeros().toPlainString() + ")";
        return what + " " + (value == null ? "not recorded" : value.stripTrailingZeros().toPlainString() + exact);
    }
}
