package org.quarterhour.facts;

import java.util.List;

/**
 * What one coverage question asked of the community — facility types within a radius — and the compounds it found
 * none for (compounds of 0 households are never among them). The engine reads these from an award to say where the
 * gaps are and which additions could close them; rules never need it.
 */
public record Asked(List<String> types, int radiusM, List<String> uncovered) {
    public Asked {
        types = List.copyOf(types);
        uncovered = List.copyOf(uncovered);
    }
}
