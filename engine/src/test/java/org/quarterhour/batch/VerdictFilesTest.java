package org.quarterhour.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.report.Formats;

/** How a batch, a seal and a workbook are written: whole or not at all, readable as any new file there is. */
class VerdictFilesTest {
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_file_is_written_whole_replaces_the_old_one_and_leaves_nothing_staged(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("v.json");
        VerdictFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        VerdictFiles.write(target, "second, longer".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("second, longer".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals(List.of("v.json"), names(dir));
    }

    @Test
    void a_written_file_has_the_permissions_any_new_file_gets_there(@TempDir Path dir) throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "a POSIX file system");
        Path plain = Files.writeString(dir.resolve("plain.json"), "{}");
        Path written = dir.resolve("verdict.json");
        VerdictFiles.write(written, "{}".getBytes(StandardCharsets.UTF_8));
        // not readable by its owner alone, as a temporary file would be: shared folders of verdicts must stay readable
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(written));
    }

    @Test
    void a_folder_that_is_not_there_is_an_error_and_nothing_is_written(@TempDir Path dir) {
        Path target = dir.resolve("missing/v.json");
        assertThrows(NoSuchFileException.class, () -> VerdictFiles.write(target, new byte[] {1}));
        assertFalse(Files.exists(dir.resolve("missing")));
    }

    @Test
    void a_verdict_written_again_keeps_no_map_or_sheet_of_the_verdict_it_replaces(@TempDir Path dir) throws IOException {
        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        byte[] now = "new".getBytes(StandardCharsets.UTF_8);
        VerdictFiles.writeVerdict(dir, "A.std@1", old, Formats.xlsx, old);
        Files.write(dir.resolve("A.std@1.html"), old);
        Files.write(dir.resolve("B.std@1.xlsx"), old); // another verdict's sheet is not this one's to remove
        VerdictFiles.writeVerdict(dir, "A.std@1", now, null, null);
        assertEquals(List.of("A.std@1.json", "B.std@1.xlsx"), names(dir));
        assertArrayEquals(now, Files.readAllBytes(dir.resolve("A.std@1.json")));

        VerdictFiles.writeVerdict(dir, "A.std@1", old, Formats.html, old);
        VerdictFiles.writeVerdict(dir, "A.std@1", now, Formats.xlsx, now);
        assertEquals(List.of("A.std@1.json", "A.std@1.xlsx", "B.std@1.xlsx"), names(dir), "the old map is gone, the new sheet there");
        assertArrayEquals(now, Files.readAllBytes(dir.resolve("A.std@1.xlsx")));
    }
}
