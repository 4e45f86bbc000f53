package org.quarterhour.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarterhour.facts.Asked;
import org.quarterhour.inventory.Compound;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.verdict.Gap;
import org.quarterhour.verdict.Item;

/** The blind spots (设施盲区) of a scoring: for each item short of full marks, the compounds its facility types miss. */
public final class Gaps {
    private Gaps() {
    }

    public static List<Gap> of(Trial trial, Inventory inventory) {
        Map<String, Compound> compounds = inventory.compoundsById();
        List<Gap> gaps = new ArrayList<>();
        for (Item item : trial.items()) {
            if (!item.applicable() || item.countsAsMet()) {
                continue;
            }
            for (Asked asked : trial.asked(item.code())) {
                if (!asked.uncovered().isEmpty()) {
                    List<Gap.Compound> missed = asked.uncovered().stream()
                            .map(id -> new Gap.Compound(id, compounds.get(id).households())).toList();
                    gaps.add(new Gap(item.code(), asked.types(), asked.radiusM(), missed));
                }
            }
        }
        return gaps;
    }
}
