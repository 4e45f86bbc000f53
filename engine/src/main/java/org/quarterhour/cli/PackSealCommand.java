package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.quarterhour.Engine;
import org.quarterhour.batch.Inputs;
import org.quarterhour.batch.VerdictFiles;
import org.quarterhour.eval.PackChecker;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.Seal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quarterhour pack seal DIR}: releases a version. Only a pack that passes its check and its own cases is
 * sealed; the seal (SHA-256 of every file and of the whole pack) makes it immutable from then on. A pack without
 * cases is not sealed unless {@code --no-tests} says that is meant: a release no case has run is unproven.
 */
@Command(name = "seal", description = {"Releases a pack version: checks it, runs its cases (DIR/tests/*.yaml, or --cases DIR) with full item coverage, and writes seal.json (SHA-256 of every file and of the pack).",
        "A pack without cases is refused unless --no-tests is given."})
final class PackSealCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "DIR", description = "the pack folder")
    Path dir;

    @Option(names = "--standards", paramLabel = "DIR", description = "where standards/<id>/clauses.yaml live")
    Path standards;

    @Option(names = "--cases", paramLabel = "DIR", description = "run the cases in this folder instead of DIR/tests")
    Path cases;

    @Option(names = "--no-tests", description = "seal a pack that has no cases, without running any (the output says so)")
    boolean noTests;

    PackSealCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws IOException {
        String notAPack = PackCommand.notAPackFolder(dir, "seal");
        if (notAPack != null) {
            err.println("quarterhour: " + notAPack);
            return Main.BAD_INPUT;
        }
        if (noTests && cases != null) {
            err.println("quarterhour: --no-tests and --cases contradict each other; give one");
            return Main.BAD_INPUT;
        }
        String casesProblem = PackCommand.casesProblem(cases);
        if (casesProblem != null) {
            err.println("quarterhour: " + casesProblem);
            return Main.BAD_INPUT;
        }
        Path caseDir = cases != null ? cases : dir.resolve("tests");
        int caseCount = Inputs.yamlIn(caseDir).size();
        if (cases != null && caseCount == 0) {
            err.println("quarterhour: --cases: no test cases (*.yaml) in " + cases);
            return Main.BAD_INPUT;
        }
        if (noTests && caseCount > 0) {
            err.println("quarterhour: --no-tests is for a pack without cases, and " + caseDir + " holds " + caseCount
                    + "; they run before the pack is sealed");
            return Main.BAD_INPUT;
        }
        if (PackReader.isSealed(dir)) {
            err.println("quarterhour: " + dir + " is already sealed; a sealed pack cannot change: copy it to a new version folder,"
                    + " change the manifest's version, and seal that");
            return Main.BAD_INPUT; // a wrong request: the pack itself is sound
        }
        Pack pack;
        try {
            pack = PackReader.read(dir);
        } catch (PackException e) {
            e.problems().forEach(err::println);
            return Main.BAD_PACK;
        }
        PackChecker.Report report = new PackChecker(Vocabulary.bundled(), context.standards(standards)).check(pack);
        if (!report.passed()) {
            report.problems().forEach(err::println);
            err.println("quarterhour: not sealed: the pack fails its check (" + report.problems().size() + " problems)");
            return Main.BAD_PACK;
        }
        if (caseCount == 0 && !noTests) {
            err.println("quarterhour: not sealed: " + dir + " has no cases (tests/*.yaml), and a release no case has run is unproven;"
                    + " add cases to tests/ (pack new writes one per item), name them with --cases DIR,"
                    + " or seal it without any with --no-tests");
            return Main.BAD_PACK;
        }
        if (caseCount > 0) {
            CommandLine tester = new CommandLine(new PackTestCommand(context, new PrintStream(java.io.OutputStream.nullOutputStream()), err));
            int status = tester.execute(dir.toString(), "--cases", caseDir.toString(), "--min-coverage", "100");
            if (status != Main.OK) {
                err.println("quarterhour: not sealed: the pack's cases fail or do not cover every item both ways"
                        + " (run 'quarterhour pack test " + dir + (cases != null ? " --cases " + cases : "") + "' to see which)");
                return Main.BAD_PACK;
            }
        }
        Seal seal = Seal.of(pack, LocalDate.now(context.clock()).toString(), Engine.version());
        VerdictFiles.write(dir.resolve(Pack.SEAL), Json.prettyBytes(seal)); // no temporary file left in the pack
        out.println("sealed " + seal.pack() + ": " + seal.files().size() + " files, pack sha256 " + seal.packSha256()
                + (noTests ? "; WITHOUT running any case (--no-tests)" : "; " + caseCount + " case" + (caseCount == 1 ? "" : "s")
                        + " passed, every item seen awarded and at zero"));
        return Main.OK;
    }
}
