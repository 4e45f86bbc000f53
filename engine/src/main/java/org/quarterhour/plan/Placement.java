package org.quarterhour.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quarterhour.inventory.Facility;

/** One hypothetical facility: a type placed at a compound's gate (it serves that compound, at 0 m). */
record Placement(String type, String compound) implements Comparable<Placement> {
    private static final Comparator<Placement> ORDER = Comparator.comparing(Placement::type).thenComparing(Placement::compound);

    @Override
    public int compareTo(Placement other) {
        return ORDER.compare(this, other);
    }

    Facility facility() {
        return new Facility("+" + type + "@" + compound, type, null, null, null, false, List.of(compound), null);
    }

    static List<Placement> plus(List<Placement> placements, List<Placement> more) {
        List<Placement> all = new ArrayList<>(placements);
        all.addAll(more);
        return all;
    }

    /** Scores the planned-for inventory with these facilities added. */
    static Trial score(Trials trials, List<Placement> placements) throws org.quarterhour.pack.PackException {
        return trials.score(placements.stream().map(Placement::facility).toList());
    }
}
