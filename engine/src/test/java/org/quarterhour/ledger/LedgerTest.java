package org.quarterhour.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quarterhour.Repo;
import org.quarterhour.hash.Sha256;
import org.quarterhour.inventory.CanonicalInventory;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;

class LedgerTest {
    private final Path dir = Ledgers.fresh();
    private final Ledger ledger = Ledger.at(dir);

    @AfterEach
    void clean() {
        Ledgers.delete(dir);
    }

    @Test
    void an_entry_is_canonical_json_chained_to_the_one_before_and_head_names_the_last() throws Exception {
        List<Entry> entries = Ledgers.appendExampleUnderTwoStandards(ledger);
        byte[] first = Files.readAllBytes(dir.resolve("entries/00000001.json"));
        byte[] second = Files.readAllBytes(dir.resolve("entries/00000002.json"));
        JsonNode one = Json.mapper().readTree(first);
        JsonNode two = Json.mapper().readTree(second);
        assertEquals("quarterhour/ledger-entry/v1", one.get("schema").asText());
        assertEquals(1, one.get("seq").asInt());
        assertTrue(one.get("prev").isNull());
        assertEquals(Sha256.hex(first), two.get("prev").asText());
        assertEquals("150625-XN-003", one.at("/community/id").asText());
        assertEquals("hangjin-banner", one.at("/standard/id").asText());
        assertEquals("2023.12", one.at("/standard/version").asText());
        assertEquals("82.7", one.get("total").decimalValue().toPlainString());
        assertEquals("不合格", one.at("/outcome/label").asText());
        assertEquals("2026-11-21T10:00:00Z", one.get("recorded_at").asText());
        assertEquals("0.1.0", one.get("engine_version").asText());
        assertEquals(1200, one.at("/parameters/radius_m").asInt());
        assertEquals(entries.get(0).verdictId(), one.get("verdict_id").asText());
        assertArrayEquals(Json.canonical(one), first, "entry files are canonical JSON");
        assertEquals("{\"schema\":\"quarterhour/ledger-head/v1\",\"seq\":2,\"sha256\":\"" + Sha256.hex(second) + "\"}",
                Files.readString(dir.resolve("HEAD")));
    }

    @Test
    void objects_hold_the_inventory_as_scored_every_pack_file_and_the_verdict_each_under_its_hash() throws Exception {
        Entry e = Ledgers.appendExampleUnderTwoStandards(ledger).get(0);
        byte[] inventory = Files.readAllBytes(dir.resolve("objects/sha256/" + e.objects().inventory().substring(0, 2) + "/"
                + e.objects().inventory().substring(2)));
        assertArrayEquals(Json.canonical(CanonicalInventory.toMap(Ledgers.example())), inventory);
        JsonNode verdict = Json.mapper().readTree(ledger.verdict(e));
        assertEquals(e.verdictId(), verdict.get("verdict_id").asText());
        assertEquals(e.objects().inventory(), verdict.get("inventory_sha256").asText());
        JsonNode tree = Json.mapper().readTree(ledger.object(e.objects().pack()));
        assertEquals("hangjin-banner@2023.12", tree.get("standard").asText());
        assertEquals(Ledgers.HANGJIN.sha256(), tree.get("pack_sha256").asText());
        assertEquals(Ledgers.HANGJIN.files().keySet(), iterable(tree.get("files").fieldNames()));
        for (var f : Ledgers.HANGJIN.files().entrySet()) {
            assertArrayEquals(f.getValue(), ledger.object(tree.at("/files/" + f.getKey().replace("/", "~1")).asText()), f.getKey());
        }
    }

    private static java.util.Set<String> iterable(java.util.Iterator<String> it) {
        java.util.Set<String> s = new java.util.TreeSet<>();
        it.forEachRemaining(s::add);
        return s;
    }

