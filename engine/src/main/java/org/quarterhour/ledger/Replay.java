package org.quarterhour.ledger;

import java.util.List;

/**
 * A recorded verdict scored again from the record alone (its inventory and pack snapshot) by this engine.
 * {@code problem} says why it could not be scored at all (NOT_REPRODUCED); {@code differences} what differs (DIFFERENT).
 */
public record Replay(Entry entry, Result result, List<Difference> differences, String problem, String engineVersion) {
    public enum Result {
        /** The same verdict, byte for byte, but for recorded_at. */
        IDENTICAL,
        /** The same verdict but for the engine's version (and so its id): a newer engine that scores the same. */
        IDENTICAL_BUT_ENGINE,
        /** Some field differs. */
        DIFFERENT,
        /** The record could not be scored: its inventory is refused or its pack does not compile here. */
        NOT_REPRODUCED
    }

    public Replay {
        differences = List.copyOf(differences);
    }

    public boolean reproduced() {
        return result == Result.IDENTICAL || result == Result.IDENTICAL_BUT_ENGINE;
    }
}
