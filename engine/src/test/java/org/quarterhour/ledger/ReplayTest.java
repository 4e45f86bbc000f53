package org.quarterhour.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quarterhour.Repo;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.json.Json;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Verdict;

class ReplayTest {
    private final Path dir = Ledgers.fresh();
    private final Ledger ledger = Ledger.at(dir);
    private final Replayer replayer = new Replayer(ledger, Repo.engine());

    @AfterEach
    void clean() {
        Ledgers.delete(dir);
    }

    @Test
    void a_recorded_verdict_replays_identical_byte_for_byte() throws Exception {
        Inventory example = Ledgers.example();
        Entry e = ledger.append(Ledgers.scored(example, Ledgers.HANGJIN).verdict(), example, Ledgers.HANGJIN, Overrides.NONE);
        Replay r = replayer.replay(e);
        assertEquals(Replay.Result.IDENTICAL, r.result());
        assertEquals(List.of(), r.differences());
    }

    /** A verdict as an engine that rounded B01 up would have recorded it: B01 5.3 → 5.4 changes the total too. */
    private static Verdict roundedDifferently(Verdict v) {
        List<Item> items = new ArrayList<>();
        for (Item i : v.items()) {
            items.add(!i.code().equals("B04") ? i : new Item(i.code(), i.name(), i.category(), i.max(), i.awarded().add(new BigDecimal("0.1")),
                    i.coverage(), i.met(), i.applicable(), i.clause(), i.evidence(), i.reason()));
        }
        Verdict changed = new Verdict(v.schema(), null, v.community(), v.standard(), v.engine(), v.inventorySha256(), v.inspection(),
                v.parameters(), items, v.categories(), v.total().add(new BigDecimal("0.1")), v.max(), v.outcome(), v.gaps(), v.plan(), null);
        return changed.withIdentity("sha256:" + Json.sha256(changed), v.recordedAt());
    }

    @Test
    void a_verdict_an_engine_rounded_differently_replays_as_a_field_by_field_difference() throws Exception {
        Inventory example = Ledgers.example();
        Verdict original = Ledgers.scored(example, Ledgers.HANGJIN).verdict();
        Entry e = ledger.append(roundedDifferently(original), example, Ledgers.HANGJIN, Overrides.NONE);
        assertTrue(ledger.verify().intact(), "a consistent record: only the replay can tell");
        Replay r = replayer.replay(e);
        assertEquals(Replay.Result.DIFFERENT, r.result());
        assertEquals(List.of(
                new Difference("verdict_id", "\"" + e.verdictId() + "\"", "\"" + original.verdictId() + "\""),
                new Difference("items[B04].awarded", "2.8", "2.7"),
                new Difference("total", "82.8", "82.7")), r.differences());
    }

    @Test
    void a_newer_engine_that_scores_the_same_replays_identical_but_for_its_version() throws Exception {
        Inventory example = Ledgers.example();
        Verdict v = Ledgers.scored(example, Ledgers.HANGJIN).verdict();
        Verdict older = new Verdict(v.schema(), null, v.community(), v.standard(), new Verdict.EngineRef("0.0.9"), v.inventorySha256(),
                v.inspection(), v.parameters(), v.items(), v.categories(), v.total(), v.max(), v.outcome(), v.gaps(), v.plan(), null);
        older = older.withIdentity("sha256:" + Json.sha256(older), v.recordedAt());
        Entry e = ledger.append(older, example, Ledgers.HANGJIN, Overrides.NONE);
        Replay r = replayer.replay(e);
        assertEquals(Replay.Result.IDENTICAL_BUT_ENGINE, r.result());
        assertTrue(r.reproduced());
    }

    @Test
    void replay_uses_the_pack_snapshot_even_when_the_rules_folder_changes() throws Exception {
        Inventory example = Ledgers.example();
        Entry e = ledger.append(Ledgers.scored(example, Ledgers.HANGJIN).verdict(), example, Ledgers.HANGJIN, Overrides.NONE);
        // the pack the entry was scored with is now only in the ledger: its location names the snapshot, not a folder
        assertTrue(ledger.pack(e).location().startsWith("ledger:"));
        assertEquals(Replay.Result.IDENTICAL, replayer.replay(e).result());
    }

    @Test
    void what_if_shows_each_item_that_changes_and_whether_the_grade_changes() throws Exception {
        Inventory example = Ledgers.example();
        Entry e = ledger.append(Ledgers.scored(example, Ledgers.HANGJIN).verdict(), example, Ledgers.HANGJIN, Overrides.NONE);
        WhatIf same = replayer.whatIf(e, Ledgers.HANGJIN);
        assertEquals(List.of(), same.changes());
        assertEquals(32, same.unchanged());
        assertTrue(!same.gradeChanges());
        WhatIf other = replayer.whatIf(e, Ledgers.CHUZHOU);
        assertEquals(50, other.changes().size());
        assertEquals(new WhatIf.ItemChange("B01", "便利店", "8.0", "absent"), other.changes().get(3));
        assertEquals(new WhatIf.ItemChange("CZ04", "购物（家门口）", "absent", "met"), other.changes().get(35));
        assertEquals("82.7", other.recordedTotal());
        assertEquals("-", other.underTotal());
        assertTrue(other.gradeChanges());
    }

    @Test
    void the_recorded_verdict_is_the_canonical_json_of_the_verdict_scored() throws Exception {
        Inventory example = Ledgers.example();
        Verdict v = Ledgers.scored(example, Ledgers.HANGJIN).verdict();
        Entry e = ledger.append(v, example, Ledgers.HANGJIN, Overrides.NONE);
        assertArrayEquals(Json.canonical(v), ledger.verdict(e));
    }
}
