package org.quarterhour.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.quarterhour.pack.Pack;

/**
 * Content-addressed store: each object is its raw bytes at {@code objects/sha256/<2 hex>/<62 hex>}, named by their
 * SHA-256, as git keeps loose objects. Written once (to a temporary file, then renamed), never rewritten.
 */
final class ObjectStore {
    static final String DIR = "objects";
    static final String ALGORITHM = "sha256";

    private final Path ledgerDir;
    private final Path root;
    private final Set<String> present = ConcurrentHashMap.newKeySet();

    ObjectStore(Path ledgerDir) {
        this.ledgerDir = ledgerDir;
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

    /** Stores the bytes unless an object of that hash is already there; returns their hash. */
    String put(byte[] bytes) throws IOException {
        String hex = Pack.sha256(bytes);
        if (present.contains(hex)) {
            return hex;
        }
        Path target = path(hex);
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            Path tmp = Ledger.tmpFile(ledgerDir, hex.substring(0, 12));
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        }
        present.add(hex);
        return hex;
    }

    boolean exists(String hex) {
        return isName(hex) && (present.contains(hex) || Files.isRegularFile(path(hex)));
    }

    /** The object's bytes, checked against its name. */
    byte[] get(String hex) throws LedgerException {
        if (!isName(hex)) {
            throw new LedgerException("'" + hex + "' is not an object name (64 lower-case hex digits)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path(hex));
        } catch (NoSuchFileException e) {
            throw new LedgerException("object " + hex + " is missing");
        } catch (IOException e) {
            throw new LedgerException("object " + hex + " cannot be read: " + e.getMessage(), e);
        }
        String actual = Pack.sha256(bytes);
        if (!actual.equals(hex)) {
            throw new LedgerException("object " + hex + " has changed: its bytes now hash to " + actual);
        }
        return bytes;
    }
}
