package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.json.Json;
import org.quarterhour.verdict.Plan;
import org.quarterhour.verdict.Verdict;

/** The gap plan on hand-built communities whose fewest additions are known by hand, under the shipped packs. */
class GapPlanTest {
    private static Map<String, Integer> households(Object... idAndCount) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < idAndCount.length; i += 2) {
            m.put((String) idAndCount[i], (Integer) idAndCount[i + 1]);
        }
        return m;
    }

    private static List<String> additions(Plan.Step step) {
        List<String> out = new ArrayList<>();
        step.additions().forEach(a -> a.compounds().forEach(c -> out.add(a.type() + "@" + c)));
        return out;
    }

    @Test
    void basic_below_its_minimum_is_lifted_first_even_where_quality_would_gain_more_points() throws Exception {
        // B (200 of 1000 households) lacks five basic types: basic 61.4 < 62. A (800) lacks two quality types, each
        // worth 2.4 points there — more than any basic addition (综合超市 for B: 1.6) — but the total is already above 80.
        Inventory inventory = Communities.withEverything(households("A", 800, "B", 200), Map.of(
                "supermarket", Set.of("B"), "pharmacy", Set.of("B"), "hair_beauty", Set.of("B"), "breakfast", Set.of("B"),
                "housekeeping", Set.of("B"), "specialty_dining", Set.of("A"), "smart_platform", Set.of("A")));
        Verdict v = Repo.engine().score(inventory, Repo.pack("hangjin-banner@2023.12"));
        assertEquals("fail", v.outcome().code());
        assertEquals(new BigDecimal("61.4"), v.category("basic").awarded());
        assertEquals(new BigDecimal("89.6"), v.total());
        Plan.Step pass = v.plan().steps().get(0);
        assertEquals("pass", pass.target().code());
        assertEquals(List.of("supermarket@B"), additions(pass), "one basic facility closes the 0.6 points; most points wins the tie");
        assertEquals(Plan.EXHAUSTIVE, pass.search());
        assertEquals(List.of("B02"), pass.additions().get(0).items());
        assertEquals(new BigDecimal("1.6"), pass.additions().get(0).points());
        assertEquals("excellent", pass.reaches().code(), "63.0 in basic and 91.2 in all: straight to 优秀");
        assertEquals(new BigDecimal("91.2"), pass.total());
        Plan.Step good = v.plan().steps().get(1);
        assertEquals("good", good.target().code());
        assertEquals(0, good.facilities());
        assertTrue(good.reachable());
    }

    @Test
    void a_full_coverage_standard_needs_the_missing_type_at_every_compound_that_lacks_it() throws Exception {
        Inventory inventory = Communities.withEverything(households("A", 300, "B", 300, "C", 300),
                Map.of("convenience_store", Set.of("B", "C")));
        Verdict v = Repo.engine().score(inventory, Repo.pack("shenzhen@2023.09"));
        assertEquals("basic_not_met", v.outcome().code());
        Plan.Step step = v.plan().steps().get(0);
        assertEquals("basic_met", step.target().code());
        assertEquals(List.of("convenience_store@B", "convenience_store@C"), additions(step));
        assertEquals(2, step.facilities());
        assertEquals(Plan.EXHAUSTIVE, step.search());
        assertEquals(1, step.additions().get(0).itemsMet());
        assertNull(step.additions().get(0).points(), "a checklist has no points");
        assertEquals("pilot_met", step.reaches().code());
    }

    @Test
    void a_community_at_the_top_outcome_has_no_plan_and_a_short_one_has_it_in_its_identity() throws Exception {
        Verdict top = Repo.engine().score(Communities.withEverything(households("A", 500, "B", 500), Map.of()),
                Repo.pack("hangjin-banner@2023.12"));
        assertEquals("excellent", top.outcome().code());
        assertNull(top.plan());
        assertTrue(Json.pretty(top).contains("\"plan\" : null"), "the field is there, and null");

        Verdict v = Repo.engine().score(Repo.inventories().read(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), "x"),
                Repo.pack("hangjin-banner@2023.12"));
        assertNotNull(v.plan());
        Verdict withoutPlan = new Verdict(v.schema(), null, v.community(), v.standard(), v.engine(), v.inventorySha256(),
                v.inspection(), v.parameters(), v.items(), v.categories(), v.total(), v.max(), v.outcome(), v.gaps(), null, null);
        Verdict withPlan = new Verdict(v.schema(), null, v.community(), v.standard(), v.engine(), v.inventorySha256(), v.inspection(),
                v.parameters(), v.items(), v.categories(), v.total(), v.max(), v.outcome(), v.gaps(), v.plan(), null);
        assertEquals(v.verdictId(), "sha256:" + Json.sha256(withPlan), "verdict_id is the hash of everything but itself and recorded_at");
        assertNotEquals(v.verdictId(), "sha256:" + Json.sha256(withoutPlan), "so the plan is part of what it identifies");
    }

    @Test
    void the_example_gets_one_market_for_锦绣苑_to_pass_and_a_supermarket_more_to_be_good() throws Exception {
        Verdict v = Repo.engine().score(Repo.inventories().read(Repo.fixtures().resolve("inventories/xini-tuanjie.yaml"), "x"),
                Repo.pack("hangjin-banner@2023.12"));
        assertEquals(List.of("farmers_market@C"), additions(v.plan().steps().get(0)));
        assertEquals(List.of("supermarket@C"), additions(v.plan().steps().get(1)));
        assertEquals(new BigDecimal("85.9"), v.plan().steps().get(1).total());
        assertEquals("B02", v.gaps().get(0).item());
        assertEquals(340, v.gaps().get(0).compounds().get(0).households());
    }
}
