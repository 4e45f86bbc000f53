package org.quarterhour.batch;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A district's roll-up of verdicts (summary.json), one part per standard version: how many communities reach each
 * outcome, how many meet each category's bar, the totals, the facility types most often missing weighted by
 * households (设施盲区), and progress against the bureau's targets. Shares are fractions to four decimals.
 */
@JsonPropertyOrder({"schema", "communities", "refused", "standards"})
public record Summary(String schema, int communities, int refused, List<PerStandard> standards) {
    public static final String SCHEMA = "quarterhour/summary/v2";

    public Summary {
        standards = List.copyOf(standards);
    }

    @JsonPropertyOrder({"standard", "communities", "outcomes", "categories", "total", "blind_spots", "targets"})
    public record PerStandard(Ref standard, int communities, List<OutcomeCount> outcomes, List<CategoryCount> categories,
            Totals total, @JsonProperty("blind_spots") List<BlindSpot> blindSpots, List<TargetResult> targets) {
        public PerStandard {
            outcomes = List.copyOf(outcomes);
            categories = List.copyOf(categories);
            blindSpots = List.copyOf(blindSpots);
            targets = List.copyOf(targets);
        }
    }

    @JsonPropertyOrder({"id", "version", "title"})
    public record Ref(String id, String version, String title) {
        public String ref() {
            return id + "@" + version;
        }
    }

    /** Communities at exactly this outcome, and at this outcome or higher. Highest rank first. */
    @JsonPropertyOrder({"code", "label", "rank", "count", "share", "at_least", "at_least_share"})
    public record OutcomeCount(String code, String label, int rank, int count, BigDecimal share,
            @JsonProperty("at_least") int atLeast, @JsonProperty("at_least_share") BigDecimal atLeastShare) {
    }

    /** Communities meeting the category's bar (its minimum, or every item met). */
    @JsonPropertyOrder({"code", "name", "met", "share"})
    public record CategoryCount(String code, String name, int met, BigDecimal share) {
    }

    /** Mean, lowest and highest total, for standards scored in points (null otherwise). */
    @JsonPropertyOrder({"mean", "min", "max"})
    public record Totals(BigDecimal mean, BigDecimal min, BigDecimal max) {
    }

    /**
     * Facility types (one of them would do) that some item asks for and that miss compounds: the households of those
     * compounds whose inventory gives them (null where none does), how many compounds, how many of them without
     * households (unknown, not none), and in how many communities.
     */
    @JsonPropertyOrder({"types", "name", "households", "compounds", "compounds_without_households", "communities"})
    public record BlindSpot(List<String> types, String name, Long households, int compounds,
            @JsonProperty("compounds_without_households") int compoundsWithoutHouseholds, int communities) {
        public BlindSpot {
            types = List.copyOf(types);
            if (compoundsWithoutHouseholds < 0 || compoundsWithoutHouseholds > compounds
                    || households == null && compoundsWithoutHouseholds < compounds) {
                throw new IllegalArgumentException("blind spot " + types + ": households " + households + " with "
                        + compoundsWithoutHouseholds + " of " + compounds + " compounds without households; expected at most "
                        + compounds + " without, and households null only where every compound is without");
            }
        }

        /** The households known to be missed: 0 where none is known, for ranking alone. */
        @JsonIgnore
        public long householdsKnown() {
            return households == null ? 0 : households;
        }
    }

    @JsonPropertyOrder({"target", "outcome", "label", "percent", "at_least", "share", "met", "short_by"})
    public record TargetResult(String target, String outcome, String label, BigDecimal percent,
            @JsonProperty("at_least") int atLeast, BigDecimal share, boolean met, @JsonProperty("short_by") int shortBy) {
    }
}
