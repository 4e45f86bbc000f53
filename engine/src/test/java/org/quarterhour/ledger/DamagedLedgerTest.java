package org.quarterhour.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a damaged ledger says of itself: true notes from verify, a cheap listing that knows, failures that say "damaged". */
class DamagedLedgerTest {
    private final Path dir = Ledgers.fresh();
    private final Ledger ledger = Ledger.at(dir);

    @AfterEach
    void clean() {
        Ledgers.delete(dir);
    }

    private Path object(String hex) {
        return dir.resolve("objects/sha256/" + hex.substring(0, 2) + "/" + hex.substring(2));
    }

    private static List<String> messages(List<Verification.Finding> findings) {
        return findings.stream().map(Verification.Finding::toString).toList();
    }

    @Test
    void a_changed_pack_snapshot_does_not_make_the_files_it_lists_unreferenced() throws Exception {
        Entry first = Ledgers.appendExampleUnderTwoStandards(ledger).get(0);
        Path tree = object(first.objects().pack());
        Files.writeString(tree, Files.readString(tree).replace("quarterhour/ledger-pack/v1", "quarterhour/ledger-pack/v9"));
        Verification v = ledger.verify();
        assertFalse(v.intact());
        assertEquals(List.of("entry 1: pack snapshot: object " + first.objects().pack() + " has changed: its bytes now hash to "
                + org.quarterhour.hash.Sha256.hex(Files.readAllBytes(tree))), messages(v.problems()));
        assertEquals(List.of(), messages(v.notes()), "the files it lists are its files, not objects no entry references");
    }

    @Test
    void a_missing_pack_snapshot_is_said_once_rather_than_each_of_its_files_called_unreferenced() throws Exception {
        Entry first = Ledgers.appendExampleUnderTwoStandards(ledger).get(0);
        Files.delete(object(first.objects().pack()));
        Verification v = ledger.verify();
        assertEquals(List.of("entry 1: pack snapshot: object " + first.objects().pack() + " is missing"), messages(v.problems()));
        int files = Ledgers.HANGJIN.files().size();
        assertEquals(List.of("ledger: " + files + " objects are referenced by nothing readable; the pack snapshot "
                + first.objects().pack().substring(0, 12) + " cannot be read (entry 1), so whether they are what it referenced"
                + " cannot be told"), messages(v.notes()));
    }

