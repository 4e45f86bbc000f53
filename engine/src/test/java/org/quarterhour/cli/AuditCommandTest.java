package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.json.Json;
import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.Overrides;
import org.quarterhour.pack.Pack;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Verdict;

/** The auditor's commands over a ledger that {@code score} wrote: log, verify, replay, replay --under, replay --all. */
class AuditCommandTest {
    private static final String EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString();

    @TempDir
    Path dir;

    private Path ledger() {
        return dir.resolve("ledger");
    }

    private Cli score(String... more) {
        List<String> args = new ArrayList<>(List.of("score", EXAMPLE, "--ledger", ledger().toString()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private Cli audit(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--ledger", ledger().toString()));
        return Cli.run(all.toArray(String[]::new));
    }

    private String shortId(int seq) {
        try {
            String id = Json.mapper().readTree(Files.readAllBytes(ledger().resolve(String.format("entries/%08d.json", seq))))
                    .get("verdict_id").asText();
            return id.substring(0, "sha256:".length() + 12);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String verdictId() throws IOException {
        return Json.mapper().readTree(Files.readAllBytes(ledger().resolve("entries/00000001.json"))).get("verdict_id").asText();
    }

    @Test
    void score_records_each_verdict_and_audit_log_lists_them() {
        assertEquals(0, score("--standard", "hangjin-banner").status());
        assertEquals(0, score("--standard", "chuzhou").status());
        Cli log = audit("audit", "log");
        assertEquals(0, log.status(), log.err());
        assertEquals("""
                seq  verdict              community      standard                total  outcome           recorded_at
                  1  %s  150625-XN-003  hangjin-banner@2023.12   82.7  不合格 (fail)     2026-11-21T10:00:00Z
                  2  %s  150625-XN-003  chuzhou@2024.02             -  未达标 (not_met)  2026-11-21T10:00:00Z
                """.formatted(shortId(1), shortId(2)), log.out());
        Cli only = audit("audit", "log", "--standard", "chuzhou@2024.02");
        assertEquals(2, only.out().lines().count(), only.out());
        Cli other = audit("audit", "log", "--community", "other");
        assertEquals(2, other.status(), "no entry is for community 'other': bad input, not an empty answer");
        assertEquals("", other.out());
        assertEquals(3, audit("audit", "log", "--since", "2026-11-21").out().lines().count());
        assertEquals(1, audit("audit", "log", "--since", "2026-11-22").out().lines().count());
        assertEquals(2, audit("audit", "log", "--since", "yesterday").status());
    }

    @Test
    void audit_log_as_json_is_the_entries_as_recorded() throws IOException {
        score("--standard", "hangjin-banner");
        Cli log = audit("audit", "log", "--format", "json");
        JsonNode entries = Json.mapper().readTree(log.out());
        assertEquals(1, entries.size());
        assertEquals("quarterhour/ledger-entry/v1", entries.get(0).get("schema").asText());
        assertEquals(verdictId(), entries.get(0).get("verdict_id").asText());
        assertEquals(64, entries.get(0).at("/objects/pack").asText().length());
    }

    @Test
    void no_ledger_and_refused_input_write_nothing() {
        Cli tryingOut = Cli.run(Map.of("QUARTERHOUR_LEDGER", ledger().toString()), "score", EXAMPLE, "--standard", "hangjin-banner",
                "--no-ledger");
        assertEquals(0, tryingOut.status(), tryingOut.err());
        assertFalse(Files.exists(ledger()));
        Cli refused = Cli.run("score", Repo.fixtures().resolve("invalid/duplicate-ids.yaml").toString(), "--standard", "hangjin-banner",
                "--ledger", ledger().toString());
        assertEquals(2, refused.status());
        assertFalse(Files.exists(ledger()));
        Cli badPack = Cli.run("score", EXAMPLE, "--rules", Repo.fixtures().resolve("packs/does-not-compile").toString(),
                "--standard", "broken@1.0", "--ledger", ledger().toString());
        assertEquals(3, badPack.status());
        assertFalse(Files.exists(ledger()));
        assertEquals(2, Cli.run("score", EXAMPLE, "--ledger", ledger().toString(), "--no-ledger").status());
    }

    @Test
    void without_an_option_the_ledger_is_the_one_quarterhour_ledger_names() {
        Path named = dir.resolve("from-env");
        Cli cli = Cli.run(Map.of("QUARTERHOUR_LEDGER", named.toString()), "score", EXAMPLE, "--standard", "hangjin-banner");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(Files.isRegularFile(named.resolve("entries/00000001.json")));
    }

    @Test
    void a_ledger_that_cannot_be_written_fails_the_score_with_a_clear_message_and_prints_nothing() throws IOException {
        // a file where the entries folder goes (a file in the ledger's own place is refused before scoring: ScoreMisuseTest)
        Files.createDirectories(ledger());
        Files.writeString(ledger().resolve("entries"), "a file, not a folder");
        Cli cli = score("--standard", "hangjin-banner");
        assertEquals(1, cli.status());
        assertEquals("", cli.out());
        assertTrue(cli.err().startsWith("quarterhour: cannot record the verdicts: cannot create the ledger at " + ledger()), cli.err());
        assertTrue(cli.err().contains("--no-ledger"), cli.err());
        assertFalse(cli.err().contains("Exception"), cli.err());
    }

    @Test
    void audit_verify_says_intact_or_lists_what_changed_by_entry() throws IOException {
        score("--standard", "hangjin-banner");
        score("--standard", "hangjin-banner");
        Cli ok = audit("audit", "verify");
        assertEquals(0, ok.status(), ok.out() + ok.err());
        assertTrue(ok.out().contains("INTACT: 2 entries, "), ok.out());
        Path first = ledger().resolve("entries/00000001.json");
        Files.writeString(first, Files.readString(first).replace("不合格", "合格"));
        Cli changed = audit("audit", "verify");
        assertEquals(4, changed.status());
        assertTrue(changed.out().contains("NOT INTACT: 2 problems"), changed.out());
        assertTrue(changed.out().contains("  entry 1: changed: entry 2 records its sha256 as "), changed.out());
        assertTrue(changed.out().contains("  entry 1: the entry and its record disagree on outcome: fail 合格 0 against fail 不合格 0"),
                changed.out());
        assertEquals(2, audit("audit", "verify", "--ledger", dir.resolve("nothing").toString()).status());
    }

    @Test
    void replay_prints_identical_for_a_recorded_verdict_and_accepts_the_start_of_its_id() throws IOException {
        score("--standard", "hangjin-banner");
        Cli full = audit("replay", verdictId());
        assertEquals(0, full.status(), full.err());
        assertTrue(full.out().endsWith("IDENTICAL\n"), full.out());
        Cli prefix = audit("replay", verdictId().substring("sha256:".length(), "sha256:".length() + 8));
        assertEquals(full.out(), prefix.out());
        Cli unknown = audit("replay", "sha256:0000");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no verdict sha256:0000 in the ledger"), unknown.err());
    }

    @Test
    void a_verdict_scored_without_the_plan_records_that_and_replays_identical() throws IOException {
        score("--standard", "hangjin-banner", "--no-plan", "--detour-factor", "1.40");
        JsonNode entry = Json.mapper().readTree(Files.readAllBytes(ledger().resolve("entries/00000001.json")));
        assertEquals("{\"detour_factor\":\"1.40\",\"plan\":false}", entry.get("overrides").toString());
        Cli replay = audit("replay", verdictId());
        assertEquals(0, replay.status(), replay.out() + replay.err());
        assertTrue(replay.out().endsWith("IDENTICAL\n"), replay.out());
        score("--standard", "hangjin-banner");
        JsonNode planned = Json.mapper().readTree(Files.readAllBytes(ledger().resolve("entries/00000002.json")));
        assertEquals("{}", planned.get("overrides").toString(), "the plan, as by default, is not written down");
        Cli all = audit("replay", "--all");
        assertTrue(all.out().contains("replayed 2 entries: 2 identical"), all.out());
    }

    @Test
    void replay_never_reads_the_rules_folder(@TempDir Path rules) throws IOException {
        Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), rules.resolve("hangjin-banner/2023.12"));
        assertEquals(0, score("--standard", "hangjin-banner", "--rules", rules.toString()).status());
        Path drl = rules.resolve("hangjin-banner/2023.12/basic.drl");
        Files.writeString(drl, "this is no longer DRL");
        Cli cli = Cli.run(Map.of("QUARTERHOUR_RULES", rules.toString()), "replay", verdictId(), "--ledger", ledger().toString());
        assertEquals(0, cli.status(), cli.out() + cli.err());
        assertTrue(cli.out().endsWith("IDENTICAL\n"), cli.out());
    }

    @Test
    void replay_of_a_verdict_an_engine_rounded_differently_shows_each_field_and_exits_4() throws Exception {
        Inventory inventory = Repo.inventories().read(Path.of(EXAMPLE), EXAMPLE);
        Pack pack = Repo.pack("hangjin-banner@2023.12");
        Verdict v = Repo.engine().score(inventory, pack);
        List<Item> items = new ArrayList<>();
        for (Item i : v.items()) {
            items.add(!i.code().equals("B02") ? i : new Item(i.code(), i.name(), i.category(), i.max(), new BigDecimal("6.5"),
                    i.coverage(), i.met(), i.applicable(), i.clause(), i.evidence(), i.reason()));
        }
        Verdict older = new Verdict(v.schema(), null, v.community(), v.standard(), v.engine(), v.inventorySha256(), v.inspection(),
                v.parameters(), items, v.categories(), new BigDecimal("82.8"), v.max(), v.outcome(), v.gaps(), v.plan(), null);
        older = older.withIdentity("sha256:" + Json.sha256(older), v.recordedAt());
        Entry e = Ledger.at(ledger()).append(older, inventory, pack, Overrides.NONE);
        Cli cli = audit("replay", e.verdictId());
        assertEquals(4, cli.status(), cli.out() + cli.err());
        assertTrue(cli.out().contains("DIFFERENT: 3 fields\n"), cli.out());
        assertTrue(cli.out().contains("  items[B02].awarded  6.5"), cli.out());
        assertTrue(cli.out().contains("  total               82.8"), cli.out());
        Cli all = audit("replay", "--all");
        assertEquals(4, all.status());
        assertTrue(all.out().endsWith("replayed 1 entry: 0 identical, 1 different, 0 not reproduced\n"), all.out());
    }

    @Test
    void replay_all_summarises_the_whole_ledger() {
        score("--standard", "all");
        Cli all = audit("replay", "--all");
        assertEquals(0, all.status(), all.out() + all.err());
        assertTrue(all.out().endsWith("replayed 4 entries: 4 identical, 0 different, 0 not reproduced\n"),
                "every standard in force on 2024-11-05 (Kaifeng's only version is from 2025): " + all.out());
        assertEquals(2, audit("replay").status());
        assertEquals(2, audit("replay", "--all", "802271").status());
    }

    @Test
    void replay_under_another_version_shows_what_changes_item_by_item_and_whether_the_grade_does(@TempDir Path rules) throws IOException {
        score("--standard", "hangjin-banner");
        Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), rules.resolve("hangjin-banner/2023.12"));
        Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), rules.resolve("hangjin-banner/2025.01"));
        Files.deleteIfExists(rules.resolve("hangjin-banner/2025.01/seal.json")); // a new version starts unsealed
        Path manifest = rules.resolve("hangjin-banner/2025.01/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: \"2023.12\"", "version: \"2025.01\"")
                .replace("from: 2023-12-28", "from: 2025-01-01").replace("radius_m: 1200", "radius_m: 1500"));
        Cli cli = audit("replay", verdictId(), "--under", "hangjin-banner@2025.01", "--rules", rules.toString());
        assertEquals(0, cli.status(), cli.out() + cli.err());
        assertTrue(cli.out().startsWith("what if 锡尼镇团结社区 (150625-XN-003) were scored under hangjin-banner@2025.01 instead of hangjin-banner@2023.12\n"),
                cli.out());
        assertTrue(cli.out().contains("B10   药店                                       4.8                     6.0\n"), cli.out());
        assertTrue(cli.out().contains("6 items change, 26 stay the same\n"), cli.out());
        assertTrue(cli.out().contains("total    82.7 -> 85.5\noutcome  不合格 (fail) -> 良好 (good): the grade changes\n"), cli.out());
        Cli same = audit("replay", verdictId(), "--under", "hangjin-banner@2023.12", "--rules", rules.toString());
        assertTrue(same.out().contains("no item changes, 32 stay the same"), same.out());
        assertTrue(same.out().contains("the grade stays the same"), same.out());
        assertEquals(2, audit("replay", verdictId(), "--under", "hangjin-banner@1999.01", "--rules", rules.toString()).status());
    }

    @Test
    void replay_under_a_standard_not_in_force_on_the_verdicts_date_names_its_own_option() throws IOException {
        score("--standard", "hangjin-banner");
        Cli cli = audit("replay", verdictId().substring(0, "sha256:".length() + 8), "--under", "kaifeng");
        assertEquals(2, cli.status(), cli.out() + cli.err());
        assertEquals("quarterhour: no version of kaifeng is in force on 2024-11-05; versions: 2025.05 (from 2025-05-30)"
                + " (name one with --under kaifeng@VERSION)\n", cli.err(), "replay has no --standard");
        assertEquals("", cli.out());
        Cli named = audit("replay", verdictId(), "--under", "kaifeng@2025.05");
        assertEquals(0, named.status(), named.err());
        assertTrue(named.out().startsWith("what if 锡尼镇团结社区 (150625-XN-003) were scored under kaifeng@2025.05 instead of"
                + " hangjin-banner@2023.12\n"), named.out());
    }

    @Test
    void the_readme_auditing_commands_run_on_a_ledger_holding_the_example() throws IOException {
        score("--standard", "hangjin-banner");
        String readme = Files.readString(Repo.root().resolve("README.md"));
        String block = readme.substring(readme.indexOf("## Auditing"));
        block = block.substring(block.indexOf("```sh\n") + 6, block.indexOf("```\n", block.indexOf("```sh\n") + 6));
        List<String> commands = block.lines().map(l -> l.replaceAll("\\s+#.*$", "")).toList();
        assertEquals(5, commands.size(), block);
        for (String command : commands) {
            assertTrue(command.startsWith("./quarterhour "), "runnable as written from a clone: " + command);
            Cli cli = audit(command.substring("./quarterhour ".length()).split(" "));
            assertEquals(0, cli.status(), command + "\n" + cli.out() + cli.err());
            assertFalse(cli.out().isBlank(), command);
        }
    }

    private Path object(String hex) {
        return ledger().resolve("objects/sha256/" + hex.substring(0, 2) + "/" + hex.substring(2));
    }

    private String recorded(int seq, String pointer) throws IOException {
        return Json.mapper().readTree(Files.readAllBytes(ledger().resolve(String.format("entries/%08d.json", seq)))).at(pointer).asText();
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void audit_log_says_plainly_when_no_entry_is_for_the_community_or_standard_named() {
        score("--standard", "hangjin-banner");
        score("--standard", "chuzhou");
        Cli community = audit("audit", "log", "--community", "150625-XN-03");
        assertEquals(2, community.status());
        assertEquals("", community.out(), "refused, not answered with an empty list");
        assertEquals("quarterhour: no entry of the ledger at " + ledger() + " is for community '150625-XN-03'; the ledger has"
                + " community 150625-XN-003\n", community.err());
        assertEquals("", audit("audit", "log", "--community", "150625-XN-03", "--format", "json").out());
        Cli standard = audit("audit", "log", "--standard", "chuzou");
        assertEquals(2, standard.status());
        assertEquals("", standard.out());
        assertEquals("quarterhour: no entry of the ledger at " + ledger() + " is under standard 'chuzou'; the ledger has standards"
                + " chuzhou@2024.02, hangjin-banner@2023.12\n", standard.err());
        Cli version = audit("audit", "log", "--standard", "chuzhou@2099.01", "--format", "json");
        assertEquals(2, version.status());
        assertEquals("", version.out());
        Cli later = audit("audit", "log", "--community", "150625-XN-003", "--since", "2026-11-22");
        assertEquals(0, later.status(), "a filter that is right but finds nothing since then is an answer");
        assertEquals("seq  verdict  community  standard  total  outcome  recorded_at\n", later.out());
        assertEquals("[ ]\n", audit("audit", "log", "--community", "150625-XN-003", "--since", "2026-11-22", "--format", "json").out());
        assertEquals("quarterhour: no entry matches --community 150625-XN-003 --since 2026-11-22 (the ledger holds 2 entries)\n",
                later.err());
        Cli found = audit("audit", "log", "--community", "150625-XN-003");
        assertEquals(0, found.status());
        assertEquals("", found.err());
    }

    @Test
    void audit_log_of_a_ledger_whose_chain_does_not_hold_lists_what_it_can_warns_and_exits_4() throws IOException {
        score("--standard", "hangjin-banner");
        score("--standard", "chuzhou");
        Path first = ledger().resolve("entries/00000001.json");
        Files.writeString(first, Files.readString(first).replace("\"seq\":1,", "\"seq\":5,"));
        Cli renumbered = audit("audit", "log");
        assertEquals(4, renumbered.status());
        assertEquals(3, renumbered.out().lines().count(), renumbered.out());
        assertTrue(renumbered.err().startsWith("quarterhour: warning: the ledger at " + ledger() + " does not verify, so this list"
                + " may not be what was recorded: entries/00000001.json holds entry 5; the chain breaks between entries 1 and 2"),
                renumbered.err());
        assertTrue(renumbered.err().endsWith("quarterhour: run 'quarterhour audit verify --ledger " + ledger() + "' to see every"
                + " problem\n"), renumbered.err());
        Files.writeString(first, Files.readString(first).replace("\"seq\":5,", "\"seq\":1,"));
        assertEquals(0, audit("audit", "log").status(), "put back, the ledger holds again");
        Files.delete(ledger().resolve("HEAD"));
        Cli headless = audit("audit", "log");
        assertEquals(4, headless.status());
        assertTrue(headless.err().contains("does not verify, so this list may not be what was recorded: HEAD is missing (the entries"
                + " go up to 2)"), headless.err());
        assertEquals(4, audit("audit", "verify").status());
    }

    @Test
    void replay_of_a_ledger_with_an_object_changed_or_missing_exits_4_with_one_hint() throws IOException {
        score("--standard", "hangjin-banner");
        score("--standard", "chuzhou");
        Path tree = object(recorded(1, "/objects/pack"));
        Files.writeString(tree, Files.readString(tree).replace("quarterhour/ledger-pack/v1", "quarterhour/ledger-pack/v9"));
        Cli all = audit("replay", "--all");
        assertEquals(4, all.status(), all.out() + all.err());
        assertTrue(all.out().endsWith("replayed 2 entries: 1 identical, 0 different, 1 not reproduced\n"), all.out());
        assertTrue(all.out().contains("NOT REPRODUCED: the record is damaged: object " + recorded(1, "/objects/pack") + " has changed"),
                all.out());
        assertEquals("quarterhour: 1 entry's record is damaged; run 'quarterhour audit verify --ledger " + ledger()
                + "' to see what changed\n", all.err());
        Cli one = audit("replay", recorded(1, "/verdict_id"));
        assertEquals(4, one.status());
        assertEquals(1, occurrences(one.err(), "audit verify"), one.err());
        assertTrue(one.err().startsWith("quarterhour: cannot replay: object " + recorded(1, "/objects/pack") + " has changed"), one.err());
        Files.delete(object(recorded(2, "/objects/verdict")));
        Cli missing = audit("replay", "--all");
        assertEquals(4, missing.status());
        assertTrue(missing.out().endsWith("replayed 2 entries: 0 identical, 0 different, 2 not reproduced\n"), missing.out());
        assertEquals(1, occurrences(missing.err(), "audit verify"), missing.err());
        Files.delete(ledger().resolve("entries/00000001.json"));
        Cli gone = audit("replay", "--all");
        assertEquals(4, gone.status(), gone.err());
        assertEquals(1, occurrences(gone.err(), "audit verify"), gone.err());
    }

    @Test
    void an_empty_or_malformed_verdict_id_is_bad_input_and_names_no_verdict() {
        score("--standard", "hangjin-banner");
        Cli empty = audit("replay", "");
        assertEquals(2, empty.status());
        assertEquals("", empty.out());
        assertEquals("quarterhour: VERDICT_ID is empty: name a verdict by its id (sha256:..., or enough of its start to be unique;"
                + " see 'quarterhour audit log')\n", empty.err());
        assertEquals(2, audit("replay", "sha256:").status());
        assertEquals(2, audit("replay", " ").status());
        Cli words = audit("replay", "xini");
        assertEquals(2, words.status());
        assertTrue(words.err().startsWith("quarterhour: VERDICT_ID 'xini' is not a verdict id"), words.err());
    }

    @Test
    void with_head_missing_verify_and_the_next_score_agree_that_appends_are_refused() throws IOException {
        score("--standard", "hangjin-banner");
        score("--standard", "chuzhou");
        Files.delete(ledger().resolve("HEAD"));
        Cli verify = audit("audit", "verify");
        assertEquals(4, verify.status());
        assertTrue(verify.out().contains("appends are refused until HEAD is put back"), verify.out());
        assertFalse(verify.out().contains("the next append takes it in"), verify.out());
        Cli next = score("--standard", "hangjin-banner");
        assertEquals(1, next.status());
        assertTrue(next.err().contains("HEAD is missing and there is more than one entry"), next.err());
        assertFalse(Files.exists(ledger().resolve("entries/00000003.json")));
    }
}
