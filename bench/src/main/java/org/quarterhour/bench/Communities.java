package org.quarterhour.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic inventories for the benchmark, written as YAML the way an inspector would: 5 compounds of 100–1,500
 * households with 1–3 gates each, 60 facilities of the types a sheet asks about, half with walks measured per gate,
 * the rest placed by coordinates (a few on Baidu's BD-09), some serving the community. Deterministic per seed.
 */
final class Communities {
    private static final List<String> TYPES = List.of("convenience_store", "supermarket", "farmers_market", "fresh_market",
            "breakfast", "repair", "laundry_tailor", "hair_beauty", "photo_print", "pharmacy", "housekeeping",
            "postal_express", "parcel_locker", "recycling", "waste_sorting", "community_service_center", "bookstore",
            "fitness", "specialty_dining", "elderly_care", "childcare", "health_station", "education_training", "leisure",
            "tourism_service", "florist_gift", "bakery", "tea_coffee_bar", "pet_service", "smart_cabinet", "smart_platform",
            "restaurant", "bank", "bus_stop");

    private Communities() {
    }

    static String yaml(long seed) {
        Random r = new Random(seed);
        double lat = 30 + r.nextDouble() * 10;
        double lon = 105 + r.nextDouble() * 15;
        StringBuilder y = new StringBuilder(10_000);
        y.append("schema: quarterhour/inventory/v1\n");
        y.append("community:\n  id: BENCH-").append(seed).append("\n  name: 基准社区").append(seed).append('\n');
        y.append("crs: gcj02\ninspection:\n  date: 2024-11-05\n  inspector: 基准\n");
        y.append("compounds:\n");
        int[] gates = new int[5];
        for (int c = 0; c < 5; c++) {
            gates[c] = 1 + r.nextInt(3);
            y.append("  - id: C").append(c).append("\n    name: 小区").append(c).append("\n    households: ")
                    .append(100 + r.nextInt(1400)).append("\n    gates:\n");
            for (int g = 0; g < gates[c]; g++) {
                y.append("      - { id: C").append(c).append('G').append(g).append(", at: [")
                        .append(fmt(lat + (r.nextDouble() - 0.5) * 0.02)).append(", ").append(fmt(lon + (r.nextDouble() - 0.5) * 0.02))
                        .append("] }\n");
            }
        }
        y.append("facilities:\n");
        for (int f = 0; f < 60; f++) {
            String type = TYPES.get(r.nextInt(TYPES.size()));
            y.append("  - { id: F").append(String.format("%02d", f)).append(", type: ").append(type).append(", name: 门店").append(f);
            int kind = r.nextInt(10);
            if (kind < 5) {
                y.append(", walk_m: { ");
                boolean first = true;
                for (int c = 0; c < 5; c++) {
                    for (int g = 0; g < gates[c]; g++) {
                        if (r.nextInt(3) > 0) {
                            y.append(first ? "" : ", ").append('C').append(c).append('G').append(g).append(": ").append(150 + r.nextInt(1900));
                            first = false;
                        }
                    }
                }
                if (first) {
                    y.append("C0G0: 600");
                }
                y.append(" }");
            } else if (kind < 9) {
                y.append(", at: [").append(fmt(lat + (r.nextDouble() - 0.5) * 0.03)).append(", ")
                        .append(fmt(lon + (r.nextDouble() - 0.5) * 0.03)).append(']');
                if (kind == 8) {
                    y.append(", crs: bd09");
                }
            } else {
                y.append(", serves: community");
            }
            y.append(" }\n");
        }
        y.append("organization:\n");
        for (String k : List.of("agency_established", "dedicated_staff", "plan_exists", "plan_goals", "plan_steps",
                "plan_safeguards", "layout_harmony", "guide_map")) {
            y.append("  ").append(k).append(": ").append(r.nextInt(4) > 0).append('\n');
        }
        return y.toString();
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }
}
