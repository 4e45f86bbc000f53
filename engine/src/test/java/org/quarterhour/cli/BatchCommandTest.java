package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;

/** {@code score DIR --out DIR}: many communities scored into verdict files and a roll-up; {@code report DIR} rebuilds it. */
class BatchCommandTest {
    /** The three shipped inventories, a second community made from the example, and a refused file in a subfolder. */
    private static Path district(Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        for (String name : List.of("xini-tuanjie", "chuzhou-zinan", "shenzhen-huahang")) {
            Files.copy(Repo.fixtures().resolve("inventories/" + name + ".yaml"), dir.resolve("in/" + name + ".yaml"));
        }
        String xingfu = Files.readString(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"))
                .replace("150625-XN-003", "150625-XN-004").replace("锡尼镇团结社区", "锡尼镇幸福社区")
                .replace("{ id: F02, type: 超市, name: 锡尼惠民超市, at: [39.8305, 108.7340], walk_m: { A1: 610, B1: 520 } }",
                        "{ id: F02, type: 超市, name: 锡尼惠民超市, at: [39.8305, 108.7340], walk_m: { A1: 610, B1: 520, C2: 900 } }")
                .replace("{ id: F03, type: 菜市场, name: 团结农贸市场, at: [39.8288, 108.7368] }",
                        "{ id: F03, type: 菜市场, name: 团结农贸市场, at: [39.8288, 108.7368], walk_m: { C2: 1000 } }");
        Files.writeString(in.resolve("xingfu.yaml"), xingfu);
        Files.copy(Repo.fixtures().resolve("invalid/duplicate-ids.yaml"), in.resolve("duplicate-ids.yaml"));
        return dir.resolve("in");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_folder_is_scored_into_one_verdict_per_community_and_a_summary_past_a_bad_file(@TempDir Path dir) throws IOException {
        Path in = district(dir);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--out", out.toString(), "--target", "pass>=80%");
        assertEquals(2, cli.status(), "a refused file makes the run exit 2 at the end: " + cli.err());
        assertTrue(cli.err().contains(in.resolve("sub/duplicate-ids.yaml") + ":11:9: compounds[1].id: duplicate compound id 'A'"),
                cli.err());
        assertFalse(cli.err().contains("[="), "no progress bar where there is no terminal");
        assertEquals(List.of("150625-XN-003.hangjin-banner@2023.12.json", "150625-XN-004.hangjin-banner@2023.12.json",
                "341100-ZN-001.hangjin-banner@2023.12.json", "440304-HQB-HH.hangjin-banner@2023.12.json", "summary.json", "summary.xlsx"), names(out));
        JsonNode verdict = Json.mapper().readTree(out.resolve("150625-XN-003.hangjin-banner@2023.12.json").toFile());
        assertEquals("fail", verdict.at("/outcome/code").asText());
        assertEquals("farmers_market", verdict.at("/plan/steps/0/additions/0/type").asText());

        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("quarterhour/summary/v2", summary.get("schema").asText());
        assertEquals(4, summary.get("communities").asInt());
        assertEquals(1, summary.get("refused").asInt());
        JsonNode hangjin = summary.at("/standards/0");
        assertEquals("hangjin-banner", hangjin.at("/standard/id").asText());
        assertEquals("excellent good pass fail", String.join(" ", hangjin.findValuesAsText("code").subList(0, 4)));
        assertEquals(1, hangjin.at("/outcomes/1/count").asInt(), "幸福社区 reaches its supermarket and market: 85.9, 良好");
        assertEquals(0, hangjin.at("/outcomes/2/count").asInt());
        assertEquals(3, hangjin.at("/outcomes/3/count").asInt());
        assertEquals(0, new java.math.BigDecimal("0.25").compareTo(hangjin.at("/outcomes/2/at_least_share").decimalValue()),
                "one of four at 合格 or higher");
        assertEquals("basic", hangjin.at("/categories/0/code").asText());
        assertEquals(1, hangjin.at("/categories/0/met").asInt());
        JsonNode target = hangjin.at("/targets/0");
        assertEquals("pass>=80%", target.get("target").asText());
        assertFalse(target.get("met").asBoolean());
        assertEquals(3, target.get("short_by").asInt(), "80% of 4 is 4 communities; 1 is there");
        JsonNode blind = hangjin.at("/blind_spots/0");
        assertTrue(blind.get("households").asLong() >= hangjin.at("/blind_spots/1/households").asLong(), "heaviest first");

        assertTrue(cli.out().contains("hangjin-banner@2023.12  杭锦旗一刻钟便民生活圈建设验收考核标准  (4 communities)"), cli.out());
        assertTrue(cli.out().contains("target pass>=80%: 25.0% at 合格 or higher — NOT MET, 3 more communities needed"), cli.out());
        assertTrue(cli.out().contains("设施盲区"), cli.out());
    }

    @Test
    void report_rebuilds_the_same_roll_up_from_the_verdict_files(@TempDir Path dir) throws IOException {
        Path in = district(dir);
        Path out = dir.resolve("out");
        Cli score = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--standard", "chuzhou", "--out", out.toString(),
                "--target", "pass>=80%", "--target", "met>=40%");
        assertEquals(2, score.status(), score.err());
        ObjectNode written = (ObjectNode) Json.mapper().readTree(out.resolve("summary.json").toFile());
        Files.delete(out.resolve("summary.json"));

        Cli report = Cli.run("report", out.toString(), "--target", "pass>=80%", "--target", "met>=40%");
        assertEquals(0, report.status(), report.err());
        ObjectNode rebuilt = (ObjectNode) Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(1, written.get("refused").asInt());
        assertEquals(0, rebuilt.get("refused").asInt(), "report counts files that are not verdicts; there are none");
        written.remove("refused");
        rebuilt.remove("refused");
        assertEquals(written, rebuilt);
        assertEquals(2, rebuilt.get("standards").size(), "one part per standard version");
        assertTrue(report.out().contains("target met>=40%"), report.out());
    }

    @Test
    void report_names_a_file_that_is_not_a_verdict_and_exits_2_after_rolling_up_the_rest(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli score = Cli.run("score", Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString(),
                Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml").toString(), "--standard", "hangjin-banner", "--out", out.toString());
        assertEquals(0, score.status(), "several files with --out make a batch: " + score.err());
        Files.writeString(out.resolve("notes.json"), "{\"schema\": \"something/else\"}");
        Cli report = Cli.run("report", out.toString());
        assertEquals(2, report.status());
        assertTrue(report.err().contains("notes.json: not a verdict: schema is 'something/else'"), report.err());
        assertEquals(2, Json.mapper().readTree(out.resolve("summary.json").toFile()).get("communities").asInt());
    }

    @Test
    void html_in_a_batch_writes_a_map_beside_each_verdict(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString(), "--standard", "hangjin-banner",
                "--format", "html", "--out", Files.createDirectories(out).toString());
        assertEquals(0, cli.status(), "an existing folder as --out makes a batch: " + cli.err());
        assertTrue(Files.readString(out.resolve("150625-XN-003.hangjin-banner@2023.12.html")).contains("<svg"));
    }

    @Test
    void targets_are_checked_before_anything_is_scored_and_outcomes_no_standard_has_are_refused(@TempDir Path dir) throws IOException {
        Path in = district(dir);
        Cli syntax = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--out", dir.resolve("a").toString(), "--target", "pass>80");
        assertEquals(2, syntax.status());
        assertTrue(syntax.err().contains("target 'pass>80' is not OUTCOME_CODE>=PERCENT% (for example pass>=80%)"), syntax.err());
        assertFalse(Files.exists(dir.resolve("a")));
        Cli unknown = Cli.run("score", Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString(), "--standard", "hangjin-banner",
                "--out", Files.createDirectories(dir.resolve("b")).toString(), "--target", "basic_met>=100%");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("--target basic_met>=100%: no standard of this run has an outcome 'basic_met'"), unknown.err());
        Cli single = Cli.run("score", Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString(), "--standard", "hangjin-banner",
                "--target", "pass>=80%");
        assertEquals(2, single.status());
        assertTrue(single.err().contains("--target is for a batch"), single.err());
    }

