package org.quarterhour.plan;

import java.util.List;
import org.quarterhour.inventory.Facility;
import org.quarterhour.pack.PackException;

/**
 * Scores the inventory being planned for with some facilities added, with its compiled pack and parameters: the
 * engine, seen from the planner. The added facilities are services ({@code serves}) without a place of their own.
 */
@FunctionalInterface
public interface Trials {
    Trial score(List<Facility> added) throws PackException;
}
