package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarterhour.Repo;

/**
 * Each check of {@code pack check} fires on a pack built to break it (test-fixtures/packs/DEFECT/, with the problems
 * it must get in expect.txt), and fires alone: the problem count equals the lines expected.
 */
class PackCheckCommandTest {
    static Stream<Path> defects() {
        return Repo.files(Repo.fixtures().resolve("packs"), "*/expect.txt").stream().map(Path::getParent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void the_check_reports_exactly_the_defect_the_pack_was_built_with(Path defect) throws IOException {
        List<String> expected = Files.readAllLines(defect.resolve("expect.txt")).stream().filter(l -> !l.isBlank()).toList();
        Cli cli = Cli.run("pack", "check", defect.resolve("mini/1.0").toString(), "--standards", defect.resolve("standards").toString());
        if (expected.isEmpty()) {
            assertEquals(0, cli.status(), cli.err());
            assertTrue(cli.out().startsWith("pack check passed: mini@1.0, 3 items, 2 categories, 3 outcomes, 4 clauses, draft"), cli.out());
            return;
        }
        assertEquals(3, cli.status(), cli.out());
        List<String> problems = cli.err().lines().filter(l -> !l.matches("\\d+ problems?")).toList();
        for (String e : expected) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(e)), "missing '" + e + "' in:\n" + cli.err());
        }
        assertEquals(expected.size(), problems.size(), cli.err());
        assertTrue(problems.stream().allMatch(p -> p.startsWith(defect.toString())), "every problem names its file: " + cli.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.quarterhour.ShippedPacksTest#packs")
    void every_shipped_pack_passes_its_check(Path pack) {
        Cli cli = Cli.run("pack", "check", pack.toString());
        assertEquals(0, cli.status(), cli.err());
    }

    @Test
    void a_path_that_is_not_there_is_a_wrong_argument_not_a_broken_pack(@TempDir Path tmp) {
        Path missing = tmp.resolve("nonexist");
        Cli cli = Cli.run("pack", "check", missing.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: no such folder: " + missing + "\n", cli.err());
    }

    @Test
    void a_file_is_not_a_pack_folder() {
        Path file = Repo.rules().resolve("chuzhou/2024.02/manifest.yaml");
        Cli cli = Cli.run("pack", "check", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + file + " is a file, not a pack folder (rules/<id>/<version>)\n", cli.err());
    }

    @Test
    void a_standards_folder_is_answered_with_its_versions_and_the_command_for_one() {
        Path standard = Repo.rules().resolve("hangjin-banner");
        Cli cli = Cli.run("pack", "check", standard.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + standard + " holds versions: 2023.12; check one: quarterhour pack check "
                + standard.resolve("2023.12") + "\n", cli.err());
    }

    @Test
    void the_rules_folder_is_answered_with_a_version_folder_to_name() {
        Cli cli = Cli.run("pack", "check", Repo.rules().toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + Repo.rules() + " is a rules folder, not a pack: name a version folder, e.g. quarterhour pack check "
                + Repo.rules().resolve("chuzhou/2024.02") + "\n", cli.err());
    }
}