    @Test
    void identical_inventories_and_packs_are_stored_once() throws Exception {
        Inventory example = Ledgers.example();
        ledger.append(Ledgers.scored(example, Ledgers.HANGJIN).verdict(), example, Ledgers.HANGJIN, Overrides.NONE);
        int objects = objectCount();
        ledger.append(Ledgers.scored(example, Ledgers.HANGJIN).verdict(), example, Ledgers.HANGJIN, Overrides.NONE);
        assertEquals(objects, objectCount(), "the same verdict at the same time: only a new entry");
        ledger.append(Ledgers.scored(example, Ledgers.CHUZHOU).verdict(), example, Ledgers.CHUZHOU, Overrides.NONE);
        assertEquals(objects + Ledgers.CHUZHOU.files().size() + 2, objectCount(), "a new pack and verdict, the inventory again");
        assertEquals(3, ledger.entries().size());
    }

    private int objectCount() {
        return (int) Ledgers.files(dir).stream().filter(p -> p.startsWith("objects")).count();
    }

    @Test
    void an_untouched_ledger_verifies_intact_with_nothing_to_note() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        Verification v = ledger.verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(List.of(), v.notes());
        assertEquals(2, v.entries());
        assertEquals(Sha256.hex(Files.readAllBytes(dir.resolve("entries/00000002.json"))), v.headSha256());
    }

    @Test
    void a_changed_pack_file_is_reported_for_every_entry_that_uses_it() throws Exception {
        Inventory example = Ledgers.example();
        Ledger.Scored s = Ledgers.scored(example, Ledgers.HANGJIN);
        ledger.append(List.of(s, s, Ledgers.scored(example, Ledgers.CHUZHOU)));
        String drl = Sha256.hex(Ledgers.HANGJIN.files().get("basic.drl"));
        Path object = dir.resolve("objects/sha256/" + drl.substring(0, 2) + "/" + drl.substring(2));
        Files.writeString(object, Files.readString(object).replace("1200", "1500"));
        Verification v = ledger.verify();
        assertFalse(v.intact());
        assertEquals(List.of(1, 2), v.problems().stream().map(Verification.Finding::entry).toList(), Ledgers.findings(v));
        assertTrue(v.problems().get(0).message().startsWith("pack file basic.drl: object " + drl + " has changed"), Ledgers.findings(v));
    }

    @Test
    void a_missing_object_is_reported_by_entry() throws Exception {
        Entry e = Ledgers.appendExampleUnderTwoStandards(ledger).get(1);
        Files.delete(ledger.objects().path(e.objects().verdict()));
        Verification v = ledger.verify();
        assertEquals("entry 2: verdict: object " + e.objects().verdict() + " is missing", Ledgers.findings(v));
    }

    @Test
    void an_object_nothing_refers_to_is_noted_as_added_and_a_stray_file_is_a_problem() throws Exception {
        Ledgers.appendExampleUnderTwoStandards(ledger);
        byte[] stray = "not recorded".getBytes(StandardCharsets.UTF_8);
        String hex = Sha256.hex(stray);
        Files.createDirectories(ledger.objects().path(hex).getParent());
        Files.write(ledger.objects().path(hex), stray);
        Verification v = ledger.verify();
        assertTrue(v.intact());
        assertEquals(1, v.notes().size());
        assertTrue(v.notes().get(0).message().startsWith("object " + hex + " is referenced by no entry"), Ledgers.findings(v));
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Files.writeString(dir.resolve("entries/extra.json"), "{}");
        v = ledger.verify();
        assertEquals(List.of("notes.txt was added: it is not part of a ledger", "entries/extra.json was added: it is not an entry file name"),
                v.problems().stream().map(Verification.Finding::message).toList());
    }

    @Test
    void a_removed_entry_is_reported_where_it_was() throws Exception {
        Inventory example = Ledgers.example();
        Ledger.Scored s = Ledgers.scored(example, Ledgers.HANGJIN);
        ledger.append(List.of(s, s, s, s));
        Files.delete(dir.resolve("entries/00000002.json"));
        Verification v = ledger.verify();
        assertFalse(v.intact());
        assertEquals("entry 2: missing: entries/00000002.json was removed", v.problems().get(0).toString(), Ledgers.findings(v));
        LedgerException e = assertThrows(LedgerException.class, ledger::entries, "no listing or replay skips a missing entry");
        assertTrue(e.getMessage().endsWith("entries/00000002.json is missing, though HEAD names entry 4 (run 'quarterhour audit verify --ledger "
                + dir + "')"), e.getMessage());
    }

    @Test
    void removing_the_last_entries_is_reported_as_truncation() throws Exception {
        Ledger.Scored s = Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
        ledger.append(List.of(s, s, s, s));
        Files.delete(dir.resolve("entries/00000004.json"));
        Files.delete(dir.resolve("entries/00000003.json"));
        Verification v = ledger.verify();
        assertEquals("entry 3: missing: HEAD names entry 4 but the entries end at 2, so the ledger was truncated\n"
                + "entry 4: missing: HEAD names entry 4 but the entries end at 2, so the ledger was truncated", Ledgers.findings(v));
    }

    @Test
    void reordered_entries_are_reported() throws Exception {
        Ledger.Scored s = Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
        ledger.append(List.of(s, s, s, s));
        Ledgers.swap(dir.resolve("entries/00000002.json"), dir.resolve("entries/00000003.json"));
        Verification v = ledger.verify();
        String all = Ledgers.findings(v);
        assertTrue(all.contains("entry 2: entries/00000002.json holds entry 3: entries were reordered or renamed"), all);
        assertTrue(all.contains("entry 3: entries/00000003.json holds entry 2: entries were reordered or renamed"), all);
    }

    @Test
    void a_changed_entry_is_blamed_on_itself_whether_its_body_or_its_prev_changed() throws Exception {
        Ledger.Scored s = Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
        ledger.append(List.of(s, s, s, s));
        Path second = dir.resolve("entries/00000002.json");
        byte[] original = Files.readAllBytes(second);
        Files.writeString(second, Files.readString(second).replace("\"total\":82.7", "\"total\":92.7"));
        Verification v = ledger.verify();
        assertEquals(List.of(2, 2), v.problems().stream().map(Verification.Finding::entry).toList(), Ledgers.findings(v));
        assertTrue(Ledgers.findings(v).contains("the entry and its record disagree on total: 92.7 against 82.7"), Ledgers.findings(v));
        Files.write(second, original);
        String prev = Json.mapper().readTree(original).get("prev").asText();
        Files.writeString(second, Files.readString(second).replace(prev, "0".repeat(64)));
        v = ledger.verify();
        assertEquals(List.of(2, 2), v.problems().stream().map(Verification.Finding::entry).toList(), Ledgers.findings(v));
    }

    @Test
    void an_append_refuses_a_ledger_whose_last_entry_does_not_match_head_and_writes_nothing() throws Exception {
        Ledger.Scored s = Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
        ledger.append(List.of(s, s));
        Path last = dir.resolve("entries/00000002.json");
        Files.writeString(last, Files.readString(last).replace("82.7", "92.7"));
        List<Path> before = Ledgers.files(dir);
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.append(List.of(s)));
        assertTrue(e.getMessage().contains("does not hold together, so nothing was appended: HEAD records entry 2 with sha256"), e.getMessage());
        assertTrue(e.getMessage().contains("run 'quarterhour audit verify --ledger " + dir), e.getMessage());
        assertEquals(before, Ledgers.files(dir));
    }

    @Test
    void an_append_refuses_a_ledger_whose_head_was_changed() throws Exception {
        Ledger.Scored s = Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
        ledger.append(List.of(s));
        Files.writeString(dir.resolve("HEAD"), Files.readString(dir.resolve("HEAD")) + " ");
        LedgerException e = assertThrows(LedgerException.class, () -> ledger.append(List.of(s)));
        assertTrue(e.getMessage().contains("nothing was appended: HEAD is not in canonical form: its bytes were changed"), e.getMessage());
        assertEquals("ledger: HEAD is not in canonical form: its bytes were changed", Ledgers.findings(ledger.verify()));
    }

    @Test
    void a_complete_entry_after_head_is_noted_then_taken_in_by_the_next_append() throws Exception {
        Ledger.Scored s = Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
        ledger.append(List.of(s, s));
        byte[] headAfterTwo = Ledger.at(dir).readHead().bytes();
        Ledger.at(dir).append(List.of(s));
        Files.write(dir.resolve("HEAD"), headAfterTwo);
        Files.writeString(dir.resolve("tmp/abc-1.tmp"), "half an object");
        Verification v = ledger.verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(2, v.entries());
        assertEquals(1, v.pending());
        assertEquals(List.of(0, 3), v.notes().stream().map(Verification.Finding::entry).sorted().toList(), Ledgers.findings(v));
        ledger.append(List.of(s));
        v = ledger.verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(List.of(), v.notes());
        assertEquals(4, v.entries());
    }

    @Test
    void the_recorded_pack_and_inventory_are_read_back_from_the_objects_alone() throws Exception {
        Entry e = Ledgers.appendExampleUnderTwoStandards(ledger).get(0);
        Pack pack = ledger.pack(e);
        assertEquals(Ledgers.HANGJIN.sha256(), pack.sha256());
        assertTrue(pack.location().startsWith("ledger:hangjin-banner@2023.12@"), pack.location());
        Inventory inventory = ledger.inventory(e, Repo.inventories());
        assertEquals(Ledgers.example(), inventory);
    }

    @Test
    void overrides_are_recorded_as_given_and_replayed_with() throws Exception {
        Inventory example = Ledgers.example();
        var v = Repo.engine().score(example, Ledgers.HANGJIN, new BigDecimal("1.50"));
        Entry e = ledger.append(v, example, Ledgers.HANGJIN, new Overrides(new BigDecimal("1.50"), false));
        assertTrue(new String(e.bytes(), StandardCharsets.UTF_8).contains("\"overrides\":{\"detour_factor\":\"1.50\"}"));
        assertEquals(new BigDecimal("1.50"), ledger.entries().get(0).overrides().detourFactor());
        assertEquals(Replay.Result.IDENTICAL, new Replayer(ledger, Repo.engine()).replay(ledger.entries().get(0)).result());
    }

    @Test
    void a_verdict_is_not_recorded_with_an_inventory_or_pack_it_was_not_scored_from() {
        Ledger.Scored s = Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
        assertThrows(IllegalArgumentException.class, () -> ledger.append(s.verdict(), s.inventory(), Ledgers.CHUZHOU, Overrides.NONE));
        assertFalse(Files.exists(dir.resolve(Ledger.ENTRIES)), "nothing written");
    }

    @Test
    void the_inventory_bytes_a_batch_makes_once_per_file_are_the_ones_an_entry_stores() throws Exception {
        Inventory example = Ledgers.example();
        CanonicalInventory.Bytes once = CanonicalInventory.bytes(example);
        Ledger.Scored s = Ledgers.scored(example, Ledgers.HANGJIN);
        Ledger.Canonical given = s.prepared(once).canonical();
        Ledger.Canonical made = s.prepared().canonical();
        assertArrayEquals(made.inventory(), given.inventory());
        assertEquals(made.inventorySha256(), given.inventorySha256());
        assertArrayEquals(made.verdict(), given.verdict());
        assertEquals(made.verdictSha256(), given.verdictSha256());
        Entry e = ledger.append(List.of(s.prepared(once))).get(0);
        assertArrayEquals(once.json(), ledger.object(e.objects().inventory()));

        // another inventory's bytes are refused, as another inventory would be: nothing is written
        Inventory other = Repo.inventories().read(Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml"), "chuzhou-zinan.yaml");
        Ledger.Scored wrong = Ledgers.scored(example, Ledgers.CHUZHOU).prepared(CanonicalInventory.bytes(other));
        List<Path> before = Ledgers.files(dir);
        assertThrows(IllegalArgumentException.class, () -> ledger.append(List.of(wrong)));
        assertEquals(before, Ledgers.files(dir));
    }
}
