package org.quarterhour.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.quarterhour.verdict.Evidence;

/**
 * Which compounds reach a facility of some types within a radius, and what share of the community they hold
 * (by households, or by count of compounds where the inventory gives no households).
 */
public final class Coverage {
    /** One compound's line: its site and its nearest facility of the types (null where none reaches it). */
    record Line(Site site, Reach nearest) {
        String compound() {
            return site.compound();
        }

        BigDecimal weight() {
            return site.weight();
        }

        /** The facilities of the types with no usable distance to the compound: only a reason reads them. */
        List<String> unplaced(List<String> types) {
            if (site.unplacedByType().isEmpty()) {
                return List.of();
            }
            List<String> found = new ArrayList<>();
            types.forEach(t -> found.addAll(site.unplacedByType().getOrDefault(t, List.of())));
            return found;
        }
    }

    private final int radiusM;
    /** The types the rule asked for, as it named them: what a gap says and a what-if adds. */
    private final List<String> types;
    /** Every type whose facilities count: the asked ones and their kinds, less any kinds left out. */
    private final List<String> matched;
    /** The types' names joined with "/", worked out only for a reason: rules and what-ifs never read them. */
    private final Supplier<String> typeNames;
    private final boolean byHouseholds;
    private final List<Line> lines;
    private final boolean[] covered;
    private final BigDecimal coveredWeight;
    private final BigDecimal totalWeight;
    private final boolean full;
    private final boolean any;

    /** {@code totalWeight} is the lines' weights summed in order, which the community works out once for all its coverages. */
    Coverage(int radiusM, List<String> types, List<String> matched, Supplier<String> typeNames, boolean byHouseholds,
            List<Line> lines, BigDecimal totalWeight) {
        this.radiusM = radiusM;
        this.types = List.copyOf(types);
        this.matched = List.copyOf(matched);
        this.typeNames = typeNames;
        this.byHouseholds = byHouseholds;
        this.lines = List.copyOf(lines);
        this.covered = new boolean[lines.size()];
        BigDecimal radius = BigDecimal.valueOf(radiusM);
        BigDecimal coveredSum = BigDecimal.ZERO;
        boolean everyResidentCovered = true;
        boolean someCovered = false;
        for (int i = 0; i < covered.length; i++) {
            Line line = lines.get(i);
            covered[i] = line.nearest() != null && line.nearest().distanceM().compareTo(radius) <= 0;
            if (covered[i]) {
                coveredSum = coveredSum.add(line.weight());
                someCovered = true;
            } else if (line.weight().signum() > 0) {
                everyResidentCovered = false;
            }
        }
        this.coveredWeight = coveredSum;
        this.totalWeight = totalWeight;
        this.full = everyResidentCovered;
        this.any = someCovered;
    }

    public int getRadiusM() {
        return radiusM;
    }

    public List<String> getTypes() {
        return types;
    }

    public BigDecimal getCoveredWeight() {
        return coveredWeight;
    }

    public BigDecimal getTotalWeight() {
        return totalWeight;
    }

    /** True where every compound with residents is covered (全覆盖); a compound of 0 households is not asked. */
    public boolean isFull() {
        return full;
    }

    /** True where at least one compound is covered. */
    public boolean isAny() {
        return any;
    }

    /** The covered share, to four decimals (half-up); only for showing — points use the exact fraction. */
    public BigDecimal getShare() {
        return getCoveredWeight().divide(getTotalWeight(), 4, RoundingMode.HALF_UP);
    }

    /** {@code points × covered ÷ total}, rounded half-up to one decimal: the one rounding of a proportional item. */
    BigDecimal proportionOf(BigDecimal points) {
        return points.multiply(getCoveredWeight()).divide(getTotalWeight(), 1, RoundingMode.HALF_UP);
    }

    /** The question this coverage answered and the compounds with residents it left uncovered. */
    Asked asked() {
        List<String> uncovered = new ArrayList<>();
        for (int i = 0; i < covered.length; i++) {
            if (!covered[i] && lines.get(i).weight().signum() > 0) {
                uncovered.add(lines.get(i).compound());
            }
        }
        return new Asked(types, radiusM, uncovered);
    }

    List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>(lines.size());
        for (int i = 0; i < covered.length; i++) {
            if (covered[i]) {
                evidence.add(lines.get(i).nearest().evidence());
            }
        }
        return evidence;
    }

    /** In plain words: which compounds are covered and by what; why each other compound is not. */
    String reason() {
        String unit = byHouseholds ? " households" : " compounds";
        List<String> names = new ArrayList<>(lines.size());
        for (int i = 0; i < covered.length; i++) {
            if (covered[i]) {
                names.add(lines.get(i).compound());
            }
        }
        StringBuilder s = new StringBuilder(320);
        s.append(typeNames.get()).append(" within ").append(radiusM).append(" m: ");
        if (names.isEmpty()) {
            s.append("no compound covered");
        } else {
            s.append("compound").append(names.size() > 1 ? "s " : " ").append(String.join(", ", names)).append(" covered");
        }
        s.append(" (").append(plain(coveredWeight)).append(" of ").append(plain(totalWeight)).append(unit).append(")");
        for (int i = 0; i < covered.length; i++) {
            Line line = lines.get(i);
            if (!covered[i] && line.weight().signum() > 0) {
                s.append("; ").append(line.compound()).append(": ").append(whyNot(line));
            }
        }
        return s.toString();
    }

    private String whyNot(Line line) {
        List<String> unplacedIds = line.unplaced(matched);
        String unplaced = unplacedIds.isEmpty() ? ""
                : " (" + String.join(", ", unplacedIds) + " has no walk_m or coordinates for its gates)";
        if (line.nearest() == null) {
            return "no " + typeNames.get() + " reaches it" + unplaced;
        }
        return "nearest " + typeNames.get() + " " + line.nearest().describe() + " > " + radiusM + " m" + unplaced;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
