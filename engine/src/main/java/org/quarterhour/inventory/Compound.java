package org.quarterhour.inventory;

import java.util.Comparator;
import java.util.List;

/** A residential compound (居住小区) with its gates; distances are measured from its gates. */
public record Compound(String id, String name, Integer households, List<Gate> gates) {
    public Compound {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a compound needs an id");
        }
        if (households != null && households < 0) {
            throw new IllegalArgumentException("households must not be negative");
        }
        if (gates == null || gates.isEmpty()) {
            throw new IllegalArgumentException("compound " + id + " needs at least one gate");
        }
        gates = gates.stream().sorted(Comparator.comparing(Gate::id)).toList();
    }

    /** The compound's name, or its id where it has none. */
    public String label() {
        return name == null ? id : name;
    }
}
