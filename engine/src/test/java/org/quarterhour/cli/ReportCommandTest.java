package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;

/** {@code report} given bad input: it says what is wrong, exits 2 (4 for a damaged ledger), and writes nothing. */
class ReportCommandTest {
    private static final String EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString();
    private static final String ZINAN = Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml").toString();

    @TempDir
    Path dir;

    private Path ledger() {
        Path ledger = dir.resolve("ledger");
        if (!Files.exists(ledger)) {
            assertEquals(0, Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--ledger", ledger.toString()).status());
        }
        return ledger;
    }

    /** A folder of two verdicts, as score --out writes them, without its roll-up. */
    private Path verdicts() throws IOException {
        Path verdicts = dir.resolve("verdicts");
        Cli score = Cli.run("score", EXAMPLE, ZINAN, "--standard", "hangjin-banner", "--out", verdicts.toString(), "--no-ledger");
        assertEquals(0, score.status(), score.err());
        Files.delete(verdicts.resolve("summary.json"));
        Files.delete(verdicts.resolve("summary.xlsx"));
        return verdicts;
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted(Comparator.naturalOrder()).toList();
        }
    }

    private void assertIntact(Path ledger) {
        Cli verify = Cli.run("audit", "verify", "--ledger", ledger.toString());
        assertEquals(0, verify.status(), verify.out());
        assertTrue(verify.out().contains("INTACT: 1 entry, "), verify.out());
    }

    @Test
    void an_out_that_is_a_ledger_or_in_one_is_refused_and_the_ledger_still_verifies() throws IOException {
        Path ledger = ledger();
        List<String> before = files(ledger);
        Cli into = Cli.run("report", ledger.toString(), "--out", ledger.toString());
        assertEquals(2, into.status());
        assertEquals("", into.out());
        assertEquals("quarterhour: --out " + ledger + " is a ledger, and a ledger is never written to: it holds only what score"
                + " recorded; name a folder outside it\n", into.err());
        Cli objects = Cli.run("report", ledger.toString(), "--out", ledger.resolve("objects").toString());
        assertEquals(2, objects.status());
        assertEquals("quarterhour: --out " + ledger.resolve("objects") + " is inside the ledger at " + ledger.toRealPath()
                + ", and a ledger is never written to: it holds only what score recorded; name a folder outside it\n", objects.err());
        assertEquals(2, Cli.run("report", verdicts().toString(), "--out", ledger.resolve("rollup").toString()).status(),
                "a roll-up of verdict files is not written into a ledger either");
        assertEquals(before, files(ledger));
        assertIntact(ledger);
    }

    @Test
    void a_folder_inside_a_ledger_is_not_taken_for_a_folder_of_verdicts() throws IOException {
        Path ledger = ledger();
        List<String> before = files(ledger);
        Cli entries = Cli.run("report", ledger.resolve("entries").toString());
        assertEquals(2, entries.status());
        assertEquals("quarterhour: " + ledger.resolve("entries") + " is inside the ledger at " + ledger.toRealPath()
                + ", and a ledger is never written to: it holds only what score recorded; roll the ledger up with 'quarterhour"
                + " report " + ledger.toRealPath() + " --out DIR'\n", entries.err());
        assertEquals(before, files(ledger));
        assertIntact(ledger);
    }

