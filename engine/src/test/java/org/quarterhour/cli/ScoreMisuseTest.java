package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;

/**
 * {@code score} used wrongly in ways that would lose work or write where it should not: each is refused with one
 * message before anything is scored, and nothing is written.
 */
class ScoreMisuseTest {
    private static final Path EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml");

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void out_naming_the_inventory_being_scored_is_refused_and_the_inventory_kept(@TempDir Path dir) throws IOException {
        Path own = Files.copy(EXAMPLE, dir.resolve("own.yaml"));
        byte[] before = Files.readAllBytes(own);
        Cli cli = Cli.run("score", own.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", own.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --out " + own + " is the inventory being scored, which the output would overwrite: name another file\n",
                cli.err());
        assertArrayEquals(before, Files.readAllBytes(own));
        Cli relative = Cli.run("score", own.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out",
                own.getParent().resolve("sub/../own.yaml").toString());
        assertEquals(2, relative.status(), "the same file by another path: " + relative.err());
        assertArrayEquals(before, Files.readAllBytes(own));
    }

    @Test
    void an_empty_path_is_refused_rather_than_taken_for_the_current_folder() {
        Cli ledger = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--ledger", "");
        assertEquals(2, ledger.status());
        assertTrue(ledger.err().startsWith("quarterhour: Invalid value for option '--ledger': an empty path; name a file or folder\n"),
                ledger.err());
        assertFalse(Files.exists(Path.of("HEAD")), "the current folder was not made a ledger");
        Cli out = Cli.run("score", Repo.fixtures().resolve("inventories").toString(), "--standard", "hangjin-banner", "--no-ledger",
                "--out", "");
        assertEquals(2, out.status());
        assertTrue(out.err().contains("Invalid value for option '--out': an empty path"), out.err());
        assertFalse(Files.exists(Path.of("summary.json")));
    }

