package org.quarterhour.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the command line decided that the pack would otherwise have decided, exactly as given: a replay passes the same
 * to the engine. {@code detourFactor} is null where the pack's own factor was used.
 */
public record Overrides(BigDecimal detourFactor) {
    public static final Overrides NONE = new Overrides(null);

    /** As recorded: the decimal as text, so that its scale survives ("1.30" stays "1.30"). */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (detourFactor != null) {
            m.put("detour_factor", detourFactor.toString());
        }
        return m;
    }
}
