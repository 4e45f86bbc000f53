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
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;

class ScoreCommandTest {
    private static final String EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString();

    @Test
    void a_draft_pack_scores_but_the_run_says_once_it_is_not_a_released_version(@TempDir Path dir) {
        Path rules = dir.resolve("rules");
        Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), rules.resolve("hangjin-banner/2023.12"));
        Cli sealed = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--rules", rules.toString(), "--no-ledger");
        assertEquals(0, sealed.status(), sealed.err());
        assertEquals("", sealed.err(), "a sealed pack: nothing to say");
        try {
            Files.delete(rules.resolve("hangjin-banner/2023.12/seal.json"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Cli draft = Cli.run("score", EXAMPLE, EXAMPLE.replace("xini-tuanjie", "chuzhou-zinan"), "--standard", "hangjin-banner", "--rules",
                rules.toString(), "--no-ledger", "--format", "json");
        assertEquals(0, draft.status(), draft.err());
        assertEquals("quarterhour: warning: scored under a draft, hangjin-banner@2023.12 (no seal.json): not a released version;"
                + " 'quarterhour pack seal DIR' releases one\n", draft.err(), "once for the run, not once per file");
        assertTrue(draft.out().contains("\"total\" : 82.7"), "scored all the same: " + draft.out());
    }

    @Test
    void the_example_scores_as_a_table_with_items_subtotals_outcome_and_reasons() {
        Cli cli = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("B01   便利店"), cli.out());
        assertTrue(cli.out().contains("基本保障类业态                                     60.7 / 67     minimum 62  NOT MET"), cli.out());
        assertTrue(cli.out().contains("total                                              82.7 / 100"), cli.out());
        assertTrue(cli.out().contains("outcome: 不合格 (fail)"));
        assertTrue(cli.out().contains("  - 基本保障类业态 60.7 < 62"));
        assertTrue(cli.out().contains("C: nearest 综合超市 锡尼惠民超市 (F02) 1503.1 m from gate C2 (estimated) > 1200 m"));
    }

    @Test
    void json_is_the_verdict_format_with_every_point_explained() throws IOException {
        Cli cli = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner@2023.12", "--format", "json");
        assertEquals(0, cli.status(), cli.err());
        JsonNode v = Json.mapper().readTree(cli.out());
        assertEquals("quarterhour/verdict/v1", v.get("schema").asText());
        assertTrue(v.get("verdict_id").asText().matches("sha256:[0-9a-f]{64}"));
        assertEquals("hangjin-banner", v.at("/standard/id").asText());
        assertEquals(64, v.at("/standard/pack_sha256").asText().length());
        assertEquals(1200, v.at("/parameters/radius_m").asInt());
        assertEquals("1.3", v.at("/parameters/detour_factor").decimalValue().toPlainString());
        assertEquals("2026-11-21T10:00:00Z", v.get("recorded_at").asText());
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : v.get("items")) {
            sum = sum.add(item.get("awarded").decimalValue());
            assertFalse(item.get("reason").asText().isBlank());
        }
        assertEquals(0, sum.compareTo(v.get("total").decimalValue()));
        assertEquals("82.7", v.get("total").decimalValue().toPlainString());
        JsonNode b01 = v.get("items").get(3);
        assertEquals("B01", b01.get("code").asText());
        // gate A2 has no measured walk to F01, so its estimate (296.2 m) beats the 430 m walked from A1
        assertEquals("{\"compound\":\"A\",\"facility\":\"F01\",\"type\":\"convenience_store\",\"gate\":\"A2\",\"distance_m\":296.2,\"estimated\":true}",
                b01.get("evidence").get(0).toString());
        assertEquals("fail", v.at("/outcome/code").asText());
        assertEquals("基本保障类业态 60.7 < 62", v.at("/outcome/reasons/0").asText());
    }

    @Test
    void the_same_inventory_gives_the_same_bytes_whatever_the_order_of_its_facilities(@TempDir Path dir) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(EXAMPLE));
        List<String> facilityLines = new ArrayList<>(lines.stream().filter(l -> l.startsWith("  - { id: F")).toList());
        Collections.reverse(facilityLines);
        List<String> reordered = new ArrayList<>();
        int next = 0;
        for (String l : lines) {
            reordered.add(l.startsWith("  - { id: F") ? facilityLines.get(next++) : l);
        }
        Path shuffled = dir.resolve("shuffled.yaml");
        Files.write(shuffled, reordered);
        Cli a = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--format", "json");
        Cli b = Cli.run("score", shuffled.toString(), "--standard", "hangjin-banner", "--format", "json");
        assertEquals(a.out(), b.out());
    }

    @Test
    void a_refused_inventory_exits_2_with_located_messages_no_stack_trace_and_writes_nothing(@TempDir Path dir) {
        Path out = dir.resolve("verdict.json");
        String bad = Repo.fixtures().resolve("invalid/duplicate-ids.yaml").toString();
        Cli cli = Cli.run("score", bad, "--standard", "hangjin-banner", "--format", "json", "--out", out.toString());
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains(bad + ":11:9: compounds[1].id: duplicate compound id 'A'"), cli.err());
        assertEquals(3, cli.err().lines().count(), "all three problems at once: " + cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
        assertFalse(Files.exists(out));
        assertEquals("", cli.out());
    }

    @Test
    void out_writes_the_verdict_to_a_file() throws IOException {
        Path out = Files.createTempFile("verdict", ".json");
        Cli cli = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--format", "json", "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("", cli.out());
        assertEquals("quarterhour/verdict/v1", Json.mapper().readTree(out.toFile()).get("schema").asText());
        Files.delete(out);
    }

    @Test
    void an_unknown_standard_or_version_is_bad_input() {
        Cli unknown = Cli.run("score", EXAMPLE, "--standard", "beijing");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("no standard 'beijing'"), unknown.err());
        Cli version = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner@1999.01");
        assertEquals(2, version.status());
        assertTrue(version.err().contains("no version '1999.01' of hangjin-banner; versions: 2023.12 (from 2023-12-28)"), version.err());
    }

    @Test
    void without_a_version_the_one_in_force_on_the_inspection_date_is_used(@TempDir Path dir) throws IOException {
        String before = Files.readString(Path.of(EXAMPLE)).replace("date: 2024-11-05", "date: 2023-06-01");
        Path early = dir.resolve("early.yaml");
        Files.writeString(early, before);
        Cli cli = Cli.run("score", early.toString(), "--standard", "hangjin-banner");
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("no version of hangjin-banner is in force on 2023-06-01"), cli.err());
    }

    @Test
    void a_pack_that_does_not_compile_exits_3() {
        Cli cli = Cli.run("score", EXAMPLE, "--rules", Repo.fixtures().resolve("packs/does-not-compile").toString(),
                "--standard", "broken@1.0");
        assertEquals(3, cli.status(), cli.out() + cli.err());
        assertTrue(cli.err().contains("items.drl:"), cli.err());
    }

    @Test
    void a_wrong_option_is_bad_input_with_a_pointer_to_help() {
        Cli cli = Cli.run("score", EXAMPLE, "--format", "pdf");
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("--format"), cli.err());
    }

    @Test
    void standards_lists_the_shipped_packs() {
        Cli cli = Cli.run("standards");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("hangjin-banner@2023.12  杭锦旗一刻钟便民生活圈建设验收考核标准  杭锦旗人民政府办公室  in force 2023-12-28 .."), cli.out());
    }

    @Test
    void a_detour_factor_below_one_is_refused() {
        Cli cli = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--detour-factor", "0.9");
        assertEquals(2, cli.status());
    }
}
