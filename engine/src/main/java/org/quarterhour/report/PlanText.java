package org.quarterhour.report;

import java.util.ArrayList;
import java.util.List;
import org.quarterhour.verdict.Plan;

/** The gap plan in plain lines, shared by the table and the map. */
final class PlanText {
    private PlanText() {
    }

    /** Each step's heading, and under it, indented, the lines of {@link #body}. */
    static List<String> lines(Plan plan) {
        List<String> lines = new ArrayList<>();
        boolean first = true;
        for (Plan.Step step : plan.steps()) {
            lines.add(heading(step, first));
            body(step).forEach(line -> lines.add("  " + line));
            first = false;
        }
        return lines;
    }

    /** What a step adds, then where it leads (with the total) or what is still short. */
    static List<String> body(Plan.Step step) {
        List<String> lines = new ArrayList<>();
        step.additions().forEach(a -> lines.add(addition(a)));
        if (step.reachable()) {
            lines.add("→ " + outcome(step.reaches()) + (step.total() == null ? "" : ", total " + step.total().toPlainString()));
        } else {
            step.remaining().forEach(r -> lines.add("still short: " + r));
        }
        return lines;
    }

    static String heading(Plan.Step step, boolean first) {
        String to = (first ? "to " : "then to ") + outcome(step.target()) + ": ";
        if (!step.reachable()) {
            return to + "not reachable by facilities alone" + (step.facilities() == 0 ? ""
                    : "; " + count(step.facilities()) + " get closest");
        }
        if (step.facilities() == 0) {
            return to + "reached by the additions above";
        }
        String how = Plan.EXHAUSTIVE.equals(step.search()) ? "the fewest possible" : "none can be spared";
        String n = step.facilities() + (first ? "" : " more") + (step.facilities() == 1 ? " facility" : " facilities");
        return to + n + " (" + how + ")";
    }

    static String addition(Plan.Addition a) {
        String gains = a.points() != null && a.points().signum() > 0 ? "+" + a.points().toPlainString() + " points"
                : a.itemsMet() > 0 ? "+" + a.itemsMet() + " item" + (a.itemsMet() == 1 ? "" : "s") + " met" : "needed with the others";
        return "+ " + a.name() + " (" + a.type() + ") for " + String.join(", ", a.compounds())
                + (a.items().isEmpty() ? "" : ": lifts " + String.join(", ", a.items())) + ", " + gains;
    }

    static String outcome(Plan.OutcomeRef o) {
        return o.label() + " (" + o.code() + ")";
    }

    private static String count(int facilities) {
        return facilities + (facilities == 1 ? " facility" : " facilities");
    }
}
