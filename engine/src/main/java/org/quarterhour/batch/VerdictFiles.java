package org.quarterhour.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.quarterhour.verdict.Verdict;

/** Where a batch writes: one verdict file per community and standard, named after them, and summary.json beside them. */
public final class VerdictFiles {
    public static final String SUMMARY = "summary.json";

    private VerdictFiles() {
    }

    /** {@code <community id>.<standard id>@<version>}, with anything but letters, digits, '.', '-' and '_' as '_'. */
    public static String stem(Verdict v) {
        return safe(v.community().id()) + "." + safe(v.standard().id()) + "@" + safe(v.standard().version());
    }

    private static String safe(String s) {
        String out = s.replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return out.startsWith(".") ? "_" + out.substring(1) : out;
    }

    /** The verdict files of a folder (every *.json but summary.json), sorted by name. */
    public static List<Path> in(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().equals(SUMMARY))
                    .sorted().toList();
        }
    }

    /** Writes a file whole or not at all: to a temporary file beside it, then moved into place. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".quarterhour-", ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
