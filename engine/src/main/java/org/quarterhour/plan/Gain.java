package org.quarterhour.plan;

import java.math.BigDecimal;

/**
 * What a move of {@code size} facilities gains towards a goal, compared per facility: first the shortfall it closes,
 * then the points it adds, then the compounds it covers; at equal rates the smaller move wins.
 */
record Gain(BigDecimal shortfall, BigDecimal points, int uncovered, int size) {
    static Gain of(Goal.Distance before, Goal.Distance after, int size) {
        return new Gain(before.shortfall().subtract(after.shortfall()), after.points().subtract(before.points()),
                before.uncovered() - after.uncovered(), size);
    }

    boolean positive() {
        return shortfall.signum() > 0 || points.signum() > 0 || uncovered > 0;
    }

    /** True where this gains more per facility than {@code other}. */
    boolean betterThan(Gain other) {
        int c = perFacility(shortfall, other.shortfall, other);
        if (c == 0) {
            c = perFacility(points, other.points, other);
        }
        if (c == 0) {
            c = Long.compare((long) uncovered * other.size, (long) other.uncovered * size);
        }
        if (c == 0) {
            c = Integer.compare(other.size, size);
        }
        return c > 0;
    }

    private int perFacility(BigDecimal mine, BigDecimal theirs, Gain other) {
        return mine.multiply(BigDecimal.valueOf(other.size)).compareTo(theirs.multiply(BigDecimal.valueOf(size)));
    }
}
