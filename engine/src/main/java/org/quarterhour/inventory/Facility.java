package org.quarterhour.inventory;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quarterhour.geo.LatLon;

/**
 * A shop or service (业态门店或服务). {@code type} is always a vocabulary code, whatever alias the file used.
 * {@code servesAll} and {@code serves} describe services with no place of their own.
 */
public record Facility(
        String id,
        String type,
        String name,
        LatLon at,
        SortedMap<String, BigDecimal> walkM,
        boolean servesAll,
        List<String> serves,
        BigDecimal areaM2) {
    public Facility {
        if (id == null || id.isBlank() || type == null || type.isBlank()) {
            throw new IllegalArgumentException("a facility needs an id and a type");
        }
        walkM = Collections.unmodifiableSortedMap(walkM == null ? new TreeMap<>() : new TreeMap<>(walkM));
        serves = serves == null ? List.of() : serves.stream().sorted().distinct().toList();
    }


    public String label() {
        return name == null ? id : name;
    }
}