    @Test
    void a_ledger_whose_entries_were_removed_is_not_written_into_and_is_called_what_it_looks_like() throws IOException {
        Path ledger = ledger();
        try (Stream<Path> entries = Files.list(ledger.resolve("entries"))) {
            for (Path p : entries.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(ledger.resolve("entries"));
        List<String> before = files(ledger);
        Cli cli = Cli.run("report", ledger.toString());
        assertEquals(4, cli.status(), "a ledger that does not verify");
        assertEquals("", cli.out());
        assertEquals("quarterhour: " + ledger + " looks like a ledger (it has HEAD, objects/) but has no entries/ folder: its entries"
                + " were removed, or it is not a ledger; nothing was written\n"
                + "quarterhour: run 'quarterhour audit verify --ledger " + ledger + "' to see what is wrong\n", cli.err());
        assertEquals(before, files(ledger));
        assertEquals(4, Cli.run("audit", "verify", "--ledger", ledger.toString()).status());
    }

    @Test
    void a_ledger_with_a_changed_object_is_not_rolled_up_exits_4_and_gives_one_hint() throws IOException {
        Path ledger = ledger();
        String verdict = Json.mapper().readTree(Files.readAllBytes(ledger.resolve("entries/00000001.json"))).at("/objects/verdict").asText();
        Files.writeString(ledger.resolve("objects/sha256/" + verdict.substring(0, 2) + "/" + verdict.substring(2)), "{}");
        Path out = dir.resolve("rollup");
        Cli cli = Cli.run("report", ledger.toString(), "--out", out.toString());
        assertEquals(4, cli.status(), "a ledger that does not verify");
        assertEquals("quarterhour: the ledger cannot be read: object " + verdict + " has changed: its bytes now hash to "
                + org.quarterhour.hash.Sha256.hex("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                + " (run 'quarterhour audit verify --ledger " + ledger.toAbsolutePath().normalize() + "' to see what changed)\n", cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void a_folder_without_verdict_files_is_refused_and_nothing_is_written() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli none = Cli.run("report", empty.toString());
        assertEquals(2, none.status());
        assertEquals("quarterhour: no verdict files (*.json) in " + empty + "; nothing was written\n", none.err());
        assertEquals(List.of(), files(empty));
        Path inventories = Files.createDirectories(dir.resolve("inventories"));
        Files.copy(Path.of(EXAMPLE), inventories.resolve("xini-tuanjie.yaml"));
        Cli yaml = Cli.run("report", inventories.toString());
        assertEquals(2, yaml.status());
        assertEquals("quarterhour: no verdict files (*.json) in " + inventories + " (it holds inventories: score them first, with"
                + " 'quarterhour score " + inventories + " --standard ID --out DIR'); nothing was written\n", yaml.err());
        assertEquals(List.of("xini-tuanjie.yaml"), files(inventories));
        Files.writeString(inventories.resolve("notes.json"), "{\"schema\": \"something/else\"}");
        Cli notVerdicts = Cli.run("report", inventories.toString());
        assertEquals(2, notVerdicts.status());
        assertTrue(notVerdicts.err().endsWith("quarterhour: the one *.json file in " + inventories
                + " is not a verdict; nothing was written\n"), notVerdicts.err());
        assertEquals(List.of("notes.json", "xini-tuanjie.yaml"), files(inventories));
    }

    @Test
    void out_is_honoured_for_a_folder_of_verdicts_and_made_if_missing() throws IOException {
        Path verdicts = verdicts();
        List<String> before = files(verdicts);
        Path out = dir.resolve("bureau/2026");
        Cli cli = Cli.run("report", verdicts.toString(), "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().endsWith("summary.json and summary.xlsx written to " + out + "\n"), cli.out());
        assertEquals(List.of("summary.json", "summary.xlsx"), files(out));
        assertEquals(2, Json.mapper().readTree(out.resolve("summary.json").toFile()).get("communities").asInt());
        assertEquals(before, files(verdicts), "the folder of verdicts is only read");
    }

    @Test
    void a_target_no_standard_has_is_refused_before_anything_is_written() throws IOException {
        Path verdicts = verdicts();
        assertEquals(0, Cli.run("report", verdicts.toString()).status());
        byte[] summary = Files.readAllBytes(verdicts.resolve("summary.json"));
        byte[] workbook = Files.readAllBytes(verdicts.resolve("summary.xlsx"));
        Cli cli = Cli.run("report", verdicts.toString(), "--target", "bogus>=80%");
        assertEquals(2, cli.status());
        assertEquals("", cli.out());
        assertEquals("quarterhour: --target bogus>=80%: no standard of these verdicts has an outcome 'bogus' (they have excellent,"
                + " fail, good, pass)\nquarterhour: nothing was written\n", cli.err());
        assertArrayEquals(summary, Files.readAllBytes(verdicts.resolve("summary.json")));
        assertArrayEquals(workbook, Files.readAllBytes(verdicts.resolve("summary.xlsx")));
        Path out = dir.resolve("elsewhere");
        assertEquals(2, Cli.run("report", verdicts.toString(), "--out", out.toString(), "--target", "bogus>=80%").status());
        assertFalse(Files.exists(out));
        Path ledger = ledger();
        assertEquals(2, Cli.run("report", ledger.toString(), "--out", out.toString(), "--target", "bogus>=80%").status());
        assertFalse(Files.exists(out));
    }

    @Test
    void an_out_that_names_a_file_is_refused_in_words() throws IOException {
        Path ledger = ledger();
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Cli cli = Cli.run("report", ledger.toString(), "--out", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --out names a file; the roll-up is written into a folder\n", cli.err());
        Cli below = Cli.run("report", ledger.toString(), "--out", file.resolve("rollup").toString());
        assertEquals(2, below.status());
        assertEquals("quarterhour: --out names a file (" + file + " is a file); the roll-up is written into a folder\n", below.err());
        assertEquals("mine", Files.readString(file));
        assertIntact(ledger);
    }

    @Test
    void a_file_named_as_the_folder_is_refused() throws IOException {
        Path file = Files.writeString(dir.resolve("summary.json"), "{}");
        Cli cli = Cli.run("report", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + file + " is a file; name a folder of verdict files (as score --out DIR writes them) or a"
                + " ledger\n", cli.err());
        Cli missing = Cli.run("report", dir.resolve("nowhere").toString());
        assertEquals(2, missing.status());
        assertEquals("quarterhour: no such folder: " + dir.resolve("nowhere") + "\n", missing.err());
    }

    @Test
    void out_dash_is_refused_since_the_roll_up_is_two_files_and_nothing_is_written() throws IOException {
        Path verdicts = verdicts();
        List<String> before = files(verdicts);
        String message = "quarterhour: --out - is standard output; the roll-up is two files (summary.json, summary.xlsx): name a"
                + " folder\n";
        Cli fromVerdicts = Cli.run("report", verdicts.toString(), "--out", "-");
        assertEquals(2, fromVerdicts.status());
        assertEquals("", fromVerdicts.out());
        assertEquals(message, fromVerdicts.err());
        Path ledger = ledger();
        Cli fromLedger = Cli.run("report", ledger.toString(), "--out", "-");
        assertEquals(2, fromLedger.status());
        assertEquals("", fromLedger.out());
        assertEquals(message, fromLedger.err());
        assertFalse(Files.exists(Path.of("-")), "no folder named -");
        assertEquals(before, files(verdicts));
        assertIntact(ledger);
    }

    @Test
    void an_out_in_a_project_with_empty_entries_and_objects_folders_is_written() throws IOException {
        Path verdicts = verdicts();
        Path project = dir.resolve("proj");
        Files.createDirectories(project.resolve("entries"));
        Files.createDirectories(project.resolve("objects"));
        Cli cli = Cli.run("report", verdicts.toString(), "--out", project.resolve("r").toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("", cli.err());
        assertTrue(cli.out().endsWith("summary.json and summary.xlsx written to " + project.resolve("r") + "\n"), cli.out());
        assertEquals(List.of("r/summary.json", "r/summary.xlsx"), files(project));
        Path ledger = ledger();
        Cli fromLedger = Cli.run("report", ledger.toString(), "--out", project.resolve("l").toString());
        assertEquals(0, fromLedger.status(), fromLedger.err());
        assertEquals(List.of("l/summary.json", "l/summary.xlsx", "r/summary.json", "r/summary.xlsx"), files(project));
    }
}
