package org.quarterhour.verdict;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * What would lift the grade: for the next outcome up and the one after, the fewest facilities to add (each a type for
 * some compounds, as if placed at their gates) and what each addition gains. Steps build on each other: the second
 * assumes the first's additions are made.
 */
@JsonPropertyOrder({"steps"})
public record Plan(List<Step> steps) {
    /** How a step's additions were found: proven fewest among the candidates, or greedy with none to spare. */
    public static final String EXHAUSTIVE = "exhaustive";
    public static final String GREEDY = "greedy";

    public Plan {
        steps = List.copyOf(steps);
    }

    /**
     * One outcome up. {@code reachable} is false where facilities alone cannot reach it (a finding, a figure, or the
     * search bound); then {@code additions} are those that get closest and {@code remaining} says what still fails.
     */
    @JsonPropertyOrder({"target", "reachable", "facilities", "additions", "reaches", "total", "search", "remaining"})
    public record Step(OutcomeRef target, boolean reachable, int facilities, List<Addition> additions, OutcomeRef reaches,
            BigDecimal total, String search, List<String> remaining) {
        public Step {
            additions = List.copyOf(additions);
            remaining = List.copyOf(remaining);
        }
    }

    /**
     * One facility type added for some compounds (one facility each), in the order that gains most per facility:
     * the items it lifts, the points it gains (null where the standard has none) and the items it makes met.
     */
    @JsonPropertyOrder({"type", "name", "compounds", "items", "points", "items_met"})
    public record Addition(String type, String name, List<String> compounds, List<String> items, BigDecimal points,
            @JsonProperty("items_met") int itemsMet) {
        public Addition {
            compounds = List.copyOf(compounds);
            items = List.copyOf(items);
        }
    }

    @JsonPropertyOrder({"code", "label", "rank"})
    public record OutcomeRef(String code, String label, int rank) {
    }
}
