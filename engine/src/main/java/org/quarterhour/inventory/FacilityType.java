package org.quarterhour.inventory;

import java.util.List;

/** One entry of the facility vocabulary: a stable code, its Chinese name, the aliases inventories may use, its usual class. */
public record FacilityType(String code, String name, List<String> aliases, String usualClass) {
    public FacilityType {
        if (code == null || !code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("facility code '" + code + "' is not lower_snake_case");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("facility type " + code + " needs a Chinese name");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
