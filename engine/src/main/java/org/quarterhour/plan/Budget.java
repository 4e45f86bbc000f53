package org.quarterhour.plan;

/** How many more trial scorings one plan may spend, so that planning a large community stays bounded. */
final class Budget {
    private int left;

    Budget(int trials) {
        this.left = trials;
    }

    /** Spends one trial; false where none is left. */
    boolean take() {
        if (left <= 0) {
            return false;
        }
        left--;
        return true;
    }

    int left() {
        return left;
    }

    boolean spent() {
        return left <= 0;
    }
}
