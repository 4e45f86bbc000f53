package org.quarterhour.inventory;

import java.util.List;

/**
 * One entry of the facility vocabulary: a stable code, its Chinese name, the aliases inventories may use, its usual
 * class, and — for a narrower kind of a broader type — the code it is a kind of ({@code kindOf}, else null). A rule
 * asking for a type counts its kinds too, so narrowing a type never changes what a pack asking for the broad type scores.
 */
public record FacilityType(String code, String name, List<String> aliases, String usualClass, String kindOf) {
    public FacilityType {
        if (code == null || !code.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("facility code '" + code + "' is not lower_snake_case");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("facility type " + code + " needs a Chinese name");
        }
        if (code.equals(kindOf)) {
            throw new IllegalArgumentException("facility type " + code + " cannot be a kind of itself");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A type that is no narrower kind of another. */
    public FacilityType(String code, String name, List<String> aliases, String usualClass) {
        this(code, name, aliases, usualClass, null);
    }
}
