package org.quarterhour.ledger;

/** A ledger that cannot be read or written: missing, damaged, or in a state an append must not build on. */
public final class LedgerException extends Exception {
    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
