package org.quarterhour.batch;

import org.quarterhour.report.Columns;

/** A roll-up as a bureau reads it in a terminal: outcomes, category bars, totals, 设施盲区 and targets, per standard. */
public final class SummaryTable {
    /** How many blind spots the table shows (summary.json has them all). */
    static final int BLIND_SPOTS_SHOWN = 10;

    private SummaryTable() {
    }

    public static String render(Summary summary) {
        StringBuilder s = new StringBuilder();
        s.append(summary.communities()).append(summary.communities() == 1 ? " verdict" : " verdicts");
        if (summary.refused() > 0) {
            s.append(", ").append(summary.refused()).append(" refused");
        }
        s.append('\n');
        for (Summary.PerStandard p : summary.standards()) {
            s.append('\n').append(p.standard().ref()).append("  ").append(p.standard().title()).append("  (")
                    .append(p.communities()).append(p.communities() == 1 ? " community)\n" : " communities)\n");
            s.append(String.format("  %-28s %6s %8s %10s%n", "outcome", "count", "share", "or higher"));
            for (Summary.OutcomeCount o : p.outcomes()) {
                s.append("  ").append(Columns.left(o.label() + " (" + o.code() + ")", 28)).append(String.format(" %6d %8s %10s%n",
                        o.count(), Columns.percent(o.share()), Columns.percent(o.atLeastShare())));
            }
            for (Summary.CategoryCount c : p.categories()) {
                s.append("  ").append(c.name()).append(" bar met: ").append(c.met()).append(" (").append(Columns.percent(c.share())).append(")\n");
            }
            if (p.total() != null) {
                s.append("  total: mean ").append(p.total().mean().toPlainString()).append(", lowest ")
                        .append(p.total().min().toPlainString()).append(", highest ").append(p.total().max().toPlainString()).append('\n');
            }
            if (!p.blindSpots().isEmpty()) {
                s.append("  设施盲区 (facility types most often missing, by households):\n");
                p.blindSpots().stream().limit(BLIND_SPOTS_SHOWN).forEach(b -> s.append("    ").append(Columns.left(b.name(), 24))
                        .append(String.format(" %8s households  %4d compounds  %4d communities", b.households() == null ? "unknown"
                                : b.households().toString(), b.compounds(), b.communities()))
                        .append(b.compoundsWithoutHouseholds() == 0 ? "" : "  (" + b.compoundsWithoutHouseholds()
                                + (b.compoundsWithoutHouseholds() == 1 ? " compound" : " compounds") + " without households)")
                        .append('\n'));
            }
            for (Summary.TargetResult t : p.targets()) {
                s.append("  target ").append(t.target()).append(": ").append(Columns.percent(t.share())).append(" at ").append(t.label())
                        .append(" or higher — ").append(t.met() ? "met" : "NOT MET, " + t.shortBy() + " more "
                                + (t.shortBy() == 1 ? "community" : "communities") + " needed").append('\n');
            }
        }
        return s.toString();
    }
}
