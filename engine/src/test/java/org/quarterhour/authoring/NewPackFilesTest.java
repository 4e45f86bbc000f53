package org.quarterhour.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewPackFilesTest {
    @Test
    void a_folder_on_the_way_that_is_a_file_is_found_before_anything_is_written(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("some-file"), "x");
        SortedMap<Path, String> files = NewPackFiles.placed(
                new TreeMap<>(java.util.Map.of("rules/a/1/manifest.yaml", "m", "standards/a/clauses.yaml", "c")),
                tmp.resolve("rules"), tmp.resolve("some-file"));
        assertEquals("cannot write " + tmp.resolve("some-file/a/clauses.yaml") + ": " + tmp.resolve("some-file")
                + " is a file, not a folder", NewPackFiles.unwritable(files));
        assertNull(NewPackFiles.unwritable(NewPackFiles.placed(java.util.Map.of("rules/a/1/manifest.yaml", "m"), tmp.resolve("rules"), tmp)));
    }

    @Test
    void a_write_that_fails_midway_takes_back_every_file_and_folder_it_made(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("rules"));
        Files.writeString(tmp.resolve("zz-blocker"), "a file where a folder is wanted");
        SortedMap<Path, String> files = new TreeMap<>();
        files.put(tmp.resolve("rules/a/1/manifest.yaml"), "m");
        files.put(tmp.resolve("rules/a/1/tests/case.yaml"), "c");
        files.put(tmp.resolve("zz-blocker/a/clauses.yaml"), "written last, and fails");
        assertThrows(FileSystemException.class, () -> NewPackFiles.write(files));
        try (Stream<Path> left = Files.walk(tmp)) {
            assertEquals(List.of(tmp, tmp.resolve("rules"), tmp.resolve("zz-blocker")), left.sorted().toList(),
                    "the folders that were there stay; nothing this write made is left");
        }
    }
}
