package org.quarterhour.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quarterhour.hash.Sha256;

/**
 * A released pack's seal ({@code seal.json}): the SHA-256 of every file and of the whole pack. A sealed pack is
 * immutable: loading checks every file against its seal and refuses the pack, naming the file, if anything differs.
 */
@JsonPropertyOrder({"schema", "pack", "pack_sha256", "files", "sealed_on", "engine"})
public record Seal(String schema, String pack, @JsonProperty("pack_sha256") String packSha256, SortedMap<String, String> files,
        @JsonProperty("sealed_on") String sealedOn, String engine) {
    public static final String SCHEMA = "quarterhour/seal/v1";

    /** A seal names its pack, the pack's hash and its files; one read without them is no seal. */
    public Seal {
        for (Object[] field : new Object[][] {{"pack", pack}, {"pack_sha256", packSha256}, {"files", files}}) {
            if (field[1] == null) {
                throw new IllegalArgumentException("it has no " + field[0]);
            }
        }
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException(schema == null ? "it has no schema" : "its schema is '" + schema + "', not " + SCHEMA);
        }
        files = new TreeMap<>(files);
    }

    /** The seal a pack would get now. */
    public static Seal of(Pack pack, String sealedOn, String engine) {
        SortedMap<String, String> files = new TreeMap<>();
        pack.files().forEach((path, bytes) -> {
            if (!path.equals(Pack.SEAL)) {
                files.put(path, Sha256.hex(bytes));
            }
        });
        return new Seal(SCHEMA, pack.manifest().ref(), pack.sha256(), files, sealedOn, engine);
    }

    /**
     * One way a pack differs from its seal: the file (relative to the pack folder), and what happened to it in words
     * that name the file: {@code tests/b03-edge.yaml was there when it was sealed and is missing now}.
     */
    public record Difference(String path, String what) {
    }

    /** Every way the pack differs from this seal, one per file; empty when it matches. */
    public List<Difference> differences(Pack pack) {
        List<Difference> out = new ArrayList<>();
        SortedMap<String, String> now = of(pack, sealedOn, engine).files();
        boolean asSealed = packSha256.equals(pack.sha256()); // the pack hash covers every file's name and bytes
        if (asSealed && !files.equals(now)) {
            out.add(new Difference(Pack.SEAL, "every file is as sealed (their pack_sha256 matches), but " + Pack.SEAL
                    + "'s list of them was edited: the seal itself was edited"));
        } else if (!asSealed) {
            files.forEach((path, sha) -> {
                if (!now.containsKey(path)) {
                    out.add(new Difference(path, path + " was there when it was sealed and is missing now"));
                } else if (!now.get(path).equals(sha)) {
                    out.add(new Difference(path, path + " has changed since it was sealed"));
                }
            });
            now.keySet().stream().filter(p -> !files.containsKey(p))
                    .forEach(p -> out.add(new Difference(p, p + " was not there when it was sealed: it was added since")));
            if (out.isEmpty()) {
                out.add(new Difference(Pack.SEAL, "every file matches " + Pack.SEAL + ", but its pack_sha256 is not theirs: the seal itself was edited"));
            }
        }
        if (!pack.manifest().ref().equals(this.pack)) {
            out.add(new Difference(Pack.MANIFEST, Pack.SEAL + " was made for " + this.pack + ", but " + Pack.MANIFEST + " says "
                    + pack.manifest().ref()));
        }
        return out;
    }
}
