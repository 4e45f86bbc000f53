package org.quarterhour.pack;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.quarterhour.inventory.Problem;
import org.quarterhour.json.Json;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads a pack folder: every regular file (no links), the manifest parsed. */
public final class PackReader {
    /** A pack folder larger than this is refused before it is read. */
    static final long MAX_PACK_BYTES = 16L * 1024 * 1024;

    private PackReader() {
    }

    public static Pack read(Path dir) throws PackException {
        String shown = dir.toString();
        if (!Files.isDirectory(dir)) {
            throw new PackException(shown, "not a pack folder (no such directory)");
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    throw new PackException(p.toString(), "symbolic links are not allowed in a pack");
                }
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                    if (total > MAX_PACK_BYTES) {
                        throw new PackException(shown, "pack is larger than " + MAX_PACK_BYTES + " bytes");
                    }
                    files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new PackException(shown, "cannot be read: " + e.getMessage());
        }
        return fromFiles(shown, files);
    }

    /** A pack from its files (a folder as read, or a snapshot from the ledger). */
    public static Pack fromFiles(String location, SortedMap<String, byte[]> files) throws PackException {
        byte[] manifest = files.get(Pack.MANIFEST);
        if (manifest == null) {
            throw new PackException(location, "no " + Pack.MANIFEST + " in the pack");
        }
        if (files.keySet().stream().noneMatch(p -> p.endsWith(".drl"))) {
            throw new PackException(location, "no .drl rule file in the pack");
        }
        Pack pack = new Pack(location, ManifestReader.read(manifest, location + "/" + Pack.MANIFEST), files);
        byte[] seal = files.get(Pack.SEAL);
        if (seal != null) {
            checkSeal(pack, seal);
        }
        return pack;
    }

    /** A sealed pack must match its seal file for file; otherwise it is refused, naming every file that differs. */
    private static void checkSeal(Pack pack, byte[] sealBytes) throws PackException {
        Seal seal;
        try {
            seal = Json.mapper().readValue(sealBytes, Seal.class);
        } catch (IOException e) {
            throw new PackException(pack.location() + "/" + Pack.SEAL, "the seal cannot be read: " + e.getMessage());
        }
        List<Problem> problems = seal.differences(pack).stream()
                .map(d -> new Problem(pack.location() + "/" + d.path(), 0, 0, "",
                        "the pack is sealed and " + d.what() + "; a sealed pack cannot change: put changes in a new version folder"))
                .toList();
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
    }

    /** True where the folder holds a seal (whether or not it still matches). */
    public static boolean isSealed(Path dir) {
        return Files.isRegularFile(dir.resolve(Pack.SEAL));
    }
}
