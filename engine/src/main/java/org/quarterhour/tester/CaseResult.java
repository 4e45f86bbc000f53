package org.quarterhour.tester;

import java.util.List;
import org.quarterhour.verdict.Verdict;

/** What a case got: the verdict and every difference from what it expected (none when it passes). */
public record CaseResult(TestCase testCase, Verdict verdict, List<String> differences) {
    public CaseResult {
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }
}
