package org.quarterhour.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackReader;
import org.quarterhour.verdict.Verdict;

/**
 * A writer in a process of its own, for tests that kill writers or run several at once: appends a recorded verdict
 * COUNT times (a second apart), and halts the whole process — as a kill would, with no clean-up — when the append
 * numbered STOP_AT reaches STEP.
 *
 * <p>Arguments: LEDGER VERDICT_JSON INVENTORY PACK_DIR COUNT [STEP STOP_AT]
 */
public final class LedgerWriter {
    static final int HALTED = 9;

    private LedgerWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path ledgerDir = Path.of(args[0]);
        Verdict verdict = Json.mapper().readValue(Files.readAllBytes(Path.of(args[1])), Verdict.class);
        Inventory inventory = new InventoryReader(Vocabulary.bundled()).read(Path.of(args[2]), args[2]);
        Pack pack = PackReader.read(Path.of(args[3]));
        int count = Integer.parseInt(args[4]);
        String step = args.length > 5 ? args[5] : "";
        int stopAt = args.length > 6 ? Integer.parseInt(args[6]) : -1;
        int[] appending = {0};
        Ledger ledger = Ledger.at(ledgerDir, reached -> {
            if (reached.equals(step) && appending[0] == stopAt) {
                Runtime.getRuntime().halt(HALTED);
            }
        });
        Instant start = Instant.parse(verdict.recordedAt());
        for (int i = 0; i < count; i++) {
            appending[0] = i;
            Verdict v = verdict.withIdentity(verdict.verdictId(), start.plusSeconds(i).toString());
            if (i == 0 && !Arrays.equals(Json.canonical(v), Json.canonical(verdict))) {
                throw new IllegalStateException("the verdict does not survive being read back");
            }
            ledger.append(List.of(new Ledger.Scored(v, inventory, pack, Overrides.NONE)));
        }
    }
}
