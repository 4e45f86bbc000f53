package org.quarterhour.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * What an item's result rests on. A reach: which facility reaches which compound, from which gate, how far, and
 * whether the distance was measured or estimated from coordinates (or {@code serves} it, at 0 m). A finding: which
 * recorded finding or figure, and its value. Absent fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"compound", "facility", "type", "gate", "distance_m", "estimated", "serves", "finding", "value"})
public record Evidence(
        String compound,
        String facility,
        String type,
        String gate,
        @JsonProperty("distance_m") BigDecimal distanceM,
        Boolean estimated,
        Boolean serves,
        String finding,
        Object value) {

    public static Evidence reach(String compound, String facility, String type, String gate, BigDecimal distanceM,
            boolean estimated, boolean serves) {
        return new Evidence(compound, facility, type, gate, distanceM, estimated, serves ? Boolean.TRUE : null, null, null);
    }

    public static Evidence finding(String finding, Object value) {
        return new Evidence(null, null, null, null, null, null, null, finding, value);
    }
}
