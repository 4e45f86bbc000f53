package org.quarterhour.pack;

import java.nio.charset.StandardCharsets;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quarterhour.hash.Sha256;

/**
 * A rule pack exactly as read: its manifest and every file of its folder (DRL, manifest, README, tests), by path
 * relative to the folder with '/' separators. {@code sha256} fingerprints all of them but the seal itself.
 */
public record Pack(String location, Manifest manifest, SortedMap<String, byte[]> files) {
    public static final String MANIFEST = "manifest.yaml";
    public static final String SEAL = "seal.json";

    public Pack {
        files = new TreeMap<>(files);
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

    /** One line per file but the seal, sorted by path: {@code <sha256 hex>  <path>}, as sha256sum prints it. */
    public String listing() {
        StringBuilder s = new StringBuilder();
        files.forEach((path, bytes) -> {
            if (!path.equals(SEAL)) {
                s.append(sha256(bytes)).append("  ").append(path).append('\n');
            }
        });
        return s.toString();
    }

    /** The pack's fingerprint: the SHA-256 of its {@link #listing()}. */
    public String sha256() {
        return sha256(listing().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }
}
