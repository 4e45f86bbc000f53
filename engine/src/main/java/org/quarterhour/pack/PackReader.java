package org.quarterhour.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.quarterhour.inventory.Problem;
import org.quarterhour.json.Json;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
        String sealed = "sealed pack " + pack.manifest().ref() + ": ";
        Seal seal;
        try {
            seal = Json.mapper().readValue(sealBytes, Seal.class);
        } catch (IOException e) {
            throw new PackException(pack.location() + "/" + Pack.SEAL, sealed + Pack.SEAL + " cannot be read as a seal (" + unreadable(e, sealBytes)
                    + "), so the pack cannot be checked against it: restore the " + Pack.SEAL + " it was released with");
        }
        List<Problem> problems = seal.differences(pack).stream()
                .map(d -> new Problem(pack.location() + "/" + d.path(), 0, 0, "",
                        sealed + d.what() + "; a sealed pack cannot change: put changes in a new version folder"))
                .toList();
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
    }

    /**
     * Why a seal.json could not be read, in one line and without the engine's class names: with the place where it has
     * one (bad JSON, a value of the wrong kind); a field missing or unknown is named, and has none.
     */
    private static String unreadable(IOException e, byte[] sealBytes) {
        if (new String(sealBytes, StandardCharsets.UTF_8).isBlank()) {
            return "it is empty";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "'" + unknown.getPropertyName() + "' is not part of a seal";
        }
        if (e.getCause() instanceof IllegalArgumentException missing) {
            return missing.getMessage();
        }
        String why;
        if (e instanceof StreamReadException read) {
            why = "not JSON: " + read.getOriginalMessage();
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            why = "'" + mapping.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")) + "' holds the wrong kind of value";
        } else if (e instanceof JsonProcessingException) {
            why = "not an object with pack, pack_sha256 and files";
        } else {
            why = e.getMessage();
        }
        JsonLocation at = e instanceof JsonProcessingException processing ? processing.getLocation() : null;
        return at == null || at.getLineNr() < 1 ? why : why + ", at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** True where the folder holds a seal (whether or not it still matches). */
    public static boolean isSealed(Path dir) {
        return Files.isRegularFile(dir.resolve(Pack.SEAL));
    }
}
