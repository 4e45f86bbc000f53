package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;

/** {@code pack diff --inventories}: a file is one community, a folder its inventories; a path naming none is refused. */
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
}
