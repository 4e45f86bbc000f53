package org.quarterhour.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;
import org.quarterhour.verdict.Evidence;

/**
 * What an item rule decides. A rule inserts exactly one award; the engine ties it to the rule that inserted it and
 * takes the item's points from that rule's {@code @points}. The factories are the ways a sheet scores an item:
 * <ul>
 *   <li>{@link #proportional(Coverage)} — points × share of households covered (按比例评价得分);</li>
 *   <li>{@link #everyCompound(Coverage)} — met when every compound is covered (全覆盖);</li>
 *   <li>{@link #anyCompound(Coverage)} — met when at least one compound is covered;</li>
 *   <li>{@link #atLeastOf(int, Coverage...)} — met when at least so many of several types cover every compound;</li>
 *   <li>{@link #perFinding(Findings, int)} — so many points for each finding met;</li>
 *   <li>{@link #allFindings(Findings)} — met when every finding is met;</li>
 *   <li>{@link #atLeast(Measure, String)} — met when a recorded figure reaches a threshold;</li>
 *   <li>{@link #met(boolean, String)}, {@link #notApplicable(String)} — decided by the rule's own conditions.</li>
 * </ul>
 * Where an item has points, a met item earns them all and an unmet one none.
 */
public final class Award {
    enum Kind { PROPORTIONAL, MET, POINTS, NOT_APPLICABLE }

    private final Kind kind;
    private final Coverage coverage;
    private final Boolean met;
    private final BigDecimal points;
    private final Supplier<List<Evidence>> evidence;
    private final Supplier<String> reason;
    private final List<Asked> asked;

    private Award(Kind kind, Coverage coverage, Boolean met, BigDecimal points, Supplier<List<Evidence>> evidence,
            Supplier<String> reason) {
        this(kind, coverage, met, points, evidence, reason, coverage == null ? List.of() : List.of(coverage.asked()));
    }

    /** Evidence and reason are worked out only when asked for: the planner's what-ifs never read them. */
    private Award(Kind kind, Coverage coverage, Boolean met, BigDecimal points, Supplier<List<Evidence>> evidence,
            Supplier<String> reason, List<Asked> asked) {
        this.kind = kind;
        this.coverage = coverage;
        this.met = met;
        this.points = points;
        this.evidence = evidence;
        this.reason = reason;
        this.asked = List.copyOf(asked);
    }

    public static Award proportional(Coverage coverage) {
        return new Award(Kind.PROPORTIONAL, coverage, null, null, coverage::evidence, coverage::reason);
    }

    public static Award everyCompound(Coverage coverage) {
        String verdict = coverage.isFull() ? "every compound covered" : "not every compound covered";
        return new Award(Kind.MET, coverage, coverage.isFull(), null, coverage::evidence, () -> verdict + ": " + coverage.reason());
    }

    public static Award anyCompound(Coverage coverage) {
        String verdict = coverage.isAny() ? "reached" : "not reached";
        return new Award(Kind.MET, coverage, coverage.isAny(), null, coverage::evidence, () -> verdict + ": " + coverage.reason());
    }

    /** Met when at least {@code needed} of the coverages cover every compound (a choice among several facilities). */
    public static Award atLeastOf(int needed, Coverage... coverages) {
        List<Coverage> all = List.of(coverages);
        List<Asked> asked = all.stream().map(Coverage::asked).toList();
        int full = (int) all.stream().filter(Coverage::isFull).count();
        String verdict = full + " of " + coverages.length + " cover every compound, " + needed + " needed";
        return new Award(Kind.MET, null, full >= needed, null,
                () -> all.stream().flatMap(c -> c.evidence().stream()).toList(),
                () -> verdict + ": " + String.join(" | ", all.stream().map(Coverage::reason).toList()), asked);
    }

    public static Award perFinding(Findings findings, int pointsEach) {
        BigDecimal points = BigDecimal.valueOf((long) pointsEach * findings.getMetCount());
        return new Award(Kind.POINTS, null, null, points, findings::evidence, findings::reason);
    }

    public static Award allFindings(Findings findings) {
        return new Award(Kind.MET, null, findings.isAllMet(), null, findings::evidence, findings::reason);
    }

    /** Met when the figure is recorded and at least {@code threshold} (a decimal written as text, e.g. "0.10"). */
    public static Award atLeast(Measure measure, String threshold) {
        BigDecimal bar = new BigDecimal(threshold);
        boolean ok = measure.atLeast(bar);
        String reason = measure.describe() + (ok ? " >= " : measure.isRecorded() ? " < " : ", needs >= ") + bar.toPlainString();
        return new Award(Kind.MET, null, ok, null, measure::evidence, () -> reason);
    }

    public static Award met(boolean met, String reason) {
        return new Award(Kind.MET, null, met, null, List::of, () -> reason);
    }

    public static Award notApplicable(String reason) {
        return new Award(Kind.NOT_APPLICABLE, null, null, null, List::of, () -> reason);
    }

    /**
     * The points this award earns on an item worth {@code max} (null for an item without points). Half-up to one
     * decimal, the sheet's only rounding. Never more than max: a rule that would give more is a broken pack.
     */
    public BigDecimal awarded(BigDecimal max) {
        if (max == null) {
            return null;
        }
        BigDecimal value = switch (kind) {
            case PROPORTIONAL -> coverage.proportionOf(max);
            case MET -> met ? max : BigDecimal.ZERO;
            case POINTS -> points.setScale(1, RoundingMode.HALF_UP);
            case NOT_APPLICABLE -> null;
        };
        return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
    }

    /** True, false, or null where the item is scored in points rather than met or not. */
    public Boolean met() {
        return met;
    }

    public boolean isNotApplicable() {
        return kind == Kind.NOT_APPLICABLE;
    }

    /** The covered share where the award rests on a coverage, else null. */
    public BigDecimal coverageShare() {
        return coverage == null ? null : coverage.getShare();
    }

    public List<Evidence> evidence() {
        return List.copyOf(evidence.get());
    }

    public String reason() {
        return reason.get();
    }

    /** The coverage questions this award rests on (empty where it rests on findings, figures or the rule alone). */
    public List<Asked> asked() {
        return asked;
    }
}
