package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;
import org.quarterhour.ledger.Entry;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --standard all} scores each inventory under every standard with a version in force on its inspection date:
 * the three examples are dated 2024, before Kaifeng's only version (in force from 2025-05-30), so Kaifeng is left out
 * for them, never scored under a version that did not apply then.
 */
class ScoreAllStandardsTest {
    private static final Path INVENTORIES = Repo.fixtures().resolve("inventories");
    private static final Path EXAMPLE = INVENTORIES.resolve("xini-tuanjie.yaml");
    private static final String KAIFENG_LEFT_OUT = "quarterhour: kaifeng is left out for 3 files: none of its versions is in force on their"
            + " inspection dates, 2024-02-01 to 2024-11-05; versions: 2025.05 (from 2025-05-30)\n";

    @Test
    void a_batch_across_all_standards_leaves_out_a_standard_not_yet_in_force_and_says_so_once(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path ledger = dir.resolve("ledger");
        Cli cli = Cli.run("score", INVENTORIES.toString(), "--standard", "all", "--no-plan", "--ledger", ledger.toString(), "--out", out.toString());
        assertEquals(0, cli.status(), "a standard left out is no error while others apply: " + cli.err());
        assertEquals(KAIFENG_LEFT_OUT, cli.err());
        List<String> written = names(out);
        assertEquals(4 * 3 + 2, written.size(), written.toString());
        assertFalse(written.stream().anyMatch(n -> n.contains("kaifeng")), written.toString());
        assertTrue(written.contains("150625-XN-003.hangjin-banner@2023.12.json"), written.toString());
        assertTrue(written.contains("440304-HQB-HH.xiayi@2023.draft.json"), written.toString());

        assertEquals(List.of("chuzhou@2024.02", "hangjin-banner@2023.12", "shenzhen@2023.09", "xiayi@2023.draft"), recorded(ledger).stream()
                .distinct().sorted().toList(), "the ledger holds no Kaifeng verdict");
        assertEquals(12, recorded(ledger).size());

        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(List.of("chuzhou", "hangjin-banner", "shenzhen", "xiayi"), summary.get("standards").findValuesAsText("id").stream()
                .distinct().toList());
        assertFalse(cli.out().contains("kaifeng"), cli.out());
    }

    @Test
    void a_file_refused_after_scoring_is_not_counted_among_those_a_standard_was_left_out_for(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(EXAMPLE, in.resolve("a.yaml"));
        Files.copy(EXAMPLE, in.resolve("b.yaml")); // the same community: the second file is refused as scored already
        Cli cli = Cli.run("score", in.toString(), "--standard", "all", "--no-plan", "--no-ledger", "--out", dir.resolve("out").toString());
        assertEquals(2, cli.status(), cli.err());
        assertTrue(cli.err().contains("quarterhour: kaifeng is left out for " + in.resolve("a.yaml") + ": none of its versions is in force on "),
                cli.err());
        assertFalse(cli.err().contains("left out for 2 files"), cli.err());
    }

