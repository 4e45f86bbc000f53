package org.quarterhour.inventory;

import java.math.BigDecimal;

/** The community (社区) the inventory describes. */
public record CommunityInfo(
        String id,
        String name,
        String region,
        Boolean newBuild,
        BigDecimal buildingAreaM2,
        BigDecimal commercialServiceAreaM2) {
    public CommunityInfo {
        if (id == null || id.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a community needs an id and a name");
        }
    }
}