    @Test
    void a_community_in_two_files_is_written_once_and_the_second_refused(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), in.resolve("a.yaml"));
        Files.writeString(in.resolve("b.yaml"), Files.readString(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"))
                .replace("锡尼镇团结社区", "锡尼镇团结社区（复查）"));
        Files.copy(Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml"), in.resolve("c.yaml"));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--out", out.toString(), "--no-plan", "--no-ledger");
        assertEquals(2, cli.status(), cli.err());
        assertTrue(cli.err().contains(in.resolve("b.yaml") + ": community 150625-XN-003 under hangjin-banner@2023.12 was already"
                + " scored from another file of this run; not written twice"), cli.err());
        assertEquals(List.of("150625-XN-003.hangjin-banner@2023.12.json", "341100-ZN-001.hangjin-banner@2023.12.json", "summary.json",
                "summary.xlsx"), names(out));
        JsonNode kept = Json.mapper().readTree(out.resolve("150625-XN-003.hangjin-banner@2023.12.json").toFile());
        assertEquals("锡尼镇团结社区", kept.at("/community/name").asText(), "the first file's verdict is kept, not overwritten");
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, summary.get("communities").asInt());
        assertEquals(1, summary.get("refused").asInt());
    }

    @Test
    void a_verdict_file_that_cannot_be_written_stops_the_run_without_a_summary(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        // a folder (not empty) where the second community's verdict file goes: its writer cannot put the file there
        Path blocked = Files.createDirectories(out.resolve("341100-ZN-001.hangjin-banner@2023.12.json"));
        Files.writeString(blocked.resolve("keep.txt"), "not a verdict");
        Cli cli = Cli.run("score", district(dir).toString(), "--standard", "hangjin-banner", "--out", out.toString(), "--no-plan",
                "--no-ledger");
        assertEquals(1, cli.status(), cli.err());
        assertTrue(cli.err().contains(blocked.toString()), cli.err());
        assertTrue(cli.err().contains("quarterhour: cannot write into " + out + ": Is a directory: " + blocked + "; the run stopped there"),
                cli.err());
        assertFalse(cli.err().contains("Exception"), "words, not a Java exception: " + cli.err());
        assertFalse(Files.exists(out.resolve("summary.json")), "no roll-up of a run that stopped");
        assertEquals("not a verdict", Files.readString(blocked.resolve("keep.txt")));
        assertEquals(List.of(), names(out).stream().filter(n -> n.startsWith(".quarterhour-")).toList(), "no staged file left behind");
    }

    @Test
    void a_folder_without_out_is_refused(@TempDir Path dir) throws IOException {
        Cli cli = Cli.run("score", district(dir).toString(), "--standard", "hangjin-banner");
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("add --out DIR"), cli.err());
    }

    @Test
    void a_standard_or_rules_folder_that_is_not_there_is_one_message_before_any_file_is_read(@TempDir Path dir) throws IOException {
        Path in = district(dir);
        Path out = dir.resolve("out");
        Cli misspelt = Cli.run("score", in.toString(), "--standard", "hangjin", "--out", out.toString(), "--no-ledger");
        assertEquals(2, misspelt.status());
        assertEquals("quarterhour: no standard 'hangjin' under " + Repo.rules() + "; known: chuzhou, hangjin-banner, kaifeng, shenzhen, xiayi\n",
                misspelt.err(), "one line, not one for each of the five files");
        assertFalse(Files.exists(out), "nothing written");
        Cli version = Cli.run("score", in.toString(), "--standard", "hangjin-banner@2030.01", "--out", out.toString(), "--no-ledger");
        assertEquals(2, version.status());
        assertEquals(1, version.err().lines().count(), version.err());
        assertTrue(version.err().contains("no version '2030.01' of hangjin-banner; versions: 2023.12 (from 2023-12-28)"), version.err());
        Path nowhere = dir.resolve("no-rules");
        Cli rules = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--rules", nowhere.toString(), "--out", out.toString(),
                "--no-ledger");
        assertEquals(2, rules.status());
        assertEquals("quarterhour: no rules folder at " + nowhere + " (name one with --rules DIR or QUARTERHOUR_RULES)\n", rules.err());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void a_folder_without_inventories_is_refused_and_nothing_is_written(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not an inventory");
        Path out = dir.resolve("out");
        Cli cli = Cli.run("score", empty.toString(), "--standard", "hangjin-banner", "--out", out.toString(), "--no-ledger");
        assertEquals(2, cli.status());
        assertEquals("quarterhour: no inventories (*.yaml or *.yml) in " + empty + "; nothing written\n", cli.err());
        assertFalse(Files.exists(out));
    }

    /** Every cell of a workbook's first sheet, as text. */
    private static String cells(Path workbook) throws IOException {
        StringBuilder s = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(cell -> s.append(f.formatCellValue(cell)).append('\n')));
        }
        return s.toString();
    }

    @Test
    void a_verdict_scored_again_into_the_folder_keeps_no_sheet_or_map_of_the_verdict_it_replaced(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path inventory = Files.copy(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), in.resolve("x.yaml"));
        Path out = dir.resolve("s");
        Path verdict = out.resolve("150625-XN-003.hangjin-banner@2023.12.json");
        Path sheet = out.resolve("150625-XN-003.hangjin-banner@2023.12.xlsx");
        Path map = out.resolve("150625-XN-003.hangjin-banner@2023.12.html");
        assertEquals(0, Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--no-ledger", "--format", "xlsx", "--out",
                out + "/").status());
        JsonNode before = Json.mapper().readTree(verdict.toFile());
        assertEquals("82.7", before.get("total").asText());
        assertTrue(cells(sheet).contains(before.get("verdict_id").asText()), "the sheet is the verdict's own");

        String nearer = Files.readString(inventory).replace("C2: 1380", "C2: 1000"); // the pharmacy within reach of compound C
        assertFalse(nearer.equals(Files.readString(inventory)));
        Files.writeString(inventory, nearer);
        Cli again = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", out + "/");
        assertEquals(0, again.status(), again.err());
        JsonNode after = Json.mapper().readTree(verdict.toFile());
        assertEquals("83.9", after.get("total").asText());
        assertFalse(before.get("verdict_id").equals(after.get("verdict_id")));
        assertFalse(Files.exists(sheet), "the sheet of the 82.7 verdict is not left beside the 83.9 one");
        assertEquals(List.of("150625-XN-003.hangjin-banner@2023.12.json", "summary.json", "summary.xlsx"), names(out));

        assertEquals(0, Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--no-ledger", "--format", "html", "--out",
                out + "/").status());
        assertTrue(Files.readString(map).contains(after.get("verdict_id").asText()), "the map is the new verdict's");
        assertEquals(0, Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--no-ledger", "--format", "xlsx", "--out",
                out + "/").status());
        assertFalse(Files.exists(map), "a verdict written with its sheet keeps no map of an earlier run");
        assertTrue(cells(sheet).contains(after.get("verdict_id").asText()));
    }

    @Test
    void a_batch_into_a_folder_of_earlier_verdicts_rolls_up_every_verdict_there_as_report_does(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path inventory = Files.copy(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), in.resolve("x.yaml"));
        Path out = dir.resolve("s");
        assertEquals(0, Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", out + "/").status());
        Files.writeString(inventory, Files.readString(inventory).replace("C2: 1380", "C2: 1000"));
        Cli again = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--no-ledger", "--out", out + "/");
        assertEquals("", again.err(), "the community's verdict is written again: nothing earlier is left to roll up");
        Cli chuzhou = Cli.run("score", Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString(), "--standard", "chuzhou",
                "--no-ledger", "--out", out + "/");
        assertEquals(0, chuzhou.status(), chuzhou.err());
        assertEquals("quarterhour: summary.json rolls up every verdict in " + out + ": 1 written by this run and 1 left there by"
                + " earlier runs (score into an empty folder for a roll-up of this run alone)\n", chuzhou.err());

        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(2, summary.get("communities").asInt(), "both verdicts in the folder");
        assertEquals("chuzhou", summary.at("/standards/0/standard/id").asText());
        assertEquals("hangjin-banner", summary.at("/standards/1/standard/id").asText(), "the earlier run's standard too");
        JsonNode hangjin = summary.at("/standards/1");
        assertEquals("83.9", hangjin.at("/total/mean").asText(), "the verdict of the second run, once");
        assertEquals("excellent good pass fail", String.join(" ", hangjin.get("outcomes").findValuesAsText("code")),
                "outcomes no verdict reached, from the rules folder, as report finds them");
        assertTrue(chuzhou.out().startsWith("2 verdicts\n"), chuzhou.out());
        assertTrue(chuzhou.out().contains("total: mean 83.9, lowest 83.9, highest 83.9"), chuzhou.out());

        byte[] json = Files.readAllBytes(out.resolve("summary.json"));
        byte[] xlsx = Files.readAllBytes(out.resolve("summary.xlsx"));
        Cli report = Cli.run("report", out.toString());
        assertEquals(0, report.status(), report.err());
        assertEquals(new String(json, java.nio.charset.StandardCharsets.UTF_8), Files.readString(out.resolve("summary.json")),
                "report DIR rebuilds the very roll-up the batch wrote");
        assertTrue(java.util.Arrays.equals(xlsx, Files.readAllBytes(out.resolve("summary.xlsx"))));
    }

    @Test
    void a_json_file_in_the_folder_that_is_not_a_verdict_is_named_and_left_out_of_the_batch_roll_up(@TempDir Path dir)
            throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.json"), "{\"schema\": \"something/else\"}");
        Cli cli = Cli.run("score", Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString(), "--standard", "hangjin-banner",
                "--no-ledger", "--no-plan", "--out", out.toString());
        assertEquals(0, cli.status(), "not an input of the run, so not a refused one: " + cli.err());
        assertEquals("quarterhour: warning: " + out.resolve("notes.json") + ": not a verdict: schema is 'something/else', expected"
                + " quarterhour/verdict/v1; left out of summary.json\n", cli.err());
        JsonNode summary = Json.mapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.get("communities").asInt());
        assertEquals(0, summary.get("refused").asInt());
    }

    /** Every row of a workbook's first sheet, its cells as text joined by '|'. */
    private static List<String> rows(Path workbook) throws IOException {
        List<String> rows = new java.util.ArrayList<>();
        org.apache.poi.ss.usermodel.DataFormatter f = new org.apache.poi.ss.usermodel.DataFormatter();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(new java.io.ByteArrayInputStream(Files.readAllBytes(workbook)))) {
            wb.getSheetAt(0).forEach(row -> {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(f.formatCellValue(cell)));
                rows.add(String.join("|", cells));
            });
        }
        return rows;
    }

    @Test
    void a_blind_spot_keeps_households_unknown_where_the_inventories_give_none(@TempDir Path dir) throws IOException {
        String tuanjie = Files.readString(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"));
        String unknown = tuanjie.lines().filter(l -> !l.contains("households:")).map(l -> l + "\n").reduce("", String::concat)
                .replace("150625-XN-003", "150625-XN-009");
        assertFalse(unknown.contains("households"));
        Path alone = Files.createDirectories(dir.resolve("alone"));
        Files.writeString(alone.resolve("nh.yaml"), unknown);
        Path out = dir.resolve("nh");
        Cli cli = Cli.run("score", alone.toString(), "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        JsonNode verdict = Json.mapper().readTree(out.resolve("150625-XN-009.hangjin-banner@2023.12.json").toFile());
        assertTrue(verdict.at("/gaps/0/compounds/0/households").isNull());
        JsonNode childcare = Json.mapper().readTree(out.resolve("summary.json").toFile()).at("/standards/0/blind_spots/0");
        assertEquals("childcare", childcare.at("/types/0").asText());
        assertTrue(childcare.get("households").isNull(), "unknown, not 0 households: " + childcare);
        assertEquals(3, childcare.get("compounds").asInt());
        assertEquals(3, childcare.get("compounds_without_households").asInt());
        assertTrue(cli.out().contains("托育站                    unknown households     3 compounds     1 communities"
                + "  (3 compounds without households)\n"), cli.out());
        assertTrue(rows(out.resolve("summary.xlsx")).contains("托育站|childcare|不详|3|1|3"), rows(out.resolve("summary.xlsx")).toString());

        // a district mixing it with the same community, households given: those known are added up, the others counted beside
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.writeString(mixed.resolve("nh.yaml"), unknown);
        Files.writeString(mixed.resolve("tuanjie.yaml"), tuanjie);
        Path both = dir.resolve("both");
        Cli district = Cli.run("score", mixed.toString(), "--standard", "hangjin-banner", "--no-ledger", "--no-plan", "--out",
                both.toString());
        assertEquals(0, district.status(), district.err());
        JsonNode spots = Json.mapper().readTree(both.resolve("summary.json").toFile()).at("/standards/0/blind_spots");
        assertEquals("childcare", spots.at("/0/types/0").asText());
        assertEquals(1720, spots.at("/0/households").asInt(), "820 + 560 + 340 of 团结社区; the other three unknown");
        assertEquals(6, spots.at("/0/compounds").asInt());
        assertEquals(3, spots.at("/0/compounds_without_households").asInt());
        assertEquals(2, spots.at("/0/communities").asInt());
        assertEquals("fresh_market", spots.at("/6/types/0").asText(), "then fewer households known");
        assertEquals(560, spots.at("/6/households").asInt());
        assertEquals(1, spots.at("/6/compounds_without_households").asInt());
        assertTrue(district.out().contains("托育站                       1720 households     6 compounds     2 communities"
                + "  (3 compounds without households)\n"), district.out());
        assertTrue(rows(both.resolve("summary.xlsx")).contains("托育站|childcare|1720|6|2|3"));
        assertEquals(0, Cli.run("report", both.toString()).status());
        assertEquals(spots, Json.mapper().readTree(both.resolve("summary.json").toFile()).at("/standards/0/blind_spots"),
                "report reads the same nulls back from the verdict files");
    }
}
