package org.quarterhour.facts;

import java.math.BigDecimal;
import org.quarterhour.verdict.Evidence;

/**
 * The nearest way one facility reaches one compound: through the compound's nearest gate (measured walk, else
 * estimated from coordinates), or because the facility serves the compound (at 0 m, no gate).
 */
public record Reach(String compound, String facility, String facilityName, String type, String gate,
        BigDecimal distanceM, boolean estimated, boolean serves) {

    /** Nearer first; at equal distance measured before estimated, then by facility id, so the choice is stable. */
    boolean nearerThan(Reach other) {
        int byDistance = distanceM.compareTo(other.distanceM);
        if (byDistance != 0) {
            return byDistance < 0;
        }
        if (estimated != other.estimated) {
            return !estimated;
        }
        return facility.compareTo(other.facility) < 0;
    }

    Evidence evidence() {
        return Evidence.reach(compound, facility, type, gate, distanceM, estimated, serves);
    }

    String describe() {
        String how = serves ? "serves it" : distanceM.stripTrailingZeros().toPlainString() + " m from gate " + gate
                + (estimated ? " (estimated)" : "");
        return facilityName + " (" + facility + ") " + how;
    }
}
