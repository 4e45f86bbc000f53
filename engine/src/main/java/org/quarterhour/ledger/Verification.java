package org.quarterhour.ledger;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code audit verify} found. {@code entries} counts the entries HEAD covers, {@code pending} the complete entries
 * after it that an interrupted append left (the next append takes them in). {@code problems} are changes to the record
 * — an object or entry changed, missing or added, entries reordered or truncated — and make it not intact;
 * {@code notes} are what an interrupted append leaves behind, which the next append clears.
 */
public record Verification(Path dir, int entries, int pending, int objects, String headSha256, List<Finding> problems,
        List<Finding> notes) {

    public Verification {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** One finding, about one entry ({@code entry} its seq) or about the ledger as a whole ({@code entry} 0). */
    public record Finding(int entry, String message) {
        @Override
        public String toString() {
            return (entry == 0 ? "ledger" : "entry " + entry) + ": " + message;
        }
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
