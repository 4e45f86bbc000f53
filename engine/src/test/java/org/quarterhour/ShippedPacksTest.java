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
    static Stream<Path> packs() {
        List<Path> dirs = Repo.files(Repo.rules(), "*/*/manifest.yaml").stream().map(Path::getParent).toList();
        assertEquals(5, dirs.size(), "the five standards of the seeds: " + dirs);
        return dirs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void the_pack_is_released_sealed_and_its_seal_holds(Path pack) throws Exception {
        org.junit.jupiter.api.Assertions.assertTrue(org.quarterhour.pack.PackReader.isSealed(pack), pack + " has no seal.json");
        org.quarterhour.pack.PackReader.read(pack);
    }

    /** A pack's cases are its tests/ folder, or for Hangjin the hand-checked fixtures under test-fixtures/. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void the_pack_passes_its_cases_with_full_item_coverage(Path pack) {
        Path cases = pack.resolve("tests");
        if (!cases.toFile().isDirectory()) {
            cases = Repo.fixtures().resolve(pack.getParent().getFileName()).resolve("cases");
        }
        assertFalse(Repo.files(cases, "*.yaml").isEmpty(), "no cases for " + pack);
        Cli cli = Cli.run("pack", "test", pack.toString(), "--cases", cases.toString(), "--min-coverage", "100");
        assertEquals(0, cli.status(), cli.out() + cli.err());
    }
}
