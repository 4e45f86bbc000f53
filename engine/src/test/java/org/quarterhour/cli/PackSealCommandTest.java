package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;

/** {@code pack seal} refuses a wrong path as bad input, and a pack no case has run unless --no-tests says so. */
class PackSealCommandTest {
    private static final Path MINI = Repo.fixtures().resolve("packs/valid-mini");

    @Test
    void a_path_that_is_not_there_is_a_wrong_argument(@TempDir Path tmp) {
        Path missing = tmp.resolve("nonexist");
        Cli cli = Cli.run("pack", "seal", missing.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: no such folder: " + missing + "\n", cli.err());
        assertFalse(Files.exists(missing));
    }

    @Test
    void a_pack_without_cases_is_not_sealed_unless_no_tests_is_given(@TempDir Path tmp) throws IOException {
        Path pack = Repo.copyTree(MINI.resolve("mini/1.0"), tmp.resolve("mini/1.0"));
        String standards = MINI.resolve("standards").toString();
        Cli refused = Cli.run("pack", "seal", pack.toString(), "--standards", standards);
        assertEquals(3, refused.status());
        assertEquals("quarterhour: not sealed: " + pack + " has no cases (tests/*.yaml), and a release no case has run is unproven;"
                + " add cases to tests/ (pack new writes one per item), name them with --cases DIR, or seal it without any with --no-tests\n",
                refused.err());
        assertFalse(Files.exists(pack.resolve("seal.json")));

        Cli sealed = Cli.run("pack", "seal", pack.toString(), "--standards", standards, "--no-tests");
        assertEquals(0, sealed.status(), sealed.err());
        assertTrue(sealed.out().startsWith("sealed mini@1.0: 2 files, pack sha256 "), sealed.out());
        assertTrue(sealed.out().endsWith("; WITHOUT running any case (--no-tests)\n"), sealed.out());
        assertTrue(Files.isRegularFile(pack.resolve("seal.json")));
    }

    @Test
    void no_tests_is_refused_for_a_pack_that_has_cases(@TempDir Path tmp) throws IOException {
        Path pack = Repo.copyTree(Repo.rules().resolve("chuzhou/2024.02"), tmp.resolve("chuzhou/2024.02"));
        Files.delete(pack.resolve("seal.json"));
        Cli cli = Cli.run("pack", "seal", pack.toString(), "--no-tests");
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --no-tests is for a pack without cases, and " + pack.resolve("tests")
                + " holds 10; they run before the pack is sealed\n", cli.err());
        assertFalse(Files.exists(pack.resolve("seal.json")));
    }

    @Test
    void cases_kept_outside_the_pack_are_run_with_cases_before_it_is_sealed(@TempDir Path tmp) throws IOException {
        Path pack = Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), tmp.resolve("hangjin-banner/2023.12"));
        Files.delete(pack.resolve("seal.json"));
        Cli cli = Cli.run("pack", "seal", pack.toString(), "--cases", Repo.fixtures().resolve("hangjin-banner/cases").toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().endsWith("; 25 cases passed, every item seen awarded and at zero\n"), cli.out());
        assertTrue(Files.isRegularFile(pack.resolve("seal.json")));
    }

    @Test
    void a_cases_file_is_named_a_file_not_a_missing_folder(@TempDir Path tmp) throws IOException {
        Path pack = Repo.copyTree(MINI.resolve("mini/1.0"), tmp.resolve("mini/1.0"));
        Path file = Files.writeString(tmp.resolve("case.yaml"), "note: one case\n");
        Cli cli = Cli.run("pack", "seal", pack.toString(), "--cases", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --cases: " + file + " is a file, not a folder of cases\n", cli.err());
        assertFalse(Files.exists(pack.resolve("seal.json")));
    }

    @Test
    void sealing_a_sealed_pack_again_is_a_wrong_request_not_a_broken_pack(@TempDir Path tmp) throws IOException {
        Path pack = Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), tmp.resolve("hangjin-banner/2023.12"));
        byte[] seal = Files.readAllBytes(pack.resolve("seal.json"));
        Cli cli = Cli.run("pack", "seal", pack.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + pack + " is already sealed; a sealed pack cannot change: copy it to a new version folder,"
                + " change the manifest's version, and seal that\n", cli.err());
        assertEquals("", cli.out());
        assertTrue(java.util.Arrays.equals(seal, Files.readAllBytes(pack.resolve("seal.json"))), "the seal is left as it was");
    }

    @Test
    void a_standards_folder_is_answered_with_its_versions() {
        Path standard = Repo.rules().resolve("xiayi");
        Cli cli = Cli.run("pack", "seal", standard.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + standard + " holds versions: 2023.draft; seal one: quarterhour pack seal "
                + standard.resolve("2023.draft") + "\n", cli.err());
    }
}
