package org.quarterhour.pack;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quarterhour.hash.Sha256;

/**
 * A rule pack exactly as read: its manifest and every file of its folder (DRL, manifest, README, tests), by path
 * relative to the folder with '/' separators. {@code sha256} fingerprints all of them but the seal itself; it is
 * worked out once, when the pack is made, since every scoring and every ledger entry asks for it.
 */
public record Pack(String location, Manifest manifest, SortedMap<String, byte[]> files, String sha256) {
    public static final String MANIFEST = "manifest.yaml";
    public static final String SEAL = "seal.json";

    /** A pack of these files; its fingerprint is computed from them. */
    public Pack(String location, Manifest manifest, SortedMap<String, byte[]> files) {
        this(location, manifest, files, null);
    }

    /** {@code sha256} may be null (then it is computed); a given one must be the files' own. */
    public Pack {
        files = new TreeMap<>(files);
        String computed = Sha256.hex(listing(files).getBytes(StandardCharsets.UTF_8));
        if (sha256 != null && !sha256.equals(computed)) {
            throw new IllegalArgumentException("pack " + location + ": sha256 " + sha256 + " is not its files' " + computed);
        }
        sha256 = computed;
    }

    @Override
    public SortedMap<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    /** The DRL sources, by path. */
    public SortedMap<String, String> drl() {
        SortedMap<String, String> drl = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".drl")) {
                drl.put(path, new String(bytes, StandardCharsets.UTF_8));
            }
        });
        return drl;
    }

    private static String listing(SortedMap<String, byte[]> files) {
        StringBuilder s = new StringBuilder();
        files.forEach((path, bytes) -> {
            if (!path.equals(SEAL)) {
                s.append(Sha256.hex(bytes)).append("  ").append(path).append('\n');
            }
        });
        return s.toString();
    }
}
