package org.quarterhour.verdict;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The engine's answer for one community under one standard version (verdict format v1). {@code gaps} are the blind
 * spots of the items short of full marks; {@code plan} is what would lift the grade (null at the top outcome).
 */
@JsonPropertyOrder({"schema", "verdict_id", "community", "standard", "engine", "inventory_sha256", "inspection", "parameters", "items",
        "categories", "total", "max", "outcome", "gaps", "plan", "recorded_at"})
public record Verdict(
        String schema,
        @JsonProperty("verdict_id") String verdictId,
        CommunityRef community,
        StandardRef standard,
        EngineRef engine,
        @JsonProperty("inventory_sha256") String inventorySha256,
        InspectionRef inspection,
        Parameters parameters,
        List<Item> items,
        List<CategoryResult> categories,
        BigDecimal total,
        BigDecimal max,
        Outcome outcome,
        List<Gap> gaps,
        Plan plan,
        @JsonProperty("recorded_at") String recordedAt) {

    public static final String SCHEMA = "quarterhour/verdict/v1";

    public Verdict {
        items = List.copyOf(items);
        categories = List.copyOf(categories);
        gaps = List.copyOf(gaps);
    }

    @JsonPropertyOrder({"id", "name"})
    public record CommunityRef(String id, String name) {
    }

    @JsonPropertyOrder({"id", "version", "title", "pack_sha256"})
    public record StandardRef(String id, String version, String title, @JsonProperty("pack_sha256") String packSha256) {
        public String ref() {
            return id + "@" + version;
        }
    }

    public record EngineRef(String version) {
    }

    /** When and by whom the community was inspected, as the inventory says (either may be null). */
    @JsonPropertyOrder({"date", "inspector"})
    public record InspectionRef(String date, String inspector) {
    }

    @JsonPropertyOrder({"radius_m", "detour_factor"})
    public record Parameters(@JsonProperty("radius_m") int radiusM, @JsonProperty("detour_factor") BigDecimal detourFactor) {
    }

    public Verdict withIdentity(String id, String recorded) {
        return new Verdict(schema, id, community, standard, engine, inventorySha256, inspection, parameters, items, categories, total,
                max, outcome, gaps, plan, recorded);
    }

    public Item item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
    }

    public CategoryResult category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}
