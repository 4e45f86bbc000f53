package org.quarterhour.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.quarterhour.verdict.Evidence;

/**
 * Which compounds reach a facility of some types within a radius, and what share of the community they hold
 * (by households, or by count of compounds where the inventory gives no households).
 */
public final class Coverage {
    /** One compound's line: its weight and its nearest facility of the types (null where none reaches it). */
    record Line(String compound, String label, BigDecimal weight, Reach nearest, List<String> unplaced) {
        Line {
            unplaced = List.copyOf(unplaced);
        }
    }

    private final int radiusM;
    private final List<String> types;
    private final String typeNames;
    private final boolean byHouseholds;
    private final List<Line> lines;

    Coverage(int radiusM, List<String> types, String typeNames, boolean byHouseholds, List<Line> lines) {
        this.radiusM = radiusM;
        this.types = List.copyOf(types);
        this.typeNames = typeNames;
        this.byHouseholds = byHouseholds;
        this.lines = List.copyOf(lines);
    }

    public int getRadiusM() {
        return radiusM;
    }

    public List<String> getTypes() {
        return types;
    }

    private boolean covered(Line line) {
        return line.nearest() != null && line.nearest().within(radiusM);
    }

    public BigDecimal getCoveredWeight() {
        return lines.stream().filter(this::covered).map(Line::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal getTotalWeight() {
        return lines.stream().map(Line::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** True where every compound with residents is covered (全覆盖); a compound of 0 households is not asked. */
    public boolean isFull() {
        return lines.stream().allMatch(l -> covered(l) || l.weight().signum() == 0);
    }

    /** True where at least one compound is covered. */
    public boolean isAny() {
        return lines.stream().anyMatch(this::covered);
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
        List<String> uncovered = lines.stream().filter(l -> !covered(l) && l.weight().signum() > 0).map(Line::compound).toList();
        return new Asked(types, radiusM, uncovered);
    }

    List<Evidence> evidence() {
        List<Evidence> evidence = new ArrayList<>();
        for (Line line : lines) {
            if (covered(line)) {
                evidence.add(line.nearest().evidence());
            }
        }
        return evidence;
    }

    /** In plain words: which compounds are covered and by what; why each other compound is not. */
    String reason() {
        String unit = byHouseholds ? " households" : " compounds";
        List<String> covered = lines.stream().filter(this::covered).map(Line::compound).toList();
        StringBuilder s = new StringBuilder();
        s.append(typeNames).append(" within ").append(radiusM).append(" m: ");
        if (covered.isEmpty()) {
            s.append("no compound covered");
        } else {
            s.append("compound").append(covered.size() > 1 ? "s " : " ").append(String.join(", ", covered)).append(" covered");
        }
        s.append(" (").append(plain(getCoveredWeight())).append(" of ").append(plain(getTotalWeight())).append(unit).append(")");
        for (Line line : lines) {
            if (!covered(line) && line.weight().signum() > 0) {
                s.append("; ").append(line.compound()).append(": ").append(whyNot(line));
            }
        }
        return s.toString();
    }

    private String whyNot(Line line) {
        String unplaced = line.unplaced().isEmpty() ? ""
                : " (" + String.join(", ", line.unplaced()) + " has no walk_m or coordinates for its gates)";
        if (line.nearest() == null) {
            return "no " + typeNames + " reaches it" + unplaced;
        }
        return "nearest " + typeNames + " " + line.nearest().describe() + " > " + radiusM + " m" + unplaced;
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
