package org.quarterhour.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.quarterhour.Engine;
import org.quarterhour.Standards;
import org.quarterhour.eval.CompiledPack;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Clauses;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.report.PackSheet;
import org.quarterhour.report.SheetWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarterhour pack sheet ID[@VERSION]}: the scoring sheet a pack implies, with an empty score column. */
@Command(name = "sheet", description = "Prints the scoring sheet a pack implies: categories, items, points, minimums, outcome bands, cited clauses.")
final class PackSheetCommand implements Callable<Integer> {
    enum Format { table, md, xlsx }

    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]", description = "the standard (without a version: the one in force today)")
    String ref;

    @Option(names = "--format", paramLabel = "FORMAT", description = "one of ${COMPLETION-CANDIDATES}; default table")
    Format format = Format.table;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file (required for xlsx)")
    Path outPath;

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder")
    Path rules;

    @Option(names = "--standards", paramLabel = "DIR", description = "where standards/<id>/clauses.yaml live")
    Path standards;

    PackSheetCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        try {
            Pack pack = new Standards(new PackRepository(context.rules(rules))).pack(ref, LocalDate.now(context.clock()));
            CompiledPack compiled = new Engine(Vocabulary.bundled(), context.clock()).compile(pack);
            List<PackSheet.Row> rows = PackSheet.rows(pack.manifest(), compiled.items(),
                    Clauses.read(context.standards(standards), pack.manifest().id()));
            byte[] bytes = switch (format) {
                case md -> PackSheet.markdown(pack.manifest(), rows).getBytes(StandardCharsets.UTF_8);
                case table -> PackSheet.table(pack.manifest(), rows).getBytes(StandardCharsets.UTF_8);
                case xlsx -> SheetWorkbook.blank(pack.manifest(), compiled.items(), compiled.sha256());
            };
            if (outPath != null) {
                org.quarterhour.batch.VerdictFiles.write(outPath, bytes);
            } else if (format == Format.xlsx) {
                err.println("quarterhour: --format xlsx writes a workbook: name the file with --out FILE.xlsx");
                return Main.BAD_INPUT;
            } else {
                out.write(bytes);
                out.flush();
            }
            return Main.OK;
        } catch (PackRepository.NoSuchPackException e) {
            err.println("quarterhour: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (PackException e) {
            e.problems().forEach(err::println);
            return Main.BAD_PACK;
        } catch (java.io.IOException e) {
            err.println("quarterhour: cannot write: " + e.getMessage());
            return Main.FAILED;
        }
    }
}
