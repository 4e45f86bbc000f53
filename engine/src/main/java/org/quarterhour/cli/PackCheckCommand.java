package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.quarterhour.eval.PackChecker;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarterhour pack check DIR}: every problem of a pack at once, as file:line:col: message. */
@Command(name = "check", description = "Compiles a pack and proves its items, categories, outcomes and clauses add up; reports every problem at once.")
final class PackCheckCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "DIR", description = "the pack folder (rules/<id>/<version>)")
    Path dir;

    @Option(names = "--standards", paramLabel = "DIR", description = "where standards/<id>/clauses.yaml live (default: $QUARTERHOUR_STANDARDS, else the repository's standards/)")
    Path standards;

    PackCheckCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String notAPack = PackCommand.notAPackFolder(dir, "check");
        if (notAPack != null) {
            err.println("quarterhour: " + notAPack);
            return Main.BAD_INPUT;
        }
        PackChecker.Report report;
        try {
            report = new PackChecker(Vocabulary.bundled(), context.standards(standards)).check(PackReader.read(dir));
        } catch (PackException e) {
            e.problems().forEach(err::println);
            err.println(e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + "; the pack cannot be read");
            return Main.BAD_PACK;
        }
        if (!report.passed()) {
            report.problems().forEach(err::println);
            err.println(report.problems().size() + " problem" + (report.problems().size() == 1 ? "" : "s"));
            return Main.BAD_PACK;
        }
        out.println("pack check passed: " + report.manifest().ref() + ", " + report.items().size() + " items, "
                + report.manifest().categories().size() + " categories, " + report.manifest().outcomes().size() + " outcomes, "
                + report.clauses().map(c -> c.byId().size()).orElse(0) + " clauses"
                + (PackReader.isSealed(dir) ? ", sealed (seal matches)" : ", draft"));
        return Main.OK;
    }
}
