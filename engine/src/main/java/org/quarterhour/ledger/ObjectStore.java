package org.quarterhour.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quarterhour.hash.Sha256;

/**
 * Content-addressed store: each object is its raw bytes at {@code objects/sha256/<2 hex>/<62 hex>}, named by their
 * SHA-256, as git keeps loose objects. Written once (to a temporary file, then renamed, by {@link Commit}), never
 * rewritten.
 */
final class ObjectStore {
    static final String DIR = "objects";
    static final String ALGORITHM = "sha256";

    private final Path root;
    private final Set<String> present = ConcurrentHashMap.newKeySet();

    ObjectStore(Path ledgerDir) {
        this.root = ledgerDir.resolve(DIR).resolve(ALGORITHM);
    }

    Path root() {
        return root;
    }

    Path path(String hex) {
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2));
    }

    static boolean isName(String hex) {
        return hex != null && hex.matches("[0-9a-f]{64}");
    }

    /** Notes an object as written, so that later appends by this process need not look for it. */
    void present(String hex) {
        present.add(hex);
    }

    boolean exists(String hex) {
        return isName(hex) && (present.contains(hex) || Files.isRegularFile(path(hex)));
    }

    /** The object's bytes, checked against its name. */
    byte[] get(String hex) throws LedgerException {
        if (!isName(hex)) {
            throw LedgerException.damage("'" + hex + "' is not an object name (64 lower-case hex digits)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(hex));
        } catch (NoSuchFileException e) {
            throw LedgerException.damage("object " + hex + " is missing");
        } catch (IOException e) {
            throw new LedgerException("object " + hex + " cannot be read: " + e.getMessage(), e);
        }
        String actual = Sha256.hex(bytes);
        if (!actual.equals(hex)) {
            throw LedgerException.damage("object " + hex + " has changed: its bytes now hash to " + actual);
        }
        return bytes;
    }
}
