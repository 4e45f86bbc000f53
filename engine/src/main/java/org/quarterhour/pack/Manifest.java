package org.quarterhour.pack;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What a pack declares besides its rules: which standard and version it is, when it is in force, its parameters,
 * its categories with their points and minimums, and its outcomes (grades or tiers) with what each needs.
 * {@code clause} cites the clauses the pack implements as a whole (its total, its radius), comma-separated.
 */
public record Manifest(
        String id,
        String version,
        String title,
        String issuer,
        String document,
        LocalDate inForceFrom,
        LocalDate inForceUntil,
        int radiusM,
        BigDecimal detourFactor,
        BigDecimal total,
        String clause,
        List<Category> categories,
        List<Outcome> outcomes) {

    public static final String SCHEMA = "quarterhour/pack/v1";

    public Manifest {
        categories = List.copyOf(categories);
        outcomes = List.copyOf(outcomes);
    }

    /**
     * A category (评价类别). {@code minimum} is the points it needs (需62分以上), {@code allMet} that every item in it
     * must be met; neither means it has no bar of its own.
     */
    public record Category(String code, String name, BigDecimal points, BigDecimal minimum, boolean allMet, String clause) {
        public boolean hasBar() {
            return minimum != null || allMet;
        }
    }

    /**
     * An outcome (grade or tier), lowest rank first. An outcome is reached when all its conditions hold; the verdict
     * is the highest-ranked outcome reached. Rank 0 has no conditions.
     */
    public record Outcome(String code, String label, int rank, BigDecimal totalAtLeast, List<String> categoriesMet,
            List<String> itemsMet, String clause) {
        public Outcome {
            categoriesMet = List.copyOf(categoriesMet);
            itemsMet = List.copyOf(itemsMet);
        }
    }

    /** The outcomes from the lowest rank up (outcomes of equal rank in the order the manifest gives them). */
    public List<Outcome> ladder() {
        return outcomes.stream().sorted(Comparator.comparingInt(Outcome::rank)).toList();
    }

    public String ref() {
        return id + "@" + version;
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }

    public Category category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }
}
