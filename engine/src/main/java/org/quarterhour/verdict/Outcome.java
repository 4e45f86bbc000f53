package org.quarterhour.verdict;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The grade or tier reached ({@code rank} 0 the lowest) and every reason it is not the next one up. */
@JsonPropertyOrder({"code", "label", "rank", "reasons"})
public record Outcome(String code, String label, int rank, List<String> reasons) {
    public Outcome {
        reasons = List.copyOf(reasons);
    }
}
