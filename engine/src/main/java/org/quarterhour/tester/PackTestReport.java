package org.quarterhour.tester;

import java.util.List;

/**
 * A pack's cases run: each case's result, and item coverage — the items no case awards points to (or finds met),
 * and the items no case leaves at zero (or finds unmet). Every item should be seen both ways.
 */
public record PackTestReport(List<CaseResult> results, List<String> itemCodes, List<String> neverAwarded, List<String> neverZero) {
    public PackTestReport {
        results = List.copyOf(results);
        itemCodes = List.copyOf(itemCodes);
        neverAwarded = List.copyOf(neverAwarded);
        neverZero = List.copyOf(neverZero);
    }

    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** Item outcomes seen, of two per item (awarded and zero), as a percentage rounded down. */
    public int coveragePercent() {
        int total = itemCodes.size() * 2;
        int seen = total - neverAwarded.size() - neverZero.size();
        return total == 0 ? 100 : seen * 100 / total;
    }
}
