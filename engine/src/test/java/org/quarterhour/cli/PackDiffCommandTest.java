package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;

/**
 * {@code pack diff}: an item whose rule asks or awards differently is reported in the sheet's words (comments and
 * layout aside); {@code --inventories}: a file is one community, a folder its inventories; a path naming none is refused.
 */
class PackDiffCommandTest {
    @Test
    void an_inventories_path_that_is_not_there_is_refused_before_anything_is_scored(@TempDir Path tmp) {
        Path missing = tmp.resolve("nonexist");
        Cli cli = Cli.run("pack", "diff", "hangjin-banner@2023.12", "chuzhou@2024.02", "--inventories", missing.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --inventories: no such file or folder: " + missing + "\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void a_folder_without_inventories_is_refused(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("notes.txt"), "not an inventory\n");
        Cli cli = Cli.run("pack", "diff", "hangjin-banner@2023.12", "chuzhou@2024.02", "--inventories", tmp.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --inventories: no inventories (*.yaml, *.yml) in " + tmp + "\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void a_single_inventory_file_is_rescored_as_one_community() {
        Path file = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml");
        Cli cli = Cli.run("pack", "diff", "hangjin-banner@2023.12", "hangjin-banner@2023.12", "--inventories", file.toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("  same    150625-XN-003 锡尼镇团结社区  不合格 (fail) 82.7 -> 不合格 (fail) 82.7  (xini-tuanjie.yaml)\n"),
                cli.out());
        assertTrue(cli.out().endsWith("0 of 26 communities change outcome\n"), cli.out());
    }

    @Test
    void an_invalid_inventory_is_one_line_per_problem() {
        Path file = Repo.fixtures().resolve("invalid/not-yaml.yaml");
        Cli cli = Cli.run("pack", "diff", "hangjin-banner@2023.12", "hangjin-banner@2023.12", "--inventories", file.toString());
        assertEquals(2, cli.status());
        assertEquals(file + ":5:1: not valid YAML: expected ',' or '}', but got <scalar>\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void a_pack_folder_that_is_not_there_is_a_wrong_argument(@TempDir Path tmp) {
        Path missing = tmp.resolve("nonexist");
        Cli cli = Cli.run("pack", "diff", missing.toString(), "chuzhou@2024.02");
        assertEquals(2, cli.status());
        assertEquals("quarterhour: no such folder: " + missing + "\n", cli.err());
    }

    @Test
    void a_standards_folder_is_answered_with_the_version_folder_to_name() {
        Path standard = Repo.rules().resolve("hangjin-banner");
        Cli cli = Cli.run("pack", "diff", standard.toString(), "chuzhou@2024.02");
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + standard + " holds versions: 2023.12; name one, e.g. " + standard.resolve("2023.12") + "\n", cli.err());
    }

    /** The walk-through's pack as 2026.01, and a copy as 2027.01 with items.drl edited by {@code edit}. */
    private static Map<String, String> twoVersions(Path tmp, java.util.function.UnaryOperator<String> edit) throws IOException {
        Map<String, String> env = Map.of("QUARTERHOUR_RULES", tmp.resolve("rules").toString(),
                "QUARTERHOUR_STANDARDS", tmp.resolve("standards").toString());
        Cli created = Cli.run(env, "pack", "new", "shili-county", "--from", Repo.fixtures().resolve("authoring/shili-county-sheet.yaml").toString());
        assertEquals(0, created.status(), created.err());
        Path next = Repo.copyTree(tmp.resolve("rules/shili-county/2026.01"), tmp.resolve("rules/shili-county/2027.01"));
        Files.writeString(next.resolve("manifest.yaml"), Files.readString(next.resolve("manifest.yaml"))
                .replace("version: \"2026.01\"", "version: \"2027.01\""));
        Files.writeString(next.resolve("items.drl"), edit.apply(Files.readString(next.resolve("items.drl"))));
        for (Path c : Repo.files(next.resolve("tests"), "*.yaml")) {
            Files.writeString(c, Files.readString(c).replace("2026.01", "2027.01"));
        }
        return env;
    }

    @Test
    void an_item_whose_radius_and_types_change_is_reported_with_both(@TempDir Path tmp) throws IOException {
        Map<String, String> env = twoVersions(tmp, drl -> drl.replace("coverage(1500, \"bookshop\")",
                "coverage(500, \"bookshop\", \"culture_venue\")"));
        Cli cli = Cli.run(env, "pack", "diff", "shili-county@2026.01", "shili-county@2027.01",
                "--inventories", Repo.fixtures().resolve("authoring/shili-community.yaml").toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("shili-county@2026.01 -> shili-county@2027.01\n"
                + "  item rule changed: Q01 书店: radius 1500 m -> 500 m; types 书店 (bookshop) -> 书店 (bookshop), 文化活动室 (culture_venue)\n"
                + "\n"), cli.out());
        assertTrue(cli.out().contains("  same    SL-001 示例社区  不合格 (fail) 12.8 -> 不合格 (fail) 9.0  (shili-community.yaml)\n"), cli.out());
    }

    @Test
    void an_item_that_takes_the_packs_radius_and_another_award_is_reported(@TempDir Path tmp) throws IOException {
        Map<String, String> env = twoVersions(tmp, drl -> drl
                .replace("coverage(\"farmers_market\", \"fresh_market\")", "coverage(800, \"farmers_market\")")
                .replace("insert(Award.proportional($coverage));\nend\n\nrule \"Q01", "insert(Award.everyCompound($coverage));\nend\n\nrule \"Q01"));
        Cli cli = Cli.run(env, "pack", "diff", "shili-county@2026.01", "shili-county@2027.01");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("shili-county@2026.01 -> shili-county@2027.01\n"
                + "  item rule changed: B02 菜市场或生鲜超市: radius 1000 m (the pack's) -> 800 m;"
                + " types 农贸市场 (farmers_market), 生鲜超市 (fresh_market) -> 农贸市场 (farmers_market); award proportional($coverage) -> everyCompound($coverage)\n"
                + "\n"), cli.out());
    }

    @Test
    void a_rule_changed_only_in_comments_and_layout_is_no_change(@TempDir Path tmp) throws IOException {
        Map<String, String> env = twoVersions(tmp, drl -> drl
                .replace("    $coverage : Coverage() from $community.coverage(\"convenience_store\")",
                        "    // 便利店: the inspector's reading\n    $coverage : Coverage()\n        from $community.coverage( \"convenience_store\" )")
                .replace("insert(Award.proportional($coverage));", "insert( Award.proportional( $coverage ) ); /* as before */"));
        Cli cli = Cli.run(env, "pack", "diff", "shili-county@2026.01", "shili-county@2027.01");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("shili-county@2026.01 -> shili-county@2027.01\n  no change to items, categories, outcomes or parameters\n"),
                cli.out());
    }

    @Test
    void a_condition_changed_beyond_radius_types_and_award_is_still_reported(@TempDir Path tmp) throws IOException {
        Map<String, String> env = twoVersions(tmp, drl -> drl.replace("    $community : Community()\n    $coverage : Coverage() from $community.coverage(1500",
                "    $community : Community( !isNewBuild() )\n    $coverage : Coverage() from $community.coverage(1500"));
        Cli cli = Cli.run(env, "pack", "diff", "shili-county@2026.01", "shili-county@2027.01");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("shili-county@2026.01 -> shili-county@2027.01\n"
                + "  item rule changed: Q01 书店: its when/then changed (not a coverage radius, type or award)\n"), cli.out());
    }
}
