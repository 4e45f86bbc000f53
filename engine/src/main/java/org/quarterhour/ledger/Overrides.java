package org.quarterhour.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the command line decided that the pack would otherwise have decided, exactly as given: a replay passes the same
 * to the engine. {@code detourFactor} is null where the pack's own factor was used; {@code noPlan} is true where the
 * gap plan was left out ({@code --no-plan}), so that the replay leaves it out too.
 */
public record Overrides(BigDecimal detourFactor, boolean noPlan) {
    public static final Overrides NONE = new Overrides(null, false);

    /** As recorded: the decimal as text, so that its scale survives ("1.30" stays "1.30"); nothing for a default. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (detourFactor != null) {
            m.put("detour_factor", detourFactor.toString());
        }
        if (noPlan) {
            m.put("plan", false);
        }
        return m;
    }
}
