package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quarterhour.hash.Sha256;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;

/**
 * A pack as loaded, in the object store: one object per file and one "tree" object listing them, as git stores a
 * folder. The tree names the pack, its fingerprint, every file by hash, and the seal's hash where the pack has one.
 */
record PackSnapshot(String ref, String packSha256, SortedMap<String, String> files) {
    static final String SCHEMA = "quarterhour/ledger-pack/v1";

    PackSnapshot {
        files = new TreeMap<>(files);
    }

    static PackSnapshot of(Pack pack) {
        SortedMap<String, String> files = new TreeMap<>();
        pack.files().forEach((path, bytes) -> files.put(path, Sha256.hex(bytes)));
        return new PackSnapshot(pack.manifest().ref(), pack.sha256(), files);
    }

    byte[] bytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("standard", ref);
        m.put("pack_sha256", packSha256);
        m.put("files", files);
        m.put("seal", files.get(Pack.SEAL));
        return Json.canonical(m);
    }

    static PackSnapshot parse(byte[] bytes) throws LedgerException {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw LedgerException.damage("not a pack snapshot (not JSON)");
        }
        if (tree == null || !SCHEMA.equals(tree.path("schema").asText()) || !tree.path("files").isObject()
                || !tree.path("pack_sha256").isTextual() || !tree.path("standard").isTextual()) {
            throw LedgerException.damage("not a pack snapshot (schema " + SCHEMA + " with standard, pack_sha256 and files)");
        }
        SortedMap<String, String> files = new TreeMap<>();
        for (Map.Entry<String, JsonNode> f : tree.path("files").properties()) {
            files.put(f.getKey(), f.getValue().asText());
        }
        return new PackSnapshot(tree.path("standard").asText(), tree.path("pack_sha256").asText(), files);
    }

    /** The pack's fingerprint recomputed from the file hashes, as {@link Pack#sha256()} computes it from the bytes. */
    String listedSha256() {
        StringBuilder s = new StringBuilder();
        files.forEach((path, hex) -> {
            if (!path.equals(Pack.SEAL)) {
                s.append(hex).append("  ").append(path).append('\n');
            }
        });
        return Sha256.hex(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