    @Test
    void with_head_missing_verify_promises_no_append_that_the_append_then_refuses() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        Files.delete(dir.resolve(Ledger.HEAD));
        Verification v = ledger.verify();
        assertEquals(List.of("ledger: HEAD is missing, so the end of the ledger cannot be checked (entries go up to 2); appends are"
                + " refused until HEAD is put back from a copy of the ledger (or from the HEAD line an earlier 'audit verify'"
                + " printed)"), messages(v.problems()));
        assertEquals(0, v.pending());
        assertTrue(v.notes().isEmpty(), v.notes().toString());
        LedgerException refused = assertThrows(LedgerException.class,
                () -> ledger.append(Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN).verdict(), Ledgers.example(), Ledgers.HANGJIN,
                        Overrides.NONE));
        assertTrue(refused.damaged());
        assertTrue(refused.getMessage().contains("HEAD is missing and there is more than one entry"), refused.getMessage());
        assertEquals(2, Ledgers.files(dir).stream().filter(p -> p.startsWith("entries")).count(), "nothing was appended");
    }

    @Test
    void with_head_missing_after_one_entry_verify_says_the_next_append_takes_it_in_and_it_does() throws Exception {
        ledger.append(List.of(Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN)));
        Files.delete(dir.resolve(Ledger.HEAD));
        Verification v = ledger.verify();
        assertTrue(v.intact(), v.problems().toString());
        assertEquals(1, v.pending());
        assertEquals(List.of("entry 1: complete but not yet named by HEAD (an append stopped before moving HEAD); the next append"
                + " takes it in"), messages(v.notes()));
        ledger.append(List.of(Ledgers.scored(Ledgers.example(), Ledgers.CHUZHOU)));
        Verification after = ledger.verify();
        assertTrue(after.intact(), after.problems().toString());
        assertEquals(2, after.entries());
    }

    @Test
    void a_ledger_whose_entries_folder_was_removed_does_not_verify() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        Files.delete(dir.resolve(Ledger.HEAD));
        for (Path p : Ledgers.files(dir)) {
            if (p.startsWith(Ledger.ENTRIES)) {
                Files.delete(dir.resolve(p));
            }
        }
        Files.delete(dir.resolve(Ledger.ENTRIES));
        assertTrue(ledger.exists(), "its object store is still a ledger's");
        Verification v = ledger.verify();
        assertEquals(List.of("ledger: entries/ is missing: the entries were removed"), messages(v.problems()));
        assertEquals(List.of("entries/ is missing: the entries were removed"), ledger.listing().problems());
    }

    @Test
    void the_listing_holds_for_an_intact_ledger_and_names_an_entry_whose_number_was_changed() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        Listing intact = ledger.listing();
        assertTrue(intact.holds());
        assertEquals(2, intact.entries().size());
        Path first = dir.resolve("entries/00000001.json");
        Files.writeString(first, Files.readString(first).replace("\"seq\":1,", "\"seq\":3,"));
        Listing changed = ledger.listing();
        assertEquals(2, changed.entries().size(), "what can be read is still listed");
        assertEquals(List.of("entries/00000001.json holds entry 3", "the chain breaks between entries 1 and 2: entries/00000002.json's"
                + " prev is not the sha256 of entry 1 (one of them was changed)"), changed.problems());
        Files.delete(dir.resolve(Ledger.HEAD));
        assertTrue(ledger.listing().problems().contains("HEAD is missing (the entries go up to 2)"), ledger.listing().problems().toString());
    }

    @Test
    void a_changed_or_missing_object_is_damage_and_a_folder_that_is_no_ledger_is_not() throws Exception {
        Entry first = Ledgers.appendExampleUnderTwoStandards(ledger).get(0);
        Files.write(object(first.objects().verdict()), "{}".getBytes(StandardCharsets.UTF_8));
        LedgerException changed = assertThrows(LedgerException.class, () -> ledger.verdict(first));
        assertTrue(changed.damaged());
        Files.delete(object(first.objects().inventory()));
        assertTrue(assertThrows(LedgerException.class, () -> ledger.object(first.objects().inventory())).damaged());
        LedgerException none = assertThrows(LedgerException.class, () -> Ledger.at(dir.resolve("nothing")).entries());
        assertFalse(none.damaged());
    }

    @Test
    void an_empty_verdict_id_names_no_verdict() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        assertThrows(IllegalArgumentException.class, () -> ledger.find(""));
        assertThrows(IllegalArgumentException.class, () -> ledger.find("sha256:"));
        assertEquals(1, ledger.find(ledger.entries().get(0).verdictId()).size());
    }

    @Test
    void the_ledger_holding_a_path_is_found_from_any_folder_in_it_and_a_plain_folder_is_none() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        Path real = dir.toRealPath();
        assertEquals(real, Ledger.holding(dir));
        assertEquals(real, Ledger.holding(dir.resolve("objects")));
        assertEquals(real, Ledger.holding(dir.resolve("objects/not/yet/made")));
        Path plain = Ledgers.fresh();
        try {
            Files.createDirectories(plain.resolve("objects/pictures"));
            assertNull(Ledger.holding(plain.resolve("reports")), "a sub-folder named like a ledger's does not make one");
            Files.delete(plain.resolve("objects/pictures"));
            Files.delete(plain.resolve("objects"));
            Files.createDirectories(plain.resolve("entries"));
            Files.writeString(plain.resolve("entries/diary.txt"), "an entry of another kind");
            assertFalse(Ledger.looksLikeOne(plain));
            Files.writeString(plain.resolve("HEAD"), "ref: refs/heads/main\n");
            assertFalse(Ledger.looksLikeOne(plain), "a HEAD that is not a ledger's");
        } finally {
            Ledgers.delete(plain);
        }
    }

    @Test
    void empty_entries_and_objects_folders_of_the_users_are_no_ledger() throws Exception {
        Path project = Ledgers.fresh();
        try {
            Files.createDirectories(project.resolve("entries"));
            Files.createDirectories(project.resolve("objects"));
            assertFalse(Ledger.looksLikeOne(project), "no HEAD, no lock, no objects/sha256/, no entry file");
            assertNull(Ledger.holding(project.resolve("r")));
            Files.writeString(project.resolve(Ledger.LOCK), "");
            assertTrue(Ledger.looksLikeOne(project), "entries/ beside a lock is a ledger whose first append stopped");
            Files.delete(project.resolve(Ledger.LOCK));
            Files.createDirectories(project.resolve("objects/sha256"));
            assertTrue(Ledger.looksLikeOne(project), "an object store, even empty, is a ledger's");
        } finally {
            Ledgers.delete(project);
        }
    }

    @Test
    void a_damaged_ledger_with_head_or_an_object_store_left_is_still_one() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        assertTrue(Ledger.looksLikeOne(dir));
        for (Path p : Ledgers.files(dir.resolve(Ledger.ENTRIES))) {
            Files.delete(dir.resolve(Ledger.ENTRIES).resolve(p));
        }
        assertTrue(Ledger.looksLikeOne(dir), "entries/ emptied, HEAD and objects/sha256/ left");
        Files.delete(dir.resolve(Ledger.ENTRIES));
        Files.delete(dir.resolve(Ledger.HEAD));
        Files.delete(dir.resolve(Ledger.LOCK));
        assertTrue(Ledger.looksLikeOne(dir), "objects/sha256/ alone");
        Ledgers.delete(dir.resolve("objects"));
        Files.createDirectories(dir.resolve(Ledger.ENTRIES));
        Files.createDirectories(dir.resolve("objects"));
        Files.write(dir.resolve(Ledger.HEAD), new Head(2, "0".repeat(64)).bytes());
        assertTrue(Ledger.looksLikeOne(dir), "empty entries/ and objects/ beside a ledger's HEAD");
        assertEquals(dir.toRealPath(), Ledger.holding(dir.resolve("rollup")));
    }

    @Test
    void a_roll_up_is_not_built_on_entries_that_do_not_hold_together_and_nothing_is_written() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        Path out = Ledgers.fresh().resolve("rollup");
        try {
            Files.copy(dir.resolve("entries/00000002.json"), dir.resolve("entries/00000003.json"));
            Listing copied = ledger.listing();
            assertEquals(3, copied.entries().size());
            assertEquals(1, copied.find(copied.entries().get(0).verdictId().substring(0, 20)).size());
            assertEquals("entries/00000003.json holds entry 2; the chain breaks between entries 2 and 3: entries/00000003.json's"
                    + " prev is not the sha256 of entry 2 (one of them was changed)", copied.summary());
            LedgerException whole = assertThrows(LedgerException.class, copied::whole);
            assertTrue(whole.damaged());
            assertEquals("the ledger does not verify: " + copied.summary() + "; run 'quarterhour audit verify' to see every problem",
                    whole.getMessage());
            LedgerException refused = assertThrows(LedgerException.class, () -> org.quarterhour.batch.Batch.report(ledger, out,
                    List.of(), org.quarterhour.inventory.Vocabulary.bundled()));
            assertTrue(refused.damaged());
            assertFalse(Files.exists(out));
            Files.delete(dir.resolve("entries/00000003.json"));
            assertEquals(2, ledger.listing().whole().size());
            org.quarterhour.batch.Batch.report(ledger, out, List.of(), org.quarterhour.inventory.Vocabulary.bundled());
            assertTrue(Files.isRegularFile(out.resolve("summary.json")));
        } finally {
            Ledgers.delete(out.getParent());
        }
    }
}
