package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quarterhour.facts.Community;
import org.quarterhour.facts.Coverage;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.FacilityType;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.pack.Pack;
import org.quarterhour.verdict.Plan;
import org.quarterhour.verdict.Verdict;

/**
 * The gap plan keeps its promise on any community: placing its facilities at the gates, as real facilities in a real
 * inventory scored afresh, reaches the outcome each step promises, with the total it promises; and no facility of a
 * step can be spared.
 */
class PlanProperties {
    private static final Pack HANGJIN = Repo.pack("hangjin-banner@2023.12");
    private static final Pack SHENZHEN = Repo.pack("shenzhen@2023.09");

    @Provide
    Arbitrary<Inventory> inventories() {
        return Inventories.inventories();
    }

    @Property(tries = 40)
    void applying_the_plan_at_the_gates_reaches_the_promised_outcome_under_a_points_sheet(@ForAll("inventories") Inventory inventory)
            throws Exception {
        keepsItsPromise(inventory, HANGJIN);
    }

    @Property(tries = 40)
    void applying_the_plan_at_the_gates_reaches_the_promised_outcome_under_a_full_coverage_checklist(
            @ForAll("inventories") Inventory inventory) throws Exception {
        keepsItsPromise(inventory, SHENZHEN);
    }

    private static void keepsItsPromise(Inventory inventory, Pack pack) throws Exception {
        Verdict v = Repo.engine().score(inventory, pack);
        if (v.plan() == null) {
            assertEquals(pack.manifest().outcomes().stream().mapToInt(o -> o.rank()).max().orElseThrow(), v.outcome().rank());
            return;
        }
        List<String[]> placed = new ArrayList<>();
        for (Plan.Step step : v.plan().steps()) {
            List<String[]> before = List.copyOf(placed);
            step.additions().forEach(a -> a.compounds().forEach(c -> placed.add(new String[] {a.type(), c})));
            assertEquals(step.facilities(), placed.size() - before.size());
            Verdict after = Repo.engine().withoutPlans().score(Communities.atTheGates(inventory, placed), pack);
            assertEquals(step.reaches().code(), after.outcome().code(), "step to " + step.target().code());
            assertEquals(step.total(), after.total());
            if (!step.reachable()) {
                assertTrue(after.outcome().rank() < step.target().rank());
                return;
            }
            assertTrue(after.outcome().rank() >= step.target().rank());
            for (int spared = before.size(); spared < placed.size(); spared++) {
                List<String[]> without = new ArrayList<>(placed);
                String[] gone = without.remove(spared);
                Verdict short_ = Repo.engine().withoutPlans().score(Communities.atTheGates(inventory, without), pack);
                assertTrue(short_.outcome().rank() < step.target().rank(),
                        "the step to " + step.target().code() + " still reached without " + gone[0] + " for " + gone[1]);
            }
        }
    }

    @Property(tries = 100)
    void a_what_if_scores_as_the_inventory_with_the_services_added(@ForAll("inventories") Inventory inventory,
            @ForAll("inventories") Inventory other) {
        List<Facility> services = new ArrayList<>();
        for (Facility f : other.facilities()) {
            String compound = inventory.compounds().get(services.size() % inventory.compounds().size()).id();
            services.add(new Facility("+" + f.id(), f.type(), null, null, null, false, List.of(compound), null));
        }
        List<Facility> all = new ArrayList<>(inventory.facilities());
        all.addAll(services);
        Inventory bigger = new Inventory(inventory.community(), inventory.crs(), inventory.inspection(), inventory.compounds(), all,
                inventory.organization(), inventory.serviceCenter());
        Community planned = Community.of(inventory, Repo.engine().vocabulary(), 1200, java.math.BigDecimal.ONE).plus(services);
        Community real = Community.of(bigger, Repo.engine().vocabulary(), 1200, java.math.BigDecimal.ONE);
        for (FacilityType type : Repo.engine().vocabulary().types()) {
            Coverage a = planned.coverage(type.code());
            Coverage b = real.coverage(type.code());
            assertEquals(b.getCoveredWeight(), a.getCoveredWeight(), type.code());
            assertEquals(b.isFull(), a.isFull(), type.code());
            assertEquals(real.count(type.code()), planned.count(type.code()), type.code());
        }
    }
}
