package org.quarterhour.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;

/** The district's 设施盲区 as the roll-up adds verdicts' gaps up, households unknown staying unknown. */
class RollupTest {
    /** A verdict of one community with the gaps given, each {@code type: compound=households, …} (households "null"). */
    private static JsonNode verdict(String... gaps) throws IOException {
        StringBuilder json = new StringBuilder("{\"schema\": \"quarterhour/verdict/v1\", \"standard\": {\"id\": \"s\", \"version\": \"1\","
                + " \"title\": \"S\"}, \"outcome\": {\"code\": \"fail\", \"label\": \"不合格\", \"rank\": 0}, \"gaps\": [");
        for (int g = 0; g < gaps.length; g++) {
            String[] parts = gaps[g].split(": ");
            json.append(g == 0 ? "" : ", ").append("{\"item\": \"I").append(g).append("\", \"types\": [\"").append(parts[0])
                    .append("\"], \"radius_m\": 1000, \"compounds\": [");
            String[] compounds = parts[1].split(", ");
            for (int c = 0; c < compounds.length; c++) {
                String[] idAndHouseholds = compounds[c].split("=");
                json.append(c == 0 ? "" : ", ").append("{\"id\": \"").append(idAndHouseholds[0]).append("\", \"households\": ")
                        .append(idAndHouseholds[1]).append('}');
            }
            json.append("]}");
        }
        return Json.mapper().readTree(json.append("]}").toString());
    }

    private static List<Summary.BlindSpot> blindSpots(JsonNode... verdicts) {
        Rollup rollup = new Rollup(Vocabulary.bundled());
        for (JsonNode v : verdicts) {
            rollup.add(v, null);
        }
        return rollup.summary(List.of()).standards().get(0).blindSpots();
    }

    @Test
    void households_are_added_up_where_known_and_the_compounds_without_them_counted_beside() throws IOException {
        List<Summary.BlindSpot> spots = blindSpots(
                verdict("pharmacy: A=500", "childcare: A=200, B=null"),
                verdict("childcare: C=null, D=null", "pharmacy: C=null", "library: C=null, D=null, E=null"));
        Summary.BlindSpot childcare = spots.stream().filter(b -> b.types().equals(List.of("childcare"))).findFirst().orElseThrow();
        assertEquals(200L, childcare.households(), "A's 200; B, C and D unknown, not 0");
        assertEquals(4, childcare.compounds());
        assertEquals(3, childcare.compoundsWithoutHouseholds());
        assertEquals(2, childcare.communities());
        Summary.BlindSpot library = spots.stream().filter(b -> b.types().equals(List.of("library"))).findFirst().orElseThrow();
        assertNull(library.households(), "no compound it misses has households given");
        assertEquals(3, library.compoundsWithoutHouseholds());
    }

    @Test
    void blind_spots_rank_by_households_known_then_by_compounds() throws IOException {
        List<Summary.BlindSpot> spots = blindSpots(
                verdict("pharmacy: A=500", "childcare: A=500, B=null", "library: C=null, D=null, E=null, F=null", "fitness: C=null"));
        assertEquals(List.of("childcare", "pharmacy", "library", "fitness"), spots.stream().map(b -> b.types().get(0)).toList(),
                "500 known in two compounds, 500 in one; then the unknown by their compounds");
    }

    @Test
    void households_are_null_only_where_every_compound_is_without_them() {
        assertThrows(IllegalArgumentException.class, () -> new Summary.BlindSpot(List.of("x"), "x", null, 2, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Summary.BlindSpot(List.of("x"), "x", 10L, 2, 3, 1));
    }
}