    @Test
    void a_newer_unsealed_draft_is_never_chosen_for_a_date_before_every_version(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        for (String pack : List.of("hangjin-banner/2023.12", "kaifeng/2025.05")) {
            Repo.copyTree(Repo.rules().resolve(pack), rules.resolve(pack));
        }
        Repo.copyTree(Repo.rules().resolve("kaifeng/2025.05"), rules.resolve("kaifeng/2027.draft"));
        Files.delete(rules.resolve("kaifeng/2027.draft/seal.json")); // a draft: not sealed
        Path manifest = rules.resolve("kaifeng/2027.draft/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: \"2025.05\"", "version: \"2027.draft\"")
                .replace("from: 2025-05-30", "from: 2027-01-01"));
        Path out = dir.resolve("out");
        Path ledger = dir.resolve("ledger");
        Cli cli = Cli.run("score", EXAMPLE.toString(), INVENTORIES.resolve("chuzhou-zinan.yaml").toString(), "--standard", "all", "--rules",
                rules.toString(), "--no-plan", "--ledger", ledger.toString(), "--out", out + "/");
        assertEquals(0, cli.status(), cli.err());
        assertEquals("quarterhour: kaifeng is left out for 2 files: none of its versions is in force on their inspection dates,"
                + " 2024-02-01 to 2024-11-05; versions: 2025.05 (from 2025-05-30), 2027.draft (from 2027-01-01)\n", cli.err());
        assertEquals(List.of("150625-XN-003.hangjin-banner@2023.12.json", "341100-ZN-001.hangjin-banner@2023.12.json", "summary.json",
                "summary.xlsx"), names(out));
        assertEquals(List.of("hangjin-banner@2023.12", "hangjin-banner@2023.12"), recorded(ledger));
    }

    @Test
    void one_file_across_all_standards_is_compared_under_those_in_force_on_its_date(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli cli = Cli.run("score", EXAMPLE.toString(), "--standard", "all", "--no-plan", "--format", "json", "--ledger", ledger.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("quarterhour: kaifeng is left out for " + EXAMPLE + ": none of its versions is in force on 2024-11-05;"
                + " versions: 2025.05 (from 2025-05-30)\n", cli.err());
        assertEquals(List.of("chuzhou@2024.02", "hangjin-banner@2023.12", "shenzhen@2023.09", "xiayi@2023.draft"),
                refs(Json.mapper().readTree(cli.out())));
        assertEquals(List.of("chuzhou@2024.02", "hangjin-banner@2023.12", "shenzhen@2023.09", "xiayi@2023.draft"), recorded(ledger));
    }

    @Test
    void a_file_dated_before_every_standard_is_refused_by_itself(@TempDir Path dir) throws Exception {
        Path early = Files.writeString(dir.resolve("early.yaml"), Files.readString(EXAMPLE)
                .replace("id: 150625-XN-003", "id: 150625-XN-009").replace("date: 2024-11-05", "date: 2022-06-01"));
        Path out = dir.resolve("out");
        Path ledger = dir.resolve("ledger");
        Cli cli = Cli.run("score", early.toString(), EXAMPLE.toString(), "--standard", "all", "--no-plan", "--ledger", ledger.toString(),
                "--out", out + "/");
        assertEquals(2, cli.status(), cli.err());
        assertEquals(early + ": no standard is in force on 2022-06-01: chuzhou 2024.02 (from 2024-02-01); hangjin-banner 2023.12"
                + " (from 2023-12-28); kaifeng 2025.05 (from 2025-05-30); shenzhen 2023.09 (from 2023-09-15); xiayi 2023.draft"
                + " (from 2023-01-01)\n" + "quarterhour: kaifeng is left out for " + EXAMPLE + ": none of its versions is in force on"
                + " 2024-11-05; versions: 2025.05 (from 2025-05-30)\n", cli.err());
        assertEquals(List.of("150625-XN-003.chuzhou@2024.02.json", "150625-XN-003.hangjin-banner@2023.12.json",
                "150625-XN-003.shenzhen@2023.09.json", "150625-XN-003.xiayi@2023.draft.json", "summary.json", "summary.xlsx"), names(out));
        assertEquals(4, recorded(ledger).size());

        Path alone = dir.resolve("alone");
        Cli refused = Cli.run("score", early.toString(), "--standard", "all", "--no-plan", "--ledger", ledger.toString(), "--out",
                alone + "/");
        assertEquals(2, refused.status());
        assertFalse(Files.exists(alone), "nothing written");
        assertEquals(4, recorded(ledger).size(), "nothing recorded");
    }

    @Test
    void a_standard_named_besides_all_is_held_to_its_date_and_a_version_named_outright_is_scored(@TempDir Path dir) throws Exception {
        Path ledger = dir.resolve("ledger");
        Cli named = Cli.run("score", EXAMPLE.toString(), "--standard", "all", "--standard", "kaifeng", "--no-plan", "--format", "json",
                "--ledger", ledger.toString());
        assertEquals(2, named.status(), "kaifeng named by itself refuses a file it cannot score: " + named.err());
        assertEquals("quarterhour: " + EXAMPLE + ": no version of kaifeng is in force on 2024-11-05; versions: 2025.05 (from 2025-05-30)"
                + " (name one with --standard kaifeng@VERSION)\n", named.err());
        assertEquals(List.of(), recorded(ledger));

        Cli version = Cli.run("score", EXAMPLE.toString(), "--standard", "all", "--standard", "kaifeng@2025.05", "--no-plan", "--format",
                "json", "--ledger", ledger.toString());
        assertEquals(0, version.status(), version.err());
        assertEquals("", version.err(), "a Kaifeng version was scored: nothing of Kaifeng was left out");
        assertEquals(List.of("chuzhou@2024.02", "hangjin-banner@2023.12", "shenzhen@2023.09", "xiayi@2023.draft", "kaifeng@2025.05"),
                recorded(ledger));
    }

    /** The standard@version of every verdict the ledger holds, in the order recorded. */
    private static List<String> recorded(Path ledger) throws LedgerException {
        Ledger at = Ledger.at(ledger);
        return at.exists() ? at.listing().entries().stream().map(Entry::standard).map(s -> s.id() + "@" + s.version()).toList() : List.of();
    }

    private static List<String> refs(JsonNode verdicts) {
        return Stream.iterate(0, i -> i < verdicts.size(), i -> i + 1).map(verdicts::get)
                .map(v -> v.at("/standard/id").asText() + "@" + v.at("/standard/version").asText()).toList();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
