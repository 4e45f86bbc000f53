package org.quarterhour.inventory;

import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quarterhour.geo.Crs;

/**
 * One community as an inspector recorded it (inventory format v1). Compounds and facilities are kept sorted by id,
 * so that the order they were written in never changes a result.
 */
public record Inventory(
        CommunityInfo community,
        Crs crs,
        Inspection inspection,
        List<Compound> compounds,
        List<Facility> facilities,
        SortedMap<String, Boolean> organization,
        ServiceCenter serviceCenter) {

    public static final String SCHEMA = "quarterhour/inventory/v1";

    public Inventory {
        if (community == null || crs == null || inspection == null) {
            throw new IllegalArgumentException("community, crs and inspection are required");
        }
        if (compounds == null || compounds.isEmpty()) {
            throw new IllegalArgumentException("an inventory has at least one compound");
        }
        compounds = compounds.stream().sorted(Comparator.comparing(Compound::id)).toList();
        facilities = facilities == null ? List.of()
                : facilities.stream().sorted(Comparator.comparing(Facility::id)).toList();
        organization = Collections.unmodifiableSortedMap(organization == null ? new TreeMap<>() : new TreeMap<>(organization));
    }


    public Optional<ServiceCenter> serviceCenterIfAny() {
        return Optional.ofNullable(serviceCenter);
    }

    /** Whether households weight the compounds (all give them) or every compound weighs the same (none does). */
    public boolean weightedByHouseholds() {
        return compounds.get(0).households() != null;
    }

    public Map<String, Compound> compoundsById() {
        TreeMap<String, Compound> byId = new TreeMap<>();
        compounds.forEach(c -> byId.put(c.id(), c));
        return byId;
    }
}
