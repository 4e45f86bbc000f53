package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarterhour.Repo;

/** {@code pack test} refuses wrong arguments and unreadable cases up front, once, with exit 2, and runs no case. */
class PackTestCommandTest {
    private static final Path CHUZHOU = Repo.rules().resolve("chuzhou/2024.02");

    @Test
    void cases_all_for_another_pack_are_one_message_before_any_case_runs() {
        Path hangjinCases = Repo.fixtures().resolve("hangjin-banner/cases");
        Cli cli = Cli.run("pack", "test", CHUZHOU.toString(), "--cases", hangjinCases.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: the cases in " + hangjinCases + " are for hangjin-banner@2023.12, not chuzhou@2024.02;"
                + " test the pack they are for, or name this pack's cases with --cases DIR\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void cases_some_for_another_pack_are_named_once_each_and_none_runs(@TempDir Path tmp) throws IOException {
        for (String name : List.of("all-met-at-exact-radii.yaml", "one-metre-beyond-nothing-met.yaml")) {
            Files.copy(CHUZHOU.resolve("tests").resolve(name), tmp.resolve(name));
        }
        Files.copy(Repo.fixtures().resolve("hangjin-banner/cases/1201-m-does-not-count.yaml"), tmp.resolve("hangjin-1201-m.yaml"));
        Cli cli = Cli.run("pack", "test", CHUZHOU.toString(), "--cases", tmp.toString());
        assertEquals(2, cli.status());
        assertEquals(tmp.resolve("hangjin-1201-m.yaml") + ": the case is for hangjin-banner@2023.12, not chuzhou@2024.02\n"
                + "quarterhour: 1 of 3 cases is for another standard or version; no case was run: move them, or set their"
                + " 'standard:' to chuzhou@2024.02\n", cli.err());
        assertEquals("", cli.out());
    }

    @ParameterizedTest(name = "--min-coverage {0}")
    @ValueSource(strings = {"150", "101", "-5", "-1"})
    void a_min_coverage_outside_0_to_100_is_refused_before_any_case_runs(String percent) {
        Cli cli = Cli.run("pack", "test", CHUZHOU.toString(), "--min-coverage", percent);
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --min-coverage is a percentage from 0 to 100, found " + percent + "\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void min_coverage_100_is_accepted() {
        Cli cli = Cli.run("pack", "test", CHUZHOU.toString(), "--min-coverage", "100");
        assertEquals(0, cli.status(), cli.err());
        assertEquals("10 passed, 0 failed", cli.out().lines().reduce((a, b) -> b).orElse(""));
    }

    @Test
    void a_pack_folder_that_is_not_there_is_named_as_such(@TempDir Path tmp) {
        Path missing = tmp.resolve("nonexist");
        Cli cli = Cli.run("pack", "test", missing.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: no such folder: " + missing + "\n", cli.err());
    }

    @Test
    void a_cases_folder_that_is_not_there_is_named_as_such(@TempDir Path tmp) {
        Path missing = tmp.resolve("nonexist");
        Cli cli = Cli.run("pack", "test", CHUZHOU.toString(), "--cases", missing.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --cases: no such folder: " + missing + "\n", cli.err());
    }

    @Test
    void a_cases_file_is_named_a_file_not_a_missing_folder() {
        Path file = CHUZHOU.resolve("tests/all-met-at-exact-radii.yaml");
        Cli cli = Cli.run("pack", "test", CHUZHOU.toString(), "--cases", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --cases: " + file + " is a file, not a folder of cases\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void a_standards_folder_is_answered_with_its_versions() {
        Path standard = Repo.rules().resolve("hangjin-banner");
        Cli cli = Cli.run("pack", "test", standard.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + standard + " holds versions: 2023.12; test one: quarterhour pack test "
                + standard.resolve("2023.12") + "\n", cli.err());
    }

    /** test-fixtures/pack-commands/unreadable-cases/: one case per defect, and expect.txt the exact lines they get. */
    @Test
    void unreadable_cases_are_one_line_each_at_their_file_line_and_column() throws IOException {
        Path dir = Repo.fixtures().resolve("pack-commands/unreadable-cases");
        List<String> expected = Files.readAllLines(dir.resolve("expect.txt")).stream().filter(l -> !l.isBlank())
                .map(l -> dir + "/" + l.replace("{dir}", dir.toString())).toList();
        Cli cli = Cli.run("pack", "test", CHUZHOU.toString(), "--cases", dir.toString());
        assertEquals(2, cli.status());
        assertEquals(expected, cli.err().lines().toList());
        assertEquals("", cli.out());
    }
}
