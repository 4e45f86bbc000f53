package org.quarterhour.ledger;

/**
 * A ledger that cannot be read or written: missing, damaged, or in a state an append must not build on.
 * {@link #damaged()} tells a record that does not hold together (an object or entry changed, missing or unreadable as
 * what it should be: what {@code audit verify} reports) from a folder the program cannot read or write.
 */
public final class LedgerException extends Exception {
    private final boolean damaged;

    public LedgerException(String message) {
        this(message, false);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
        this.damaged = false;
    }

    private LedgerException(String message, boolean damaged) {
        super(message);
        this.damaged = damaged;
    }

    /** The record itself does not hold together: what {@code audit verify} reports as NOT INTACT. */
    static LedgerException damage(String message) {
        return new LedgerException(message, true);
    }

    /** Whether the record does not hold together (a ledger that does not verify), rather than could not be read. */
    public boolean damaged() {
        return damaged;
    }
}
