package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;

/**
 * replay and report over a ledger whose entries and HEAD do not hold together (HEAD removed, an entry file copied past
 * the end): the cheap check audit log runs finds it, and they warn, point once to audit verify and exit 4, as audit log
 * does; report writes nothing.
 */
class DamagedChainCommandTest {
    private static final String EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString();
    private static final String POINTER = "quarterhour: run 'quarterhour audit verify --ledger %s' to see every problem\n";

    @TempDir
    Path dir;

    private Path ledger;

    @BeforeEach
    void scoreTheExampleThreeTimes() {
        ledger = dir.resolve("ledger");
        for (int i = 0; i < 3; i++) {
            assertEquals(0, Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--ledger", ledger.toString()).status());
        }
        assertEquals(0, Cli.run("audit", "verify", "--ledger", ledger.toString()).status());
    }

    private String verdictPrefix() throws IOException {
        String id = Json.mapper().readTree(Files.readAllBytes(ledger.resolve("entries/00000001.json"))).get("verdict_id").asText();
        return id.substring(0, "sha256:".length() + 8);
    }

    private void removeHead() throws IOException {
        Files.delete(ledger.resolve("HEAD"));
    }

    private void copyTheLastEntryPastTheEnd() throws IOException {
        Files.copy(ledger.resolve("entries/00000003.json"), ledger.resolve("entries/00000004.json"));
    }

    private static final String HEAD_MISSING = "HEAD is missing (the entries go up to 3)";
    private static final String COPIED = "entries/00000004.json holds entry 3; the chain breaks between entries 3 and 4:"
            + " entries/00000004.json's prev is not the sha256 of entry 3 (one of them was changed)";

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void replay_all_of_a_ledger_without_head_replays_what_it_can_warns_and_exits_4() throws IOException {
        removeHead();
        Cli all = Cli.run("replay", "--all", "--ledger", ledger.toString());
        assertEquals(4, all.status(), all.err());
        assertTrue(all.out().endsWith("replayed 3 entries: 3 identical, 0 different, 0 not reproduced\n"), all.out());
        assertEquals("quarterhour: warning: the ledger at " + ledger + " does not verify, so these replays may not be of all that"
                + " was recorded: " + HEAD_MISSING + "\n" + POINTER.formatted(ledger), all.err());
        assertEquals(4, Cli.run("audit", "log", "--ledger", ledger.toString()).status(), "as audit log says");
    }

    @Test
    void replay_all_of_a_ledger_with_an_entry_copied_past_the_end_warns_and_exits_4() throws IOException {
        copyTheLastEntryPastTheEnd();
        Cli all = Cli.run("replay", "--all", "--ledger", ledger.toString());
        assertEquals(4, all.status(), all.err());
        assertTrue(all.out().endsWith("replayed 4 entries: 4 identical, 0 different, 0 not reproduced\n"), all.out());
        assertEquals("quarterhour: warning: the ledger at " + ledger + " does not verify, so these replays may not be of all that"
                + " was recorded: " + COPIED + "\n" + POINTER.formatted(ledger), all.err());
    }

    @Test
    void replay_of_one_verdict_shows_its_comparison_but_warns_and_exits_4() throws IOException {
        removeHead();
        Cli one = Cli.run("replay", verdictPrefix(), "--ledger", ledger.toString());
        assertEquals(4, one.status(), one.err());
        assertTrue(one.out().endsWith("IDENTICAL\n"), one.out());
        assertEquals("quarterhour: " + verdictPrefix() + " was recorded 3 times (entries 1, 2, 3); replaying the latest\n"
                + "quarterhour: warning: the ledger at " + ledger + " does not verify, so this replay may not be of what was"
                + " recorded: " + HEAD_MISSING + "\n" + POINTER.formatted(ledger), one.err());
        Files.copy(ledger.resolve("entries/00000003.json"), ledger.resolve("entries/00000004.json"));
        Cli copied = Cli.run("replay", verdictPrefix(), "--ledger", ledger.toString());
        assertEquals(4, copied.status(), copied.err());
        assertEquals(1, occurrences(copied.err(), "audit verify"), copied.err());
    }

    @Test
    void replay_of_an_unknown_verdict_in_a_ledger_that_does_not_verify_exits_4() throws IOException {
        copyTheLastEntryPastTheEnd();
        Cli unknown = Cli.run("replay", "sha256:0000", "--ledger", ledger.toString());
        assertEquals(4, unknown.status(), "the verdict may have been in what was damaged");
        assertEquals("", unknown.out());
        assertEquals("quarterhour: no verdict sha256:0000 in the ledger at " + ledger + " (see 'quarterhour audit log')\n"
                + "quarterhour: warning: the ledger at " + ledger + " does not verify, so this replay may not be of what was"
                + " recorded: " + COPIED + "\n" + POINTER.formatted(ledger), unknown.err());
    }

    @Test
    void replay_of_a_broken_chain_with_a_damaged_object_points_to_audit_verify_once() throws IOException {
        String verdict = Json.mapper().readTree(Files.readAllBytes(ledger.resolve("entries/00000001.json"))).at("/objects/verdict").asText();
        Files.delete(ledger.resolve("objects/sha256/" + verdict.substring(0, 2) + "/" + verdict.substring(2)));
        removeHead();
        Cli all = Cli.run("replay", "--all", "--ledger", ledger.toString());
        assertEquals(4, all.status());
        assertTrue(all.out().endsWith("replayed 3 entries: 0 identical, 0 different, 3 not reproduced\n"), all.out());
        assertEquals("quarterhour: 3 entries' records are damaged\n"
                + "quarterhour: warning: the ledger at " + ledger + " does not verify, so these replays may not be of all that"
                + " was recorded: " + HEAD_MISSING + "\n" + POINTER.formatted(ledger), all.err());
        Cli one = Cli.run("replay", verdictPrefix(), "--ledger", ledger.toString());
        assertEquals(4, one.status());
        assertEquals("", one.out());
        assertEquals(1, occurrences(one.err(), "audit verify"), one.err());
        assertTrue(one.err().contains("quarterhour: cannot replay: object " + verdict + " is missing"), one.err());
    }

    @Test
    void report_of_a_ledger_without_head_writes_nothing_and_exits_4() throws IOException {
        removeHead();
        Path out = dir.resolve("rollup");
        Cli report = Cli.run("report", ledger.toString(), "--out", out.toString());
        assertEquals(4, report.status());
        assertEquals("", report.out());
        assertEquals("quarterhour: the ledger at " + ledger + " does not verify, so it is not rolled up: " + HEAD_MISSING
                + "; nothing was written\n" + POINTER.formatted(ledger), report.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void report_of_a_ledger_with_an_entry_copied_past_the_end_writes_nothing_and_exits_4() throws IOException {
        copyTheLastEntryPastTheEnd();
        Path out = Files.createDirectories(dir.resolve("rollup"));
        Cli report = Cli.run("report", ledger.toString(), "--out", out.toString());
        assertEquals(4, report.status());
        assertEquals("", report.out());
        assertEquals("quarterhour: the ledger at " + ledger + " does not verify, so it is not rolled up: " + COPIED
                + "; nothing was written\n" + POINTER.formatted(ledger), report.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
        Cli noOut = Cli.run("report", ledger.toString());
        assertEquals(4, noOut.status());
        assertEquals("", noOut.out());
    }
}
