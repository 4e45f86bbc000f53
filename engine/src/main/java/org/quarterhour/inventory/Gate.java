package org.quarterhour.inventory;

import org.quarterhour.geo.LatLon;

/** A compound gate (小区大门): where walks start. {@code at} is absent when only measured distances are given. */
public record Gate(String id, LatLon at) {
    public Gate {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a gate needs an id");
        }
    }
}