    @Test
    void a_folder_that_holds_other_things_is_not_made_a_ledger(@TempDir Path dir) throws IOException {
        Path inventories = Files.createDirectories(dir.resolve("inventories"));
        Files.copy(EXAMPLE, inventories.resolve("xini.yaml"));
        Cli cli = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--ledger", inventories.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + inventories + " is not a ledger and is not empty: name a ledger, a new or an empty folder with "
                + "--ledger DIR (or --no-ledger)\n", cli.err());
        assertEquals(List.of("xini.yaml"), names(inventories));
        assertEquals("", cli.out(), "nothing scored");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Cli fresh = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--format", "json", "--ledger", empty.toString());
        assertEquals(0, fresh.status(), "an empty folder becomes a ledger: " + fresh.err());
        assertTrue(names(empty).contains("HEAD"), names(empty).toString());
        Cli again = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--format", "json", "--ledger", empty.toString());
        assertEquals(0, again.status(), "and a ledger takes more: " + again.err());
        Path cutShort = Files.createDirectories(dir.resolve("cut-short/tmp"));
        Files.writeString(cutShort.resolveSibling("lock"), "");
        Cli resumed = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--format", "json", "--ledger",
                cutShort.getParent().toString());
        assertEquals(0, resumed.status(), "a first append cut short left only the ledger's own lock and tmp/: " + resumed.err());
    }

    @Test
    void out_inside_a_ledger_is_refused_and_the_ledger_still_verifies(@TempDir Path dir) {
        Path ledger = dir.resolve("ledger");
        assertEquals(0, Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-plan", "--format", "json", "--ledger",
                ledger.toString()).status());
        Cli batch = Cli.run("score", Repo.fixtures().resolve("inventories").toString(), "--standard", "hangjin-banner", "--no-ledger",
                "--out", ledger.toString());
        assertEquals(2, batch.status());
        assertTrue(batch.err().startsWith("quarterhour: --out " + ledger + " is in the ledger at " + ledger + ", which only appends write"),
                batch.err());
        Cli single = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out",
                ledger.resolve("objects/verdict.json").toString());
        assertEquals(2, single.status());
        assertTrue(single.err().contains("is in the ledger at " + ledger), single.err());
        Cli verify = Cli.run("audit", "verify", "--ledger", ledger.toString());
        assertEquals(0, verify.status(), verify.out() + verify.err());
        assertTrue(verify.out().contains("\nINTACT: 1 entry"), verify.out());
    }

    @Test
    void out_chooses_the_format_by_its_name_and_refuses_text_in_a_workbook(@TempDir Path dir) throws IOException {
        Path sheet = dir.resolve("sheet.xlsx");
        Cli cli = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", sheet.toString());
        assertEquals(0, cli.status(), cli.err());
        byte[] zip = Files.readAllBytes(sheet);
        assertEquals("PK", new String(zip, 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a workbook (a zip), not the table's text");
        Path json = dir.resolve("verdict.json");
        assertEquals(0, Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", json.toString()).status());
        assertTrue(Files.readString(json).startsWith("{\n  \"schema\" : \"quarterhour/verdict/v1\""));
        Path text = dir.resolve("text.xlsx");
        Cli contradicts = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--format", "table", "--out",
                text.toString());
        assertEquals(2, contradicts.status());
        assertEquals("quarterhour: --out " + text + " names a workbook, but --format table writes text: use --format xlsx, or leave --format out\n",
                contradicts.err());
        assertFalse(Files.exists(text));
    }

    @Test
    void out_in_a_folder_not_made_yet_makes_it_as_a_batch_does(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("a/b/verdict.json");
        Cli cli = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(Files.readString(out).contains("\"verdict_id\""));
        Path file = Files.writeString(dir.resolve("plain"), "a file");
        Cli under = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", file.resolve("v.json").toString());
        assertEquals(2, under.status());
        assertEquals("quarterhour: cannot write " + file.resolve("v.json") + ": not a folder: " + file + "\n", under.err());
    }

    @Test
    void a_batch_refuses_an_out_that_is_a_file_or_standard_output(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("earlier.json"), "{}");
        Path inventories = Repo.fixtures().resolve("inventories");
        Cli onFile = Cli.run("score", inventories.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", file.toString());
        assertEquals(2, onFile.status());
        assertEquals("quarterhour: --out " + file + " is a file; a batch (a folder or several inventories) writes a folder of verdicts: "
                + "name a folder\n", onFile.err());
        assertEquals("{}", Files.readString(file));
        Cli dash = Cli.run("score", inventories.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", "-");
        assertEquals(2, dash.status());
        assertTrue(dash.err().contains("--out - is for one inventory; name a folder"), dash.err());
    }

    @Test
    void a_target_outcome_no_standard_has_is_refused_before_anything_is_scored(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path ledger = dir.resolve("ledger");
        Cli cli = Cli.run("score", Repo.fixtures().resolve("inventories").toString(), "--standard", "chuzhou", "--ledger", ledger.toString(),
                "--out", out.toString(), "--target", "pass>=80%");
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --target pass>=80%: no standard of this run has an outcome 'pass' (its outcomes: met, not_met)\n", cli.err());
        assertFalse(Files.exists(out), "no verdict written");
        assertFalse(Files.exists(ledger), "nothing recorded");
    }

    @Test
    void a_batch_whose_every_file_is_refused_writes_nothing_and_keeps_the_earlier_summary(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli good = Cli.run("score", EXAMPLE.toString(), Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml").toString(), "--standard",
                "hangjin-banner", "--no-ledger", "--out", out.toString());
        assertEquals(0, good.status(), good.err());
        byte[] summary = Files.readAllBytes(out.resolve("summary.json"));
        String empty = Repo.fixtures().resolve("invalid/empty.yaml").toString();
        String notYaml = Repo.fixtures().resolve("invalid/not-yaml.yaml").toString();
        Cli refused = Cli.run("score", empty, notYaml, "--standard", "hangjin-banner", "--no-ledger", "--out", out.toString());
        assertEquals(2, refused.status());
        assertTrue(refused.err().endsWith("quarterhour: every inventory was refused; nothing written to " + out + "\n"), refused.err());
        assertArrayEquals(summary, Files.readAllBytes(out.resolve("summary.json")), "the summary still matches the verdicts beside it");
        Path fresh = dir.resolve("fresh");
        assertEquals(2, Cli.run("score", empty, notYaml, "--standard", "hangjin-banner", "--no-ledger", "--out", fresh.toString()).status());
        assertFalse(Files.exists(fresh), "no folder left holding nothing");
    }

    @Test
    void a_batch_in_xlsx_writes_each_community_s_filled_sheet_beside_its_verdict(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", EXAMPLE.toString(), Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml").toString(), "--standard",
                "hangjin-banner", "--no-ledger", "--no-plan", "--format", "xlsx", "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals(List.of("150625-XN-003.hangjin-banner@2023.12.json", "150625-XN-003.hangjin-banner@2023.12.xlsx",
                "341100-ZN-001.hangjin-banner@2023.12.json", "341100-ZN-001.hangjin-banner@2023.12.xlsx", "summary.json", "summary.xlsx"),
                names(out));
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(out.resolve("150625-XN-003.hangjin-banner@2023.12.xlsx").toFile())) {
            assertEquals(1, book.getNumberOfSheets(), "one community, one sheet");
        }
    }

    @Test
    void a_standard_whose_every_manifest_is_unreadable_is_a_broken_pack_said_once(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Repo.copyTree(Repo.rules().resolve("chuzhou"), rules.resolve("chuzhou"));
        Path manifest = rules.resolve("chuzhou/2024.02/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("id: chuzhou\n", "id: [chuzhou\n"));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", Repo.fixtures().resolve("inventories").toString(), "--standard", "chuzhou", "--rules", rules.toString(),
                "--no-ledger", "--out", out.toString());
        assertEquals(3, cli.status(), cli.err());
        assertTrue(cli.err().startsWith("quarterhour: the rule pack cannot be used: no version of chuzhou can be read:\n  "), cli.err());
        assertEquals(2, cli.err().lines().count(), "one problem, said once, not once per file: " + cli.err());
        assertFalse(Files.exists(out));

        Repo.copyTree(Repo.rules().resolve("chuzhou/2024.02"), rules.resolve("chuzhou/2024.03"));
        Path good = rules.resolve("chuzhou/2024.03/manifest.yaml");
        Files.writeString(good, Files.readString(good).replace("version: \"2024.02\"", "version: \"2024.03\""));
        Cli warned = Cli.run("score", EXAMPLE.toString(), "--standard", "chuzhou", "--rules", rules.toString(), "--no-ledger", "--no-plan",
                "--format", "json");
        assertTrue(warned.err().startsWith("quarterhour: warning: " + rules.resolve("chuzhou/2024.02") + " is left out, its manifest cannot be read: "),
                warned.err());
    }

    @Test
    void a_detour_factor_past_ten_is_a_slip_and_refused() {
        Cli slip = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--detour-factor", "13");
        assertEquals(2, slip.status());
        assertEquals("quarterhour: --detour-factor must be at most 10 (walks in towns run 1.2 to 1.6 times the straight line), found 13; "
                + "1.3 was meant?\n", slip.err());
        Cli huge = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--detour-factor", "1e400");
        assertEquals(2, huge.status());
        assertTrue(huge.err().endsWith("found 1E+400\n"), "no 400-digit figure, and no guess: " + huge.err());
        assertEquals(0, Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--detour-factor", "10").status());
    }

    @Test
    void communities_whose_ids_make_the_same_file_name_are_told_apart_in_the_refusal(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        String example = Files.readString(EXAMPLE);
        Files.writeString(in.resolve("a.yaml"), example.replace("150625-XN-003", "XN/003"));
        Files.writeString(in.resolve("b.yaml"), example.replace("150625-XN-003", "XN_003"));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--out", out.toString());
        assertEquals(2, cli.status());
        assertEquals(in.resolve("b.yaml") + ": community XN_003 under hangjin-banner@2023.12: its verdict file XN_003.hangjin-banner@2023.12.json "
                + "was already written by this run, for it or for a community whose id differs only in characters a file name cannot hold; "
                + "not written twice\n", cli.err());
        assertEquals(List.of("XN_003.hangjin-banner@2023.12.json", "summary.json", "summary.xlsx"), names(out));
    }

    @Test
    void a_file_named_twice_is_scored_and_recorded_once(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("ledger");
        Cli cli = Cli.run("score", EXAMPLE.toString(), EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-plan", "--format", "json",
                "--ledger", ledger.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("quarterhour: " + EXAMPLE + " is named twice; scored once\n", cli.err());
        assertEquals("quarterhour/verdict/v1", org.quarterhour.json.Json.mapper().readTree(cli.out()).get("schema").asText());
        assertEquals(List.of("00000001.json"), names(ledger.resolve("entries")), "one entry, not two alike");
    }

    @Test
    void a_ledger_cannot_be_made_where_it_would_break_another_or_take_in_the_output(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("ledger");
        assertEquals(0, Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-plan", "--format", "json", "--ledger",
                ledger.toString()).status());
        Cli nested = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--ledger", ledger.resolve("sub").toString());
        assertEquals(2, nested.status());
        assertEquals("quarterhour: the ledger " + ledger.resolve("sub") + " would be inside the ledger at " + ledger.toRealPath()
                + ", which only its own appends write: name " + ledger.toRealPath() + " itself, or a folder outside it\n", nested.err());
        Path fresh = dir.resolve("fresh");
        Cli same = Cli.run("score", Repo.fixtures().resolve("inventories").toString(), "--standard", "hangjin-banner", "--out",
                fresh.toString(), "--ledger", fresh.toString());
        assertEquals(2, same.status());
        assertTrue(same.err().startsWith("quarterhour: --out " + fresh + " is in the ledger " + fresh + " that this run records to"), same.err());
        assertFalse(Files.exists(fresh));
        Cli inside = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--out", fresh.resolve("v.json").toString(),
                "--ledger", fresh.toString());
        assertEquals(2, inside.status(), inside.err());
        Cli verify = Cli.run("audit", "verify", "--ledger", ledger.toString());
        assertEquals(0, verify.status(), verify.out() + verify.err());

        Path user = Files.createDirectories(dir.resolve("user/entries"));
        Files.writeString(user.resolveSibling("notes.txt"), "mine");
        Cli userFolder = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--ledger", user.getParent().toString());
        assertEquals(2, userFolder.status(), "a folder of the user's with an entries/ folder is not a ledger: " + userFolder.err());
        assertEquals(List.of("entries", "notes.txt"), names(user.getParent()), "nothing made in it");

        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        Cli onFile = Cli.run("score", Repo.fixtures().resolve("inventories").toString(), "--standard", "hangjin-banner", "--out",
                dir.resolve("out").toString(), "--ledger", file.toString());
        assertEquals(2, onFile.status());
        assertEquals("quarterhour: the ledger " + file + " is a file, not a folder: name a folder with --ledger DIR (or --no-ledger)\n",
                onFile.err(), "once, before any file is read");
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void several_inventories_into_one_named_file_are_one_output_and_a_trailing_slash_is_a_folder(@TempDir Path dir) throws IOException {
        String second = Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml").toString();
        Path sheets = dir.resolve("two.xlsx");
        Cli cli = Cli.run("score", EXAMPLE.toString(), second, "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--out",
                sheets.toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(Files.isRegularFile(sheets), "a workbook, not a folder");
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(sheets.toFile())) {
            assertEquals(2, book.getNumberOfSheets(), "one sheet per verdict");
        }
        Cli piped = Cli.run("score", EXAMPLE.toString(), second, "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--format",
                "json", "--out", "-");
        assertEquals(0, piped.status(), piped.err());
        assertEquals(2, org.quarterhour.json.Json.mapper().readTree(piped.out()).size(), "a list of the two verdicts");
        Cli target = Cli.run("score", EXAMPLE.toString(), second, "--standard", "hangjin-banner", "--no-ledger", "--out",
                dir.resolve("all.json").toString(), "--target", "pass>=80%");
        assertEquals(2, target.status());
        assertTrue(target.err().endsWith("; --out " + dir.resolve("all.json") + " names one file: name a folder, or end the name with '/'\n"),
                target.err());
        Path folder = dir.resolve("newdir");
        Cli slash = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--out", folder + "/");
        assertEquals(0, slash.status(), slash.err());
        assertTrue(Files.isDirectory(folder), "a name ending in '/' is a folder: a batch of one");
        assertTrue(Files.isRegularFile(folder.resolve("150625-XN-003.hangjin-banner@2023.12.json")));
    }

    @Test
    void in_a_batch_a_file_named_twice_is_scored_once_and_not_refused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", Repo.fixtures().resolve("inventories").toString(), EXAMPLE.toString(), "--standard", "hangjin-banner",
                "--no-ledger", "--no-plan", "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("quarterhour: " + EXAMPLE + " is named twice; scored once\n", cli.err());
        assertTrue(cli.out().endsWith("verdicts, summary.json and summary.xlsx written to " + out + "\n"), cli.out());
    }

    @Test
    void alone_a_file_refused_by_its_date_does_not_stop_the_others(@TempDir Path dir) throws IOException {
        Path early = Files.writeString(dir.resolve("early.yaml"), Files.readString(EXAMPLE).replace("date: 2024-11-05", "date: 2023-06-01"));
        Cli cli = Cli.run("score", early.toString(), EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--format",
                "json");
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("no version of hangjin-banner is in force on 2023-06-01"), cli.err());
        assertEquals("150625-XN-003", org.quarterhour.json.Json.mapper().readTree(cli.out()).at("/0/community/id").asText(),
                "the other file is scored and printed, as past an invalid one (in a list, as two files were asked for)");
    }

    @Test
    void a_link_then_dotdot_is_followed_as_the_system_follows_it(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("ledger");
        assertEquals(0, Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-plan", "--format", "json", "--ledger",
                ledger.toString()).status());
        Path link = Files.createSymbolicLink(dir.resolve("ent"), ledger.resolve("entries"));
        Path sneak = link.resolve("../sneak.json"); // the system goes to ledger/entries, then up: ledger/sneak.json
        Cli cli = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", sneak.toString());
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("is in the ledger at " + ledger.toRealPath()), cli.err());
        assertFalse(Files.exists(ledger.resolve("sneak.json")));
        assertEquals(0, Cli.run("audit", "verify", "--ledger", ledger.toString()).status());

        Path nested = link.resolve("../nested"); // the ledger's own folder again, through the link
        Cli ledgerThrough = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--ledger", nested.toString());
        assertEquals(2, ledgerThrough.status(), ledgerThrough.err());
        assertTrue(ledgerThrough.err().contains("would be inside the ledger at " + ledger.toRealPath()), ledgerThrough.err());
        Cli report = Cli.run("report", ledger.toString(), "--out", link.resolve("../summary").toString());
        assertEquals(2, report.status(), "report places --out as the system does too: " + report.err());
        assertFalse(Files.exists(ledger.resolve("summary")));
        assertEquals(0, Cli.run("audit", "verify", "--ledger", ledger.toString()).status());

        Path other = dir.resolve("other");
        Cli missing = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--ledger", other.toString(), "--out",
                dir.resolve("nd/../v.json").toString());
        assertEquals(2, missing.status());
        assertEquals("quarterhour: cannot write " + dir.resolve("nd/../v.json") + ": a '..' in it follows a folder that is not there\n",
                missing.err());
        assertFalse(Files.exists(other), "nothing recorded before the write could fail");
    }

    @Test
    void in_a_batch_a_file_reached_by_a_link_is_the_same_file(@TempDir Path dir) throws IOException {
        Path alias = Files.createSymbolicLink(dir.resolve("alias.yaml"), EXAMPLE);
        Path hard = Files.createLink(dir.resolve("hard.yaml"), Files.copy(EXAMPLE, dir.resolve("copy.yaml")));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", EXAMPLE.toString(), alias.toString(), dir.resolve("copy.yaml").toString(), hard.toString(), "--standard",
                "hangjin-banner", "--no-ledger", "--no-plan", "--out", out + "/");
        assertEquals(2, cli.status(), "copy.yaml is the same community from another file, refused as such: " + cli.err());
        assertTrue(cli.err().contains("quarterhour: " + alias + " is named twice; scored once"), cli.err());
        assertTrue(cli.err().contains("quarterhour: " + hard + " is named twice; scored once"), cli.err());
        assertTrue(cli.err().contains("copy.yaml: community 150625-XN-003 under hangjin-banner@2023.12 was already scored"), cli.err());
    }

    @Test
    void several_files_into_one_json_are_a_list_however_many_are_refused(@TempDir Path dir) throws IOException {
        Path early = Files.writeString(dir.resolve("early.yaml"), Files.readString(EXAMPLE).replace("date: 2024-11-05", "date: 2023-06-01"));
        Path both = dir.resolve("both.json");
        Cli cli = Cli.run("score", EXAMPLE.toString(), early.toString(), "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--out",
                both.toString());
        assertEquals(2, cli.status());
        var json = org.quarterhour.json.Json.mapper().readTree(both.toFile());
        assertTrue(json.isArray(), "a list of one, as two files were asked for");
        assertEquals(1, json.size());
    }

    @Test
    void a_standard_named_twice_gives_one_verdict(@TempDir Path dir) throws IOException {
        Cli one = Cli.run("score", EXAMPLE.toString(), "--standard", "hangjin-banner", "--standard", "hangjin-banner@2023.12", "--no-ledger",
                "--no-plan", "--format", "json");
        assertEquals(0, one.status(), one.err());
        assertEquals("quarterhour/verdict/v1", org.quarterhour.json.Json.mapper().readTree(one.out()).get("schema").asText(),
                "one verdict (an object), not a list of two alike");
        Path out = dir.resolve("out");
        Cli batch = Cli.run("score", EXAMPLE.toString(), Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml").toString(), "--standard",
                "hangjin-banner", "--standard", "hangjin-banner@2023.12", "--no-ledger", "--no-plan", "--out", out.toString());
        assertEquals(0, batch.status(), batch.err());
        assertEquals(2, org.quarterhour.json.Json.mapper().readTree(out.resolve("summary.json").toFile()).get("communities").asInt());
    }

    @Test
    void an_inventory_that_cannot_be_read_says_why_once(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "a file, not a folder");
        Path below = plain.resolve("inventory.yaml");
        Cli cli = Cli.run("score", below.toString(), "--standard", "hangjin-banner", "--no-ledger");
        assertEquals(2, cli.status());
        assertEquals(below + ": cannot be read: Not a directory\n", cli.err(), "the reason, and the path only once");
    }
}
