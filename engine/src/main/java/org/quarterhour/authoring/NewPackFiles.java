package org.quarterhour.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Puts a new pack's files ({@link PackScaffold#files}) in place under a rules and a standards folder: every
 * destination is checked before any file is written, and a write that fails midway takes back what it made, so a
 * run leaves the whole pack or nothing, and a second run is never refused for the first one's remains.
 */
public final class NewPackFiles {
    private NewPackFiles() {
    }

    /** Each file by where it goes: {@code rules/...} under {@code rules}, {@code standards/...} under {@code standards}. */
    public static SortedMap<Path, String> placed(Map<String, String> files, Path rules, Path standards) {
        SortedMap<Path, String> placed = new TreeMap<>();
        files.forEach((path, text) -> placed.put(path.startsWith("rules/") ? rules.resolve(path.substring("rules/".length()))
                : standards.resolve(path.substring("standards/".length())), text));
        return placed;
    }

    /**
     * Why the files cannot be written where they go, or null: a file already there, or a folder on the way that is a
     * file, or that cannot be written to. Only reads.
     */
    public static String unwritable(SortedMap<Path, String> files) {
        for (Path target : files.keySet()) {
            if (Files.exists(target)) {
                return target + " already exists";
            }
            Path existing = target.toAbsolutePath().getParent();
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                continue;
            }
            if (!Files.isDirectory(existing)) {
                return "cannot write " + target + ": " + existing + " is a file, not a folder";
            }
            if (!Files.isWritable(existing)) {
                return "cannot write " + target + ": permission denied: " + existing;
            }
        }
        return null;
    }

    /** Writes every file, refusing to replace any; where one fails, removes the files and folders this call made, then throws. */
    public static void write(SortedMap<Path, String> files) throws IOException {
        List<Path> made = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> f : files.entrySet()) {
                makeFolders(f.getKey().toAbsolutePath().getParent(), made);
                Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                made.add(f.getKey());
            }
        } catch (IOException e) {
            takeBack(made, e);
            throw e;
        }
    }

    /** Creates the missing folders down to {@code dir}, outermost first, each recorded as made. */
    private static void makeFolders(Path dir, List<Path> made) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.add(p);
        }
        Collections.reverse(missing);
        for (Path p : missing) {
            Files.createDirectory(p);
            made.add(p);
        }
    }

    /** Removes what was made, newest first (files before the folders that hold them). */
    private static void takeBack(List<Path> made, IOException cause) {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(made.get(i));
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }
}
