package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarterhour.cli.Cli;

/** Every pack the project ships passes its own cases, with every item seen both awarded and left at zero. */
class ShippedPacksTest {
    static Stream<Path> packsWithCases() {
        List<Path> dirs = Repo.files(Repo.rules(), "*/*/manifest.yaml").stream().map(Path::getParent)
                .filter(d -> d.resolve("tests").toFile().isDirectory()).toList();
        assertFalse(dirs.isEmpty());
        return dirs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packsWithCases")
    void the_pack_passes_its_cases_with_full_item_coverage(Path pack) {
        Cli cli = Cli.run("pack", "test", pack.toString(), "--min-coverage", "100");
        assertEquals(0, cli.status(), cli.out() + cli.err());
    }
}
