package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
}
