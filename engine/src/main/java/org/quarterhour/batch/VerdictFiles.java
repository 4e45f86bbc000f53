package org.quarterhour.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.quarterhour.report.Formats;
import org.quarterhour.verdict.Verdict;

/** Where a batch writes: one verdict file per community and standard, named after them, and summary.json beside them. */
public final class VerdictFiles {
    public static final String SUMMARY = "summary.json";
    /** What a batch may write beside a verdict, named as it is: its map ({@code .html}) or its filled sheet ({@code .xlsx}). */
    static final List<Formats> COMPANIONS = List.of(Formats.html, Formats.xlsx);

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

    /** The verdict files of a folder ({@link #isVerdictFile}), sorted by name. */
    public static List<Path> in(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(VerdictFiles::isVerdictFile).sorted().toList();
        }
    }

    /** Whether a file of a batch's folder is taken for a verdict: every regular *.json file but summary.json. */
    static boolean isVerdictFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.equals(SUMMARY) && Files.isRegularFile(file);
    }

    /**
     * Writes one verdict of a batch, {@code <stem>.json}, and its companion {@code <stem>.<format>} ({@code companion}
     * null for none) so that no file beside a verdict ever holds another verdict: the companions an earlier run wrote
     * beside an earlier verdict of this name are removed first, then the verdict is written, then its companion, each
     * whole. A run stopped in between leaves a verdict without its companion, never beside a stale one.
     */
    static void writeVerdict(Path dir, String stem, byte[] json, Formats format, byte[] companion) throws IOException {
        for (Formats f : COMPANIONS) {
            Files.deleteIfExists(dir.resolve(stem + "." + f.name()));
        }
        write(dir.resolve(stem + ".json"), json);
        if (companion != null) {
            write(dir.resolve(stem + "." + format.name()), companion);
        }
    }

    /**
     * Writes a file whole or not at all: to a temporary file beside it, then moved into place. The file gets the
     * permissions any new file gets there (the umask's), as verdicts are shared: {@code Files.createTempFile} would
     * have made every verdict, summary and seal readable by its owner alone.
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = staged(absolute, bytes);
        try {
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw named(e, tmp, absolute); // e.g. a folder in the file's place
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new file beside {@code target} holding the bytes, under a random name (as the ledger names its staged files):
     * {@code CREATE_NEW} refuses, rather than overwrites, a name another writer has.
     */
    private static Path staged(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(".quarterhour-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return tmp;
        } catch (FileAlreadyExistsException e) {
            throw e; // another writer's file: not ours to remove
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp); // a part-written file (a full disk) is not left behind
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw named(e, tmp, target.getParent());
        }
    }

    /**
     * A failure that names the staged file, told instead of {@code path} (the folder it was made in, or the file it was
     * to become): the staged name means nothing to the user.
     */
    private static IOException named(IOException e, Path tmp, Path path) {
        if (!(e instanceof FileSystemException f) || !tmp.toString().equals(f.getFile()) || path == null) {
            return e;
        }
        IOException named;
        if (e instanceof NoSuchFileException) {
            named = new NoSuchFileException(path.toString());
        } else if (e instanceof AccessDeniedException) {
            named = new AccessDeniedException(path.toString());
        } else {
            named = new FileSystemException(path.toString(), null, f.getReason());
        }
        named.initCause(e);
        return named;
    }
}
