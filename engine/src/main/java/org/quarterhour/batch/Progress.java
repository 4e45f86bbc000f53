package org.quarterhour.batch;

import java.io.PrintStream;

/** How far a batch has got. On a terminal, a bar redrawn in place; elsewhere (a pipe, a log, a test) nothing at all. */
public interface Progress {
    void start(int total);

    /** One more input done; {@code label} says which. */
    void advance(String label);

    void finish();

    /** Wipes the bar off its line, so that a message can be printed there; the bar comes back with the next input. */
    default void clearLine() {
    }

    static Progress quiet() {
        return new Progress() {
            @Override
            public void start(int total) {
            }

            @Override
            public void advance(String label) {
            }

            @Override
            public void finish() {
            }
        };
    }

    /** A bar drawn on {@code terminal} (the caller decides that it is one: {@code System.console() != null}). */
    static Progress bar(PrintStream terminal) {
        return new ProgressBar(terminal, 30);
    }
}
