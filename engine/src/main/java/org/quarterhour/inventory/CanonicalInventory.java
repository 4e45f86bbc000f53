package org.quarterhour.inventory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quarterhour.geo.LatLon;
import org.quarterhour.hash.Sha256;
import org.quarterhour.json.Json;

/**
 * An inventory written back in its own format, with every choice the file left open made explicit: facility types
 * as codes, compounds, gates and facilities sorted by id, each point with its crs. Hashing its canonical JSON gives
 * the inventory's fingerprint; reading it back gives the same inventory, which is how a ledger replays it.
 * Its maps are sorted maps, so the canonical writer, which sorts every map, takes them as they are instead of copying.
 */
public final class CanonicalInventory {
    private CanonicalInventory() {
    }

    /**
     * An inventory's canonical JSON and its SHA-256, made once for every standard a file is scored under and for the
     * ledger that keeps it (the one serialisation of the inventory a recorded scoring needs).
     */
    public record Bytes(byte[] json, String sha256) {
    }

    public static Bytes bytes(Inventory inv) {
        byte[] json = Json.canonical(toMap(inv));
        return new Bytes(json, Sha256.hex(json));
    }

    /** The inventory's fingerprint: the SHA-256 of its canonical JSON, the bytes fed to the digest as they are written. */
    public static String sha256(Inventory inv) {
        return Json.sha256(toMap(inv));
    }

    public static Map<String, Object> toMap(Inventory inv) {
        Map<String, Object> m = new TreeMap<>();
        m.put("schema", Inventory.SCHEMA);
        Map<String, Object> community = new TreeMap<>();
        community.put("id", inv.community().id());
        community.put("name", inv.community().name());
        putIf(community, "region", inv.community().region());
        putIf(community, "new_build", inv.community().newBuild());
        putIf(community, "building_area_m2", plain(inv.community().buildingAreaM2()));
        putIf(community, "commercial_service_area_m2", plain(inv.community().commercialServiceAreaM2()));
        m.put("community", community);
        m.put("crs", inv.crs().code());
        Map<String, Object> inspection = new TreeMap<>();
        putIf(inspection, "date", inv.inspection().date() == null ? null : inv.inspection().date().toString());
        putIf(inspection, "inspector", inv.inspection().inspector());
        if (!inspection.isEmpty()) {
            m.put("inspection", inspection);
        }
        List<Object> compounds = new ArrayList<>();
        for (Compound c : inv.compounds()) {
            Map<String, Object> cm = new TreeMap<>();
            cm.put("id", c.id());
            putIf(cm, "name", c.name());
            putIf(cm, "households", c.households());
            List<Object> gates = new ArrayList<>();
            for (Gate g : c.gates()) {
                Map<String, Object> gm = new TreeMap<>();
                gm.put("id", g.id());
                putPoint(gm, g.at());
                gates.add(gm);
            }
            cm.put("gates", gates);
            compounds.add(cm);
        }
        m.put("compounds", compounds);
        List<Object> facilities = new ArrayList<>();
        for (Facility f : inv.facilities()) {
            Map<String, Object> fm = new TreeMap<>();
            fm.put("id", f.id());
            fm.put("type", f.type());
            putIf(fm, "name", f.name());
            putPoint(fm, f.at());
            if (!f.walkM().isEmpty()) {
                Map<String, Object> walks = new TreeMap<>();
                f.walkM().forEach((gate, metres) -> walks.put(gate, plain(metres)));
                fm.put("walk_m", walks);
            }
            if (f.servesAll()) {
                fm.put("serves", "community");
            } else if (!f.serves().isEmpty()) {
                fm.put("serves", f.serves());
            }
            putIf(fm, "area_m2", plain(f.areaM2()));
            facilities.add(fm);
        }
        m.put("facilities", facilities);
        if (!inv.organization().isEmpty()) {
            m.put("organization", new TreeMap<>(inv.organization()));
        }
        inv.serviceCenterIfAny().ifPresent(sc -> {
            Map<String, Object> sm = new TreeMap<>(sc.findings());
            putIf(sm, "area_m2", plain(sc.areaM2()));
            if (!sc.onlineServices().isEmpty()) {
                sm.put("online_services", sc.onlineServices());
            }
            m.put("service_center", sm);
        });
        return m;
    }

    private static void putPoint(Map<String, Object> m, LatLon at) {
        if (at != null) {
            m.put("at", List.of(BigDecimal.valueOf(at.lat()), BigDecimal.valueOf(at.lon())));
            m.put("crs", at.crs().code());
        }
    }

    private static BigDecimal plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros();
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
