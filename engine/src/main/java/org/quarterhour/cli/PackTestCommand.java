package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.quarterhour.Engine;
import org.quarterhour.batch.Inputs;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import org.quarterhour.tester.CaseResult;
import org.quarterhour.tester.PackTestReport;
import org.quarterhour.tester.PackTester;
import org.quarterhour.tester.TestCase;
import org.quarterhour.tester.TestCaseReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarterhour pack test DIR}: runs a pack's own cases and reports item coverage. */
@Command(name = "test", description = "Runs a pack's cases (DIR/tests/*.yaml), prints each pass/fail with its differences, and item coverage.")
final class PackTestCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "DIR", description = "the pack folder")
    Path dir;

    @Option(names = "--cases", paramLabel = "DIR", description = "read the cases from this folder instead of DIR/tests")
    Path cases;

    @Option(names = "--min-coverage", paramLabel = "PERCENT",
            description = "fail unless at least this share (0 to 100) of item outcomes (each item awarded and each left at zero) is covered; default 0")
    int minCoverage;

    PackTestCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (minCoverage < 0 || minCoverage > 100) {
            err.println("quarterhour: --min-coverage is a percentage from 0 to 100, found " + minCoverage);
            return Main.BAD_INPUT;
        }
        String notAPack = PackCommand.notAPackFolder(dir, "test");
        if (notAPack != null) {
            err.println("quarterhour: " + notAPack);
            return Main.BAD_INPUT;
        }
        String casesProblem = PackCommand.casesProblem(cases);
        if (casesProblem != null) {
            err.println("quarterhour: " + casesProblem);
            return Main.BAD_INPUT;
        }
        Path caseDir = cases != null ? cases : dir.resolve("tests");
        List<Path> files = Inputs.yamlIn(caseDir);
        if (files.isEmpty()) {
            err.println("quarterhour: no test cases (*.yaml) in " + caseDir);
            return Main.BAD_INPUT;
        }
        Engine engine = new Engine(Vocabulary.bundled(), context.clock());
        List<TestCase> testCases = read(files, new TestCaseReader(new InventoryReader(engine.vocabulary())));
        if (testCases == null) {
            return Main.BAD_INPUT;
        }
        Pack pack;
        try {
            pack = PackReader.read(dir);
        } catch (PackException e) {
            return Main.badPack(err, e);
        }
        if (refuseOtherPacks(pack, testCases, caseDir)) {
            return Main.BAD_INPUT;
        }
        PackTestReport report;
        try {
            report = new PackTester(engine).run(pack, testCases);
        } catch (PackException e) {
            return Main.badPack(err, e);
        }
        print(report);
        boolean coverageMet = report.coveragePercent() >= minCoverage;
        if (!coverageMet) {
            out.println("coverage " + report.coveragePercent() + "% is below --min-coverage " + minCoverage + "%");
        }
        return report.failed() == 0 && coverageMet ? Main.OK : Main.BAD_PACK;
    }

    /** Every case, or null when any cannot be read (each problem printed, one line each). */
    private List<TestCase> read(List<Path> files, TestCaseReader reader) {
        List<TestCase> testCases = new ArrayList<>();
        boolean unreadable = false;
        for (Path f : files) {
            try {
                testCases.add(reader.read(f));
            } catch (InvalidInputException e) {
                e.problems().forEach(err::println);
                unreadable = true;
            }
        }
        return unreadable ? null : testCases;
    }

    /**
     * Cases written for another standard or version are a wrong argument, said once before any case runs: all of
     * them as one line, some of them as one line each. A run of the rest would report coverage the pack does not have.
     */
    private boolean refuseOtherPacks(Pack pack, List<TestCase> testCases, Path caseDir) {
        List<TestCase> others = PackTester.forAnotherPack(pack, testCases);
        if (others.isEmpty()) {
            return false;
        }
        String ref = pack.manifest().ref();
        List<String> named = others.stream().map(TestCase::standard).distinct().toList();
        if (others.size() == testCases.size()) {
            err.println("quarterhour: the cases in " + caseDir + " are for " + String.join(", ", named) + ", not " + ref
                    + "; test the pack they are for, or name this pack's cases with --cases DIR");
            return true;
        }
        others.forEach(c -> err.println(c.file() + ": the case is for " + c.standard() + ", not " + ref));
        err.println("quarterhour: " + others.size() + " of " + testCases.size() + " cases " + (others.size() == 1 ? "is" : "are")
                + " for another standard or version;"
                + " no case was run: move them, or set their 'standard:' to " + ref);
        return true;
    }

    private void print(PackTestReport report) {
        for (CaseResult r : report.results()) {
            out.println((r.passed() ? "PASS " : "FAIL ") + Path.of(r.testCase().file()).getFileName() + "  " + r.testCase().note().strip().lines().findFirst().orElse(""));
            r.differences().forEach(d -> out.println("       " + d));
        }
        out.println();
        out.println("item coverage: " + report.coveragePercent() + "% of " + report.itemCodes().size() * 2
                + " item outcomes (each item awarded, and left at zero)");
        if (!report.neverAwarded().isEmpty()) {
            out.println("  no case awards points to / meets: " + String.join(", ", report.neverAwarded()));
        }
        if (!report.neverZero().isEmpty()) {
            out.println("  no case leaves at zero / unmet: " + String.join(", ", report.neverZero()));
        }
        out.println(report.passed() + " passed, " + report.failed() + " failed");
    }

}
