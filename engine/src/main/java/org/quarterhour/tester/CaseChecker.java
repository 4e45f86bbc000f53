package org.quarterhour.tester;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quarterhour.verdict.CategoryResult;
import org.quarterhour.verdict.Item;
import org.quarterhour.verdict.Verdict;

/** Compares a verdict with a case's expectations, value by value (5 and 5.0 are the same points). */
public final class CaseChecker {
    private CaseChecker() {
    }

    public static CaseResult check(TestCase c, Verdict v) {
        List<String> diffs = new ArrayList<>();
        if (c.outcome() != null && !c.outcome().equals(v.outcome().code())) {
            diffs.add("outcome: expected " + c.outcome() + ", got " + v.outcome().code() + " (" + v.outcome().label() + ")");
        }
        if (c.total() != null && (v.total() == null || c.total().compareTo(v.total()) != 0)) {
            diffs.add("total: expected " + c.total().toPlainString() + ", got " + (v.total() == null ? "none" : v.total().toPlainString()));
        }
        for (Map.Entry<String, Object> e : c.categories().entrySet()) {
            CategoryResult r = v.category(e.getKey());
            if (r == null) {
                diffs.add("category " + e.getKey() + ": not in the verdict");
            } else {
                compare(diffs, "category " + e.getKey(), e.getValue(), r.awarded(), r.met());
            }
        }
        for (Map.Entry<String, Object> e : c.items().entrySet()) {
            Item i = v.item(e.getKey());
            if (i == null) {
                diffs.add("item " + e.getKey() + ": not in the verdict");
            } else {
                compare(diffs, "item " + e.getKey(), e.getValue(), i.awarded(), i.met());
            }
        }
        return new CaseResult(c, v, diffs);
    }

    private static void compare(List<String> diffs, String what, Object expected, BigDecimal awarded, Boolean met) {
        if (expected instanceof Boolean b) {
            if (!b.equals(met)) {
                diffs.add(what + ": expected met=" + b + ", got met=" + met);
            }
        } else if (expected instanceof BigDecimal n && (awarded == null || n.compareTo(awarded) != 0)) {
            diffs.add(what + ": expected " + n.toPlainString() + ", got " + (awarded == null ? "no points" : awarded.toPlainString()));
        }
    }
}
