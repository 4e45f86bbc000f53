package org.quarterhour.report;

import java.util.List;
import java.util.Map;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.verdict.Verdict;

/** Turns verdicts into the bytes of one output format. */
@FunctionalInterface
public interface Renderer {
    byte[] render(List<Verdict> verdicts);

    /**
     * Renders with the inventories the verdicts were scored from, keyed by their {@code inventory_sha256}: formats that
     * draw places (the map) need them; the others ignore them.
     */
    default byte[] render(List<Verdict> verdicts, Map<String, Inventory> inventories) {
        return render(verdicts);
    }
}
