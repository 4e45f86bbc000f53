package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quarterhour.inventory.Compound;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Grading;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Verdict;

/** What must hold for any community scored against the Hangjin sheet. */
class ScoringProperties {
    private static final Pack HANGJIN = Repo.pack("hangjin-banner@2023.12");

    @Provide
    Arbitrary<Inventory> inventories() {
        return Inventories.inventories();
    }

    @Provide
    Arbitrary<Inventories.FacilitySeed> facilities() {
        return Inventories.facilitySeeds();
    }

    private static Verdict score(Inventory inventory) throws Exception {
        return Repo.engine().score(inventory, HANGJIN);
    }

    @Property(tries = 300)
    void every_item_stays_within_zero_and_its_points(@ForAll("inventories") Inventory inventory) throws Exception {
        for (Item i : score(inventory).items()) {
            assertTrue(i.awarded().signum() >= 0 && i.awarded().compareTo(i.max()) <= 0, i.code() + " " + i.awarded());
            assertTrue(i.awarded().scale() <= 1, "at most one decimal: " + i.awarded());
        }
    }

    @Property(tries = 300)
    void the_total_is_the_sum_of_the_items_and_the_categories_of_theirs(@ForAll("inventories") Inventory inventory) throws Exception {
        Verdict v = score(inventory);
        assertEquals(0, v.total().compareTo(v.items().stream().map(Item::awarded).reduce(BigDecimal.ZERO, BigDecimal::add)));
        for (CategoryResult c : v.categories()) {
            BigDecimal sum = v.items().stream().filter(i -> i.category().equals(c.code())).map(Item::awarded)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, c.awarded().compareTo(sum), c.code());
        }
        assertTrue(v.total().compareTo(BigDecimal.valueOf(100)) <= 0);
    }

    @Property(tries = 300)
    void drools_agrees_with_a_plain_java_scorer(@ForAll("inventories") Inventory inventory) throws Exception {
        Verdict v = score(inventory);
        Map<String, BigDecimal> oracle = HangjinOracle.score(inventory);
        for (Item i : v.items()) {
            assertEquals(0, oracle.get(i.code()).compareTo(i.awarded()), i.code() + ": oracle " + oracle.get(i.code()) + ", engine " + i.awarded());
        }
    }

    @Property(tries = 150)
    void the_order_of_facilities_and_compounds_changes_nothing(@ForAll("inventories") Inventory inventory, @ForAll long seed)
            throws Exception {
        List<Facility> facilities = new ArrayList<>(inventory.facilities());
        List<Compound> compounds = new ArrayList<>(inventory.compounds());
        Collections.shuffle(facilities, new Random(seed));
        Collections.shuffle(compounds, new Random(seed + 1));
        Inventory shuffled = new Inventory(inventory.community(), inventory.crs(), inventory.inspection(), compounds,
                facilities, inventory.organization(), inventory.serviceCenter());
        assertArrayEquals(Json.canonical(score(inventory)), Json.canonical(score(shuffled)));
    }

    @Property(tries = 200)
    void adding_a_facility_never_lowers_an_item_or_the_outcome(@ForAll("inventories") Inventory inventory,
            @ForAll("facilities") Inventories.FacilitySeed seed) throws Exception {
        List<String> gateIds = inventory.compounds().stream().flatMap(c -> c.gates().stream()).map(g -> g.id()).toList();
        List<Facility> more = new ArrayList<>(inventory.facilities());
        more.add(Inventories.place("F99", seed, gateIds, inventory.compounds()));
        Inventory bigger = new Inventory(inventory.community(), inventory.crs(), inventory.inspection(), inventory.compounds(),
                more, inventory.organization(), inventory.serviceCenter());
        Verdict before = score(inventory);
        Verdict after = score(bigger);
        for (Item i : before.items()) {
            assertTrue(after.item(i.code()).awarded().compareTo(i.awarded()) >= 0, i.code());
        }
        assertTrue(after.outcome().rank() >= before.outcome().rank());
    }

    @Property(tries = 500)
    void the_outcome_never_falls_when_the_total_rises_with_the_minimums_met(
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 80) int extraTenths,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 300) int baseTenths) {
        Grading grading = new Grading(HANGJIN.manifest());
        BigDecimal basic = new BigDecimal("62.0");
        BigDecimal quality = new BigDecimal("15.0");
        int low = grading.outcome(items(basic, quality, BigDecimal.valueOf(baseTenths, 1)), categories(grading, basic, quality, BigDecimal.valueOf(baseTenths, 1))).rank();
        BigDecimal higher = BigDecimal.valueOf(baseTenths + extraTenths, 1);
        int high = grading.outcome(items(basic, quality, higher), categories(grading, basic, quality, higher)).rank();
        assertTrue(high >= low, baseTenths + " -> " + (baseTenths + extraTenths));
    }

    private static List<Item> items(BigDecimal basic, BigDecimal quality, BigDecimal organisation) {
        return List.of(item("B", "basic", basic, 67), item("Q", "quality", quality, 25), item("O", "organisation", organisation, 100));
    }

    private static Item item(String code, String category, BigDecimal awarded, int max) {
        return new Item(code, code, category, BigDecimal.valueOf(max), awarded, null, null, true, null, List.of(), "");
    }

    private static List<CategoryResult> categories(Grading grading, BigDecimal basic, BigDecimal quality, BigDecimal organisation) {
        return grading.categories(items(basic, quality, organisation));
    }
}
