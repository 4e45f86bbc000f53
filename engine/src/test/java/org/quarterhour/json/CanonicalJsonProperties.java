package org.quarterhour.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quarterhour.Inventories;
import org.quarterhour.Repo;
import org.quarterhour.inventory.CanonicalInventory;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.ledger.Ledger;
import org.quarterhour.ledger.Overrides;
import org.quarterhour.pack.Pack;
import org.quarterhour.verdict.Evidence;
import org.quarterhour.verdict.Verdict;

/**
 * The canonical form is written straight from the objects; it must give exactly the bytes of the definition it
 * replaced — every value turned into a JSON tree first, then written with every object's keys sorted — or every
 * verdict id and every ledger recorded before would stop matching. The tree path is kept here as the oracle.
 */
class CanonicalJsonProperties {
    private static final ObjectMapper TREE = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final List<Pack> PACKS = List.of(Repo.pack("hangjin-banner@2023.12"), Repo.pack("chuzhou@2024.02"),
            Repo.pack("shenzhen@2023.09"), Repo.pack("kaifeng@2025.05"), Repo.pack("xiayi@2023.draft"));

    static byte[] viaTree(Object value) throws Exception {
        return TREE.writeValueAsBytes(TREE.valueToTree(value));
    }

    private static void same(Object value) throws Exception {
        byte[] expected = viaTree(value);
        byte[] actual = Json.canonical(value);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8));
        assertArrayEquals(expected, actual);
    }

    @Provide
    Arbitrary<Pack> packs() {
        return Arbitraries.of(PACKS);
    }

    @Property(tries = 60)
    void verdicts_and_inventories_have_the_bytes_of_the_tree_form(@ForAll("inventories") Inventory inventory,
            @ForAll("packs") Pack pack) throws Exception {
        Verdict v = Repo.engine().score(inventory, pack);
        same(v);
        same(v.withIdentity(null, null));
        same(CanonicalInventory.toMap(inventory));
        // the fingerprint a batch makes once per file, for every standard and the ledger, is the one scoring makes
        CanonicalInventory.Bytes once = CanonicalInventory.bytes(inventory);
        assertArrayEquals(viaTree(CanonicalInventory.toMap(inventory)), once.json());
        assertEquals(org.quarterhour.hash.Sha256.hex(once.json()), once.sha256());
        assertEquals(once.sha256(), CanonicalInventory.sha256(inventory));
        assertEquals(v.inventorySha256(), once.sha256());
        assertArrayEquals(Json.canonical(v), Json.canonical(Repo.engine().score(inventory, once.sha256(), pack, null)));
    }

    @Provide
    Arbitrary<Inventory> inventories() {
        return Inventories.inventories();
    }

    @Example
    void every_shipped_inventory_and_case_under_every_pack() throws Exception {
        List<Inventory> inventories = new ArrayList<>();
        for (Path file : Repo.files(Repo.fixtures().resolve("inventories"), "*.yaml")) {
            inventories.add(Repo.inventories().read(file, file.getFileName().toString()));
        }
        for (Path file : Repo.files(Repo.fixtures().resolve("hangjin-banner/cases"), "*.yaml")) {
            inventories.add(Repo.cases().read(file).inventory());
        }
        int compared = 0;
        for (Inventory inventory : inventories) {
            same(CanonicalInventory.toMap(inventory));
            for (Pack pack : PACKS) {
                same(Repo.engine().score(inventory, pack));
                compared++;
            }
        }
        assertTrue(compared >= 100, "compared " + compared);
    }

    @Example
    void decimals_nulls_nesting_and_key_order() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", new BigDecimal("8.0"));
        m.put("a", new BigDecimal("0.00"));
        m.put("B", new BigDecimal("1E+3"));
        m.put("é", new BigDecimal("-12.3400"));
        m.put("_", null);
        m.put("list", List.of(new BigDecimal("100"), Map.of("y", 1, "x", 2L), "文字 \"quoted\" \n"));
        m.put("evidence", List.of(Evidence.finding("service_center.area_m2", new BigDecimal("120.50")),
                Evidence.reach("c1", "f1", "便利店", "g1", new BigDecimal("1200.0"), true, false)));
        same(m);
        same(List.of(m, Map.of()));
    }

    /** Every record a ledger writes in canonical form is already in the tree's canonical form. */
    @Example
    void ledger_files_are_canonical_by_the_tree_definition() throws Exception {
        Path dir = Files.createTempDirectory("quarterhour-canonical-");
        try {
            Ledger ledger = Ledger.at(dir);
            Inventory inventory = Repo.inventories().read(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), "x.yaml");
            for (Pack pack : PACKS.subList(0, 2)) {
                ledger.append(List.of(new Ledger.Scored(Repo.engine().score(inventory, pack), inventory, pack, Overrides.NONE)));
            }
            ObjectMapper reader = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
            int entries = 0;
            int objects = 0;
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path f : all.filter(Files::isRegularFile).toList()) {
                    byte[] bytes = Files.readAllBytes(f);
                    boolean entry = dir.relativize(f).startsWith(Ledger.ENTRIES);
                    if (entry) {
                        assertArrayEquals(viaTree(reader.readTree(bytes)), bytes, f.toString());
                        entries++;
                    } else if (bytes.length > 0 && bytes[0] == '{' && Arrays.equals(bytes, viaTree(reader.readTree(bytes)))) {
                        objects++; // verdicts, inventories and pack trees (a pack's own files are stored as written)
                    }
                }
            }
            assertEquals(2, entries);
            assertTrue(objects >= 4, "canonical objects found: " + objects);
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
