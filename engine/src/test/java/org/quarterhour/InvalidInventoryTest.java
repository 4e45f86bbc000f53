package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Problem;

/**
 * Every refused-input case under test-fixtures/invalid/ is refused with exactly the problems its header lists, one
 * {@code # expect: LINE:COL PATH: MESSAGE} line each: all errors of a file at once, at their places.
 */
class InvalidInventoryTest {
    static Stream<Path> invalidFiles() {
        List<Path> files = Repo.files(Repo.fixtures().resolve("invalid"), "*.yaml");
        assertFalse(files.isEmpty());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void the_file_is_refused_with_every_problem_at_its_place(Path file) throws IOException {
        List<String> expected = Files.readAllLines(file, StandardCharsets.ISO_8859_1).stream()
                .map(l -> new String(l.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .filter(l -> l.startsWith("# expect: ")).map(l -> l.substring("# expect: ".length())).toList();
        assertFalse(expected.isEmpty(), file + " lists no '# expect:' line");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Repo.inventories().read(file, "x.yaml"));
        List<String> actual = e.problems().stream().map(InvalidInventoryTest::withoutFile).toList();
        assertEquals(expected, actual);
    }

    private static String withoutFile(Problem p) {
        return p.line() + ":" + p.column() + " " + p.path() + ": " + p.message();
    }

    @Test
    void a_file_over_the_size_limit_is_refused_before_it_is_read(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        byte[] filler = new byte[(int) InventoryReader.MAX_BYTES + 1];
        java.util.Arrays.fill(filler, (byte) '#');
        Files.write(big, filler);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Repo.inventories().read(big, "big.yaml"));
        assertEquals("big.yaml: file is 4194305 bytes; an inventory may be at most 4194304 bytes", e.getMessage());
    }

    @Test
    void a_missing_file_is_named_as_missing(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Repo.inventories().read(dir.resolve("nope.yaml"), "nope.yaml"));
        assertEquals("nope.yaml: no such file", e.getMessage());
    }

    @Test
    void messages_print_as_file_line_column_path_message() throws IOException {
        Path file = Repo.fixtures().resolve("invalid/walk-to-unknown-gate.yaml");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Repo.inventories().read(file, "walk.yaml"));
        assertTrue(e.getMessage().startsWith("walk.yaml:16:24: facilities[0].walk_m.B9: 'B9' is not a gate"), e.getMessage());
    }
}
