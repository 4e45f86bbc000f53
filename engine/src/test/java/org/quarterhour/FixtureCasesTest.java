package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarterhour.tester.CaseChecker;
import org.quarterhour.tester.CaseResult;
import org.quarterhour.tester.TestCase;
import org.quarterhour.verdict.Verdict;

/** Every hand-checked case under test-fixtures/STANDARD/cases/ gets exactly the verdict it expects. */
class FixtureCasesTest {
    static Stream<Path> cases() {
        List<Path> files = Repo.files(Repo.fixtures(), "*/cases/*.yaml");
        assertFalse(files.isEmpty(), "no fixture cases found under " + Repo.fixtures());
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void the_case_gets_the_verdict_it_expects(Path file) throws Exception {
        TestCase c = Repo.cases().read(file);
        Verdict v = Repo.engine().score(c.inventory(), Repo.pack(c.standard()), c.detourFactor());
        CaseResult result = CaseChecker.check(c, v);
        assertTrue(result.passed(), () -> file.getFileName() + " (" + c.note() + "):\n  " + String.join("\n  ", result.differences()));
    }
}
