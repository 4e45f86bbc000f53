package org.quarterhour.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarterhour.Engine;
import org.quarterhour.Repo;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackReader;
import org.quarterhour.tester.TestCase;

/** The cache of compiled packs never changes a verdict, and a damaged entry is rebuilt, never used. */
class PackCacheTest {
    @TempDir
    static Path cacheDir;

    static Stream<Path> packs() {
        return Repo.files(Repo.rules(), "*/*/manifest.yaml").stream().map(Path::getParent);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packs")
    void verdicts_are_the_same_bytes_compiled_from_drl_built_into_the_cache_and_loaded_from_it(Path dir) throws Exception {
        Pack pack = PackReader.read(dir);
        PackCache cache = new PackCache(cacheDir);
        Engine drl = new Engine(Vocabulary.bundled(), Repo.CLOCK);
        Engine building = new Engine(Vocabulary.bundled(), Repo.CLOCK, cache);
        building.compile(pack);
        Engine loading = new Engine(Vocabulary.bundled(), Repo.CLOCK, cache);
        for (Inventory inventory : inventoriesFor(dir)) {
            byte[] expected = Json.canonical(drl.score(inventory, pack));
            assertArrayEquals(expected, Json.canonical(building.score(inventory, pack)));
            assertArrayEquals(expected, Json.canonical(loading.score(inventory, pack)));
        }
    }

    private static List<Inventory> inventoriesFor(Path pack) throws Exception {
        Path cases = pack.resolve("tests");
        if (!Files.isDirectory(cases)) {
            cases = Repo.fixtures().resolve(pack.getParent().getFileName()).resolve("cases");
        }
        List<Inventory> out = new java.util.ArrayList<>();
        for (Path f : Repo.files(cases, "*.yaml")) {
            TestCase c = Repo.cases().read(f);
            out.add(c.inventory());
        }
        out.add(Repo.inventories().read(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), "example"));
        return out;
    }

    @Test
    void a_damaged_entry_is_detected_discarded_and_rebuilt(@TempDir Path dir) throws Exception {
        Pack pack = PackReader.read(Repo.rules().resolve("hangjin-banner/2023.12"));
        PackCache cache = new PackCache(dir);
        Inventory example = Repo.inventories().read(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), "example");
        byte[] expected = Json.canonical(new Engine(Vocabulary.bundled(), Repo.CLOCK, cache).score(example, pack));
        String key = pack.sha256() + "-" + Engine.version();
        Path entry = cache.file(key);
        byte[] good = Files.readAllBytes(entry);
        byte[] bad = good.clone();
        bad[bad.length / 2] ^= 0x5A;
        Files.write(entry, bad);
        byte[] again = Json.canonical(new Engine(Vocabulary.bundled(), Repo.CLOCK, cache).score(example, pack));
        assertArrayEquals(expected, again);
        assertTrue(cache.read(key).isPresent(), "the damaged entry was rebuilt, and the new one matches its hash");
        assertTrue(!java.util.Arrays.equals(bad, Files.readAllBytes(entry)));
        Files.write(entry, java.util.Arrays.copyOf(good, 100));
        assertTrue(cache.read(key).isEmpty(), "a truncated entry is not used");
        assertTrue(Files.notExists(entry), "and it is removed");
    }

    @Test
    void a_changed_pack_never_meets_the_entry_of_its_old_content(@TempDir Path dir) throws Exception {
        Pack pack = PackReader.read(Repo.rules().resolve("hangjin-banner/2023.12"));
        PackCache cache = new PackCache(dir);
        new Engine(Vocabulary.bundled(), Repo.CLOCK, cache).compile(pack);
        java.util.SortedMap<String, byte[]> files = pack.files();
        files.put("README.md", "changed".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        files.remove(org.quarterhour.pack.Pack.SEAL); // a changed pack is a new, unsealed version
        Pack changed = PackReader.fromFiles(pack.location(), files);
        new Engine(Vocabulary.bundled(), Repo.CLOCK, cache).compile(changed);
        try (Stream<Path> entries = Files.list(dir)) {
            assertEquals(2, entries.filter(p -> p.toString().endsWith(".kjar")).count());
        }
    }
}
