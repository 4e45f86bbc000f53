package org.quarterhour.facts;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One compound as the rules see it: its weight (households, or 1 where the inventory gives none), the nearest
 * facility of each type, and the facilities of each type that have no usable distance to it.
 */
record Site(String compound, String label, BigDecimal weight, Map<String, Reach> nearestByType,
        SortedMap<String, List<String>> unplacedByType) {
    Site {
        nearestByType = Collections.unmodifiableMap(nearestByType);
        unplacedByType = Collections.unmodifiableSortedMap(unplacedByType);
    }

    /** The nearest facility of any of the types, or null where none reaches this compound. */
    Reach nearest(List<String> types) {
        if (types.size() == 1) {
            return nearestByType.get(types.get(0));
        }
        Reach best = null;
        for (String type : types) {
            Reach r = nearestByType.get(type);
            if (r != null && (best == null || r.nearerThan(best))) {
                best = r;
            }
        }
        return best;
    }
}
