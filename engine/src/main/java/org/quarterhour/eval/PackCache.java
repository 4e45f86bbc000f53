package org.quarterhour.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.quarterhour.hash.Sha256;

/**
 * Compiled packs kept on disk between runs, outside the repository (the user's cache folder), so that a fresh
 * process scores without compiling. An entry is keyed by the pack's content hash and the engine version, and stored
 * with the SHA-256 of its own bytes: an entry that does not match it (truncated, corrupted, tampered with) is
 * deleted and rebuilt, never used.
 */
public final class PackCache {
    private final Path dir;

    public PackCache(Path dir) {
        this.dir = dir;
    }

    /** QUARTERHOUR_CACHE, else $XDG_CACHE_HOME/quarterhour, else ~/.cache/quarterhour; compiled packs in packs/. */
    public static PackCache inUserCache(java.util.Map<String, String> env) {
        String explicit = env.get("QUARTERHOUR_CACHE");
        Path root = explicit != null && !explicit.isBlank() ? Path.of(explicit)
                : env.get("XDG_CACHE_HOME") != null ? Path.of(env.get("XDG_CACHE_HOME"), "quarterhour")
                : Path.of(System.getProperty("user.home"), ".cache", "quarterhour");
        return new PackCache(root.resolve("packs"));
    }

    public Path dir() {
        return dir;
    }

    Path file(String key) {
        return dir.resolve(key + ".kjar");
    }

    private Path check(String key) {
        return dir.resolve(key + ".kjar.sha256");
    }

    /** The entry's bytes if it is there and matches its hash; a damaged entry is removed. */
    Optional<byte[]> read(String key) {
        try {
            if (!Files.isRegularFile(file(key)) || !Files.isRegularFile(check(key))) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file(key));
            String expected = Files.readString(check(key), StandardCharsets.UTF_8).strip();
            if (!Sha256.hex(bytes).equals(expected)) {
                discard(key);
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stores an entry; a cache that cannot be written only costs the next run a compile. */
    void write(String key, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".entry-", ".tmp");
            Files.write(tmp, bytes);
            Path tmpCheck = Files.createTempFile(dir, ".entry-", ".tmp");
            Files.writeString(tmpCheck, Sha256.hex(bytes) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmpCheck, check(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not fatal: the pack was compiled and is used; the next run compiles again
        }
    }

    void discard(String key) {
        try {
            Files.deleteIfExists(file(key));
            Files.deleteIfExists(check(key));
        } catch (IOException e) {
            // nothing more to do
        }
    }
}
