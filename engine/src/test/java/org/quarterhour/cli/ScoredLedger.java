package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.quarterhour.Repo;

/** A ledger for the pack commands' tests to try to write into: the shipped example scored once. */
final class ScoredLedger {
    private ScoredLedger() {
    }

    /** Makes a ledger at {@code dir} with one entry, and returns {@code dir}. */
    static Path oneEntry(Path dir) {
        Cli scored = Cli.run("score", Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString(), "--standard",
                "hangjin-banner", "--no-plan", "--format", "json", "--ledger", dir.toString());
        assertEquals(0, scored.status(), scored.err());
        return dir;
    }
}
