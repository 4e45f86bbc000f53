package org.quarterhour.verdict;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A blind spot (设施盲区) of an item short of full marks: the facility types it asked for within a radius and the
 * compounds with residents that none of them reaches, with their households (null where the inventory gives none).
 */
@JsonPropertyOrder({"item", "types", "radius_m", "compounds"})
public record Gap(String item, List<String> types, @JsonProperty("radius_m") int radiusM, List<Compound> compounds) {
    public Gap {
        types = List.copyOf(types);
        compounds = List.copyOf(compounds);
    }

    @JsonPropertyOrder({"id", "households"})
    public record Compound(String id, Integer households) {
    }
}
