package org.quarterhour.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.inventory.Problem;

/** A sealed pack that no longer matches its seal is refused with one plain sentence per file, naming the pack. */
class SealTest {
    private static final String SEALED = "sealed pack hangjin-banner@2023.12: ";
    private static final String NEW_VERSION = "; a sealed pack cannot change: put changes in a new version folder";
    private static final String RESTORE = ", so the pack cannot be checked against it: restore the seal.json it was released with";

    private static Path sealedPack(Path tmp) {
        return Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), tmp.resolve("hangjin-banner/2023.12"));
    }

    /** Rewrites the seal with the first match of {@code regex} replaced; fails where nothing matched. */
    private static void edit(Path seal, String regex, String replacement) throws IOException {
        String text = Files.readString(seal);
        String edited = text.replaceFirst(regex, replacement);
        assertNotEquals(text, edited, regex);
        Files.writeString(seal, edited);
    }

    /** Rewrites the SHA-256 the seal holds under {@code key} (the pack's, or a file's) as zeros. */
    private static void zero(Path seal, String key) throws IOException {
        edit(seal, "\"" + Pattern.quote(key) + "\" : \"[0-9a-f]{64}\"", "\"" + key + "\" : \"" + "0".repeat(64) + "\"");
    }

    private static List<String> refusal(Path pack) {
        PackException e = assertThrows(PackException.class, () -> PackReader.read(pack));
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void a_copy_that_matches_its_seal_is_read(@TempDir Path tmp) throws PackException {
        assertEquals("hangjin-banner@2023.12", PackReader.read(sealedPack(tmp)).manifest().ref());
    }

    @Test
    void a_file_changed_missing_or_added_is_each_named_with_what_happened_to_it(@TempDir Path tmp) throws IOException {
        Path pack = sealedPack(tmp);
        Files.writeString(pack.resolve("basic.drl"), Files.readString(pack.resolve("basic.drl")) + "\n// edited\n");
        Files.delete(pack.resolve("README.md"));
        Files.writeString(pack.resolve("extra.drl"), "// added\n");
        assertEquals(List.of(
                pack.resolve("README.md") + ": " + SEALED + "README.md was there when it was sealed and is missing now" + NEW_VERSION,
                pack.resolve("basic.drl") + ": " + SEALED + "basic.drl has changed since it was sealed" + NEW_VERSION,
                pack.resolve("extra.drl") + ": " + SEALED + "extra.drl was not there when it was sealed: it was added since" + NEW_VERSION),
                refusal(pack));
    }

    @Test
    void a_file_in_a_subfolder_is_named_by_its_path_in_the_pack(@TempDir Path tmp) throws IOException {
        Path pack = sealedPack(tmp);
        Files.createDirectories(pack.resolve("tests"));
        Files.writeString(pack.resolve("tests/b03-edge.yaml"), "note: added after the release\n");
        assertEquals(List.of(pack.resolve("tests/b03-edge.yaml") + ": " + SEALED
                + "tests/b03-edge.yaml was not there when it was sealed: it was added since" + NEW_VERSION), refusal(pack));
    }

    @Test
    void a_seal_whose_own_hash_was_edited_says_so(@TempDir Path tmp) throws IOException {
        Path pack = sealedPack(tmp);
        Path seal = pack.resolve("seal.json");
        zero(seal, "pack_sha256");
        assertEquals(List.of(seal + ": " + SEALED + "every file matches seal.json, but its pack_sha256 is not theirs: the seal itself was edited"
                + NEW_VERSION), refusal(pack));
    }

    @Test
    void a_seal_whose_list_of_files_was_edited_blames_the_seal_not_a_file(@TempDir Path tmp) throws IOException {
        Path pack = sealedPack(tmp);
        Path seal = pack.resolve("seal.json");
        zero(seal, "README.md");
        assertEquals(List.of(seal + ": " + SEALED + "every file is as sealed (their pack_sha256 matches), but seal.json's list of them was"
                + " edited: the seal itself was edited" + NEW_VERSION), refusal(pack));
        edit(seal, "\"files\" : \\{", "\"files\" : { \"ghost.drl\" : \"" + "0".repeat(64) + "\",");
        assertEquals(1, refusal(pack).size(), "a file the seal lists and the pack never had: the seal again, not a missing file");
    }

    @Test
    void a_seal_made_for_another_version_says_which(@TempDir Path tmp) throws IOException {
        Path pack = sealedPack(tmp);
        Path seal = pack.resolve("seal.json");
        edit(seal, "\"pack\" : \"hangjin-banner@2023.12\"", "\"pack\" : \"hangjin-banner@2023.01\"");
        assertEquals(List.of(pack.resolve("manifest.yaml") + ": " + SEALED
                + "seal.json was made for hangjin-banner@2023.01, but manifest.yaml says hangjin-banner@2023.12" + NEW_VERSION), refusal(pack));
    }

    @Test
    void a_seal_that_cannot_be_read_says_why_in_one_line_without_class_names(@TempDir Path tmp) throws IOException {
        Path pack = sealedPack(tmp);
        Path seal = pack.resolve("seal.json");
        String[][] cases = {
                {"", "it is empty"},
                {"garbage", "not JSON: Unrecognized token 'garbage': was expecting (JSON String, Number, Array, Object or token 'null',"
                        + " 'true' or 'false'), at line 1, column 8"},
                {"[1]", "not an object with pack, pack_sha256 and files, at line 1, column 1"},
                {"{\"pack\": \"hangjin-banner@2023.12\", \"pack_sha256\": \"00\"}", "it has no files"},
                {"{\"pack\": \"hangjin-banner@2023.12\", \"pack_sha256\": \"00\", \"files\": [1]}",
                        "'files' holds the wrong kind of value, at line 1, column 66"},
                {"{\"schema\": \"quarterhour/seal/v1\", \"pack\": \"hangjin-banner@2023.12\", \"pack_sha256\": \"00\", \"files\": {}, \"signed_by\": \"x\"}",
                        "'signed_by' is not part of a seal"},
                {"{\"pack\": \"hangjin-banner@2023.12\", \"pack_sha256\": \"00\", \"files\": {}}", "it has no schema"},
                {"{\"schema\": \"not-a-seal\", \"pack\": \"hangjin-banner@2023.12\", \"pack_sha256\": \"00\", \"files\": {}}",
                        "its schema is 'not-a-seal', not quarterhour/seal/v1"}};
        for (String[] c : cases) {
            Files.writeString(seal, c[0]);
            assertEquals(List.of(seal + ": " + SEALED + "seal.json cannot be read as a seal (" + c[1] + ")" + RESTORE), refusal(pack), c[0]);
        }
    }
}
