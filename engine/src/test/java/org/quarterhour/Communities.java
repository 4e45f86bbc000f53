package org.quarterhour;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quarterhour.geo.Crs;
import org.quarterhour.inventory.CommunityInfo;
import org.quarterhour.inventory.Compound;
import org.quarterhour.inventory.Facility;
import org.quarterhour.inventory.FacilityType;
import org.quarterhour.inventory.Gate;
import org.quarterhour.inventory.Inspection;
import org.quarterhour.inventory.Inventory;

/**
 * Hand-built communities for plan tests: compounds with one gate each (A1, B1, …), and a facility of every vocabulary
 * type 100 m from every gate — except the types a test says some compounds lack.
 */
public final class Communities {
    public static final Map<String, Boolean> EVERY_FINDING = Map.of("agency_established", true, "dedicated_staff", true,
            "plan_exists", true, "plan_goals", true, "plan_steps", true, "plan_safeguards", true, "layout_harmony", true,
            "guide_map", true);

    private Communities() {
    }

    /**
     * {@code households} by compound id (A, B, …); {@code lacking} maps a type to the compounds that no facility of it
     * reaches.
     */
    public static Inventory withEverything(Map<String, Integer> households, Map<String, Set<String>> lacking) {
        List<Compound> compounds = new ArrayList<>();
        households.forEach((id, h) -> compounds.add(new Compound(id, id + "小区", h, List.of(new Gate(id + "1", null)))));
        List<Facility> facilities = new ArrayList<>();
        int n = 0;
        for (FacilityType type : Repo.engine().vocabulary().types()) {
            TreeMap<String, BigDecimal> walks = new TreeMap<>();
            for (Compound c : compounds) {
                if (!lacking.getOrDefault(type.code(), Set.of()).contains(c.id())) {
                    walks.put(c.id() + "1", BigDecimal.valueOf(100));
                }
            }
            if (!walks.isEmpty()) {
                facilities.add(new Facility(String.format("F%03d", ++n), type.code(), null, null, walks, false, List.of(), null));
            }
        }
        return new Inventory(new CommunityInfo("T-001", "试验社区", null, null, null, null), Crs.GCJ02, Inspection.NONE, compounds,
                facilities, new TreeMap<>(EVERY_FINDING), null);
    }

    /** The inventory with one facility of each (type, compound) placed at the compound's first gate (walk 0 m). */
    public static Inventory atTheGates(Inventory inventory, List<String[]> typeAndCompound) {
        List<Facility> facilities = new ArrayList<>(inventory.facilities());
        Map<String, Compound> compounds = inventory.compoundsById();
        int n = 0;
        for (String[] tc : typeAndCompound) {
            String gate = compounds.get(tc[1]).gates().get(0).id();
            facilities.add(new Facility("PLANNED-" + (++n), tc[0], null, null, new TreeMap<>(Map.of(gate, BigDecimal.ZERO)), false,
                    List.of(), null));
        }
        return new Inventory(inventory.community(), inventory.crs(), inventory.inspection(), inventory.compounds(), facilities,
                inventory.organization(), inventory.serviceCenter());
    }
}
