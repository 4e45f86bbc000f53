package org.quarterhour;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.quarterhour.inventory.CommunityInfo;
import org.quarterhour.inventory.Compound;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.FacilityType;
import org.quarterhour.inventory.Gate;
import org.quarterhour.inventory.Inspection;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.geo.Crs;
import org.quarterhour.geo.LatLon;

/** Random valid inventories for properties: compounds with gates, facilities of any vocabulary type, measured walks. */
public final class Inventories {
    private static final double CENTRE_LAT = 39.83;
    private static final double CENTRE_LON = 108.73;
    private static final List<String> TYPES = Repo.engine().vocabulary().types().stream().map(FacilityType::code).toList();
    private static final List<String> FINDINGS = List.of("agency_established", "dedicated_staff", "plan_exists", "plan_goals",
            "plan_steps", "plan_safeguards", "layout_harmony", "guide_map");

    private Inventories() {
    }

    public static Arbitrary<Inventory> inventories() {
        Arbitrary<Boolean> weighted = Arbitraries.of(true, false);
        Arbitrary<List<Integer>> households = Arbitraries.integers().between(0, 2000).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<Integer>> gates = Arbitraries.integers().between(1, 3).list().ofMinSize(5).ofMaxSize(5);
        Arbitrary<List<FacilitySeed>> facilities = facilitySeeds().list().ofMaxSize(40);
        Arbitrary<Map<String, Boolean>> findings = Arbitraries.maps(Arbitraries.of(FINDINGS), Arbitraries.of(true, false)).ofMaxSize(8);
        return Combinators.combine(weighted, households, gates, facilities, findings).as(Inventories::build)
                .filter(i -> !i.weightedByHouseholds() || i.compounds().stream().mapToInt(Compound::households).sum() > 0);
    }

    /**
     * A facility before it is placed: its type, a walk per gate slot (-1 = no measured walk from that gate), whether it
     * serves compounds, and where it is (offsets of 0.0001° from the community's centre; null = no coordinates).
     */
    record FacilitySeed(String type, List<Integer> walks, int serves, List<Integer> offset) {
    }

    static Arbitrary<FacilitySeed> facilitySeeds() {
        Arbitrary<Integer> walk = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 2500)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1195, 1205)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(-1)));
        Arbitrary<List<Integer>> offset = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-120, 120).list().ofSize(2)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        return Combinators.combine(Arbitraries.of(TYPES), walk.list().ofSize(15), Arbitraries.integers().between(0, 12), offset)
                .as(FacilitySeed::new);
    }

    static Inventory build(boolean weighted, List<Integer> households, List<Integer> gateCounts, List<FacilitySeed> seeds,
            Map<String, Boolean> findings) {
        List<Compound> compounds = new ArrayList<>();
        List<String> gateIds = new ArrayList<>();
        for (int c = 0; c < households.size(); c++) {
            String id = String.valueOf((char) ('A' + c));
            List<Gate> gates = new ArrayList<>();
            for (int g = 1; g <= gateCounts.get(c); g++) {
                LatLon at = g == 1 ? null : new LatLon(CENTRE_LAT + 0.001 * c, CENTRE_LON - 0.001 * g, Crs.GCJ02);
                gates.add(new Gate(id + g, at));
                gateIds.add(id + g);
            }
            compounds.add(new Compound(id, null, weighted ? households.get(c) : null, gates));
        }
        List<Facility> facilities = new ArrayList<>();
        for (int f = 0; f < seeds.size(); f++) {
            facilities.add(place(String.format("F%02d", f), seeds.get(f), gateIds, compounds));
        }
        return new Inventory(new CommunityInfo("P-001", "性质社区", null, null, null, null), Crs.GCJ02, Inspection.NONE,
                compounds, facilities, new TreeMap<>(findings), null);
    }

    static Facility place(String id, FacilitySeed seed, List<String> gateIds, List<Compound> compounds) {
        TreeMap<String, BigDecimal> walks = new TreeMap<>();
        for (int g = 0; g < gateIds.size(); g++) {
            int w = seed.walks().get(g % seed.walks().size());
            if (w >= 0) {
                walks.put(gateIds.get(g), BigDecimal.valueOf(w));
            }
        }
        boolean servesAll = seed.serves() == 0;
        List<String> serves = seed.serves() == 1 ? List.of(compounds.get(0).id()) : List.of();
        LatLon at = seed.offset() == null ? null
                : new LatLon(CENTRE_LAT + seed.offset().get(0) * 0.0001, CENTRE_LON + seed.offset().get(1) * 0.0001, Crs.GCJ02);
        return new Facility(id, seed.type(), null, at, walks, servesAll, serves, null);
    }
}
