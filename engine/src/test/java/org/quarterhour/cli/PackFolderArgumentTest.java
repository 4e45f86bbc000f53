package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.provider.ValueSource;
import org.quarterhour.Repo;

/**
 * What the pack commands take for a pack folder: an empty path, or a folder without a manifest that is neither a
 * standard's nor a rules folder, is a wrong argument (exit 2, nothing written); a folder with a manifest whose pack is
 * broken stays a broken pack (exit 3).
 */
class PackFolderArgumentTest {
    static Stream<List<String>> notPacks() {
        return Stream.of(Repo.fixtures().resolve("inventories"), Repo.root()).flatMap(dir -> Stream.of(
                List.of("check", dir.toString()), List.of("seal", dir.toString()), List.of("test", dir.toString()),
                List.of("diff", dir.toString(), "hangjin-banner@2023.12"), List.of("diff", "hangjin-banner@2023.12", dir.toString())));
    }

    @ParameterizedTest(name = "pack {0}")
    @MethodSource("notPacks")
    void a_folder_without_a_manifest_is_not_a_pack_folder(List<String> args) throws IOException {
        Path dir = Path.of(args.get(0).equals("diff") && args.get(1).contains("@") ? args.get(2) : args.get(1));
        List<String> before = names(dir);
        Cli cli = Cli.run(Stream.concat(Stream.of("pack"), args.stream()).toArray(String[]::new));
        assertEquals(2, cli.status(), cli.err());
        assertEquals("quarterhour: " + dir + " is not a pack folder (no manifest.yaml in it)\n", cli.err());
        assertEquals("", cli.out());
        assertEquals(before, names(dir), "nothing written");
    }

    @ParameterizedTest(name = "pack {0} .")
    @ValueSource(strings = {"check", "seal", "test"})
    void the_current_folder_without_a_manifest_is_not_a_pack_folder(String verb) {
        Cli cli = Cli.run("pack", verb, ".");
        assertEquals(2, cli.status(), cli.err());
        assertEquals("quarterhour: . is not a pack folder (no manifest.yaml in it)\n", cli.err());
    }

    @Test
    void an_empty_folder_is_not_a_pack_folder(@TempDir Path tmp) throws IOException {
        Cli cli = Cli.run("pack", "check", tmp.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: " + tmp + " is not a pack folder (no manifest.yaml in it)\n", cli.err());
        assertEquals(List.of(), names(tmp));
    }

    @ParameterizedTest(name = "pack {0} \"\"")
    @ValueSource(strings = {"check", "seal", "test"})
    void an_empty_path_is_refused(String verb) {
        Cli cli = Cli.run("pack", verb, "");
        assertEquals(2, cli.status());
        assertEquals("quarterhour: Invalid value for positional parameter at index 0 (DIR): an empty path; name a file or folder\n"
                + "see 'quarterhour pack " + verb + " --help'\n", cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void an_empty_path_is_refused_by_diff_on_either_side() {
        Cli first = Cli.run("pack", "diff", "", "hangjin-banner@2023.12");
        assertEquals(2, first.status());
        assertEquals("quarterhour: A is an empty path; name ID@VERSION or a pack folder\n", first.err());
        assertEquals("", first.out());
        Cli second = Cli.run("pack", "diff", "hangjin-banner@2023.12", " ");
        assertEquals(2, second.status());
        assertEquals("quarterhour: B is an empty path; name ID@VERSION or a pack folder\n", second.err());
        assertEquals("", second.out());
    }

    @Test
    void a_folder_with_a_broken_manifest_is_still_a_broken_pack(@TempDir Path tmp) throws IOException {
        Path pack = Files.createDirectories(tmp.resolve("mini/1.0"));
        Files.writeString(pack.resolve("manifest.yaml"), "id: [mini\n");
        Cli check = Cli.run("pack", "check", pack.toString());
        assertEquals(3, check.status(), check.err());
        assertTrue(check.err().startsWith(pack.toString()), check.err());
        Cli seal = Cli.run("pack", "seal", pack.toString(), "--no-tests");
        assertEquals(3, seal.status(), seal.err());
        assertTrue(seal.err().startsWith(pack.toString()), seal.err());
        Cli diff = Cli.run("pack", "diff", pack.toString(), "hangjin-banner@2023.12");
        assertEquals(3, diff.status(), diff.err());
        assertTrue(diff.err().startsWith(pack.toString()), diff.err());
        assertEquals(List.of("manifest.yaml"), names(pack), "nothing written, no seal");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
