package org.quarterhour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarterhour.geo.Distances;
import org.quarterhour.inventory.Compound;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.Inventory;

/**
 * The Hangjin sheet scored by a plain Java loop, written from the spec without the engine's scoring code: the
 * differential oracle every generated inventory is checked against, and the hand-written scorer the benchmark sets
 * the Drools path beside. It shares only the geometry (the estimated distance of two points).
 */
public final class HangjinOracle {
    static final Map<String, Object[]> ITEMS = new LinkedHashMap<>();
    private static final BigDecimal RADIUS = BigDecimal.valueOf(1200);
    private static final BigDecimal DETOUR = new BigDecimal("1.3");

    // each type of the spec's sheet with the codes that its aliases have in the vocabulary (缝纫店 and 改衣 are
    // tailor, 诊所 clinic, …): written out here rather than taken from the vocabulary's kind_of
    static {
        item("B01", 8, "convenience_store");
        item("B02", 8, "supermarket");
        item("B03", 8, "farmers_market");
        item("B04", 4, "fresh_market");
        item("B05", 4, "breakfast");
        item("B06", 1, "repair");
        item("B07", 1, "laundry_tailor", "tailor");
        item("B08", 6, "hair_beauty");
        item("B09", 1, "photo_print");
        item("B10", 6, "pharmacy");
        item("B11", 4, "housekeeping");
        item("B12", 4, "postal_express", "parcel_locker");
        item("B13", 2, "recycling", "smart_recycling_cabinet", "waste_sorting");
        item("B14", 10, "community_service_center", "party_service_center");
        item("Q01", 2, "bookstore", "bookshop", "reading_room");
        item("Q02", 2, "fitness", "gym");
        item("Q03", 3, "specialty_dining");
        item("Q04", 2, "elderly_care");
        item("Q05", 2, "childcare");
        item("Q06", 2, "health_station", "clinic");
        item("Q07", 2, "education_training");
        item("Q08", 1, "leisure");
        item("Q09", 1, "tourism_service");
        item("Q10", 1, "florist_gift");
        item("Q11", 1, "bakery");
        item("Q12", 1, "tea_coffee_bar");
        item("Q13", 1, "pet_service");
        item("Q14", 1, "smart_cabinet", "unmanned_store");
        item("Q15", 3, "smart_platform");
    }

    private static void item(String code, int points, String... types) {
        ITEMS.put(code, new Object[] {points, List.of(types)});
    }

    private HangjinOracle() {
    }

    /** Item code to points, for the facility items and the organisation items. */
    @SuppressWarnings("unchecked")
    public static Map<String, BigDecimal> score(Inventory inv) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, Boolean> org = inv.organization();
        scores.put("O1", count(org, "agency_established", "dedicated_staff"));
        scores.put("O2", count(org, "plan_exists", "plan_goals", "plan_steps", "plan_safeguards"));
        scores.put("O3", count(org, "layout_harmony", "guide_map"));
        long total = 0;
        for (Compound c : inv.compounds()) {
            total += weight(inv, c);
        }
        for (var e : ITEMS.entrySet()) {
            int points = (Integer) e.getValue()[0];
            List<String> types = (List<String>) e.getValue()[1];
            long covered = 0;
            for (Compound c : inv.compounds()) {
                if (reaches(inv, c, types)) {
                    covered += weight(inv, c);
                }
            }
            scores.put(e.getKey(), BigDecimal.valueOf(points * covered).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP));
        }
        return scores;
    }

    private static long weight(Inventory inv, Compound c) {
        return inv.weightedByHouseholds() ? c.households() : 1;
    }

    private static boolean reaches(Inventory inv, Compound c, List<String> types) {
        for (Facility f : inv.facilities()) {
            if (!types.contains(f.type())) {
                continue;
            }
            if (f.servesAll() || f.serves().contains(c.id())) {
                return true;
            }
            for (var g : c.gates()) {
                BigDecimal w = f.walkM().get(g.id());
                if (w == null && f.at() != null && g.at() != null) {
                    w = Distances.estimatedWalkM(g.at(), f.at(), DETOUR);
                }
                if (w != null && w.compareTo(RADIUS) <= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BigDecimal count(Map<String, Boolean> org, String... keys) {
        long n = 0;
        for (String k : keys) {
            n += Boolean.TRUE.equals(org.get(k)) ? 1 : 0;
        }
        return BigDecimal.valueOf(n).setScale(1);
    }
}
