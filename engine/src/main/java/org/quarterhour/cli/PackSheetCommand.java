package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    @Option(names = "--format", paramLabel = "FORMAT", description = "one of ${COMPLETION-CANDIDATES}; default xlsx where --out ends .xlsx, else table")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file ('-' for standard output; xlsx needs one)")
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
        boolean toStdout = outPath == null || outPath.toString().equals("-");
        boolean workbookName = !toStdout && outPath.getFileName() != null
                && outPath.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        Format chosen = format != null ? format : workbookName ? Format.xlsx : Format.table;
        if (workbookName && chosen != Format.xlsx) {
            err.println("quarterhour: --format " + chosen + " contradicts --out " + outPath + ": a .xlsx file is a workbook;"
                    + " use --format xlsx, or name the file for " + chosen + " text (e.g. sheet." + (chosen == Format.md ? "md" : "txt") + ")");
            return Main.BAD_INPUT;
        }
        if (chosen == Format.xlsx && outPath == null) {
            err.println("quarterhour: a workbook is not for the terminal; name the file with --out SHEET.xlsx (or --out - to pipe it)");
            return Main.BAD_INPUT;
        }
        String unwritable = toStdout ? null : OutputFile.unwritable(outPath, "--out " + outPath);
        if (unwritable != null) {
            err.println("quarterhour: " + unwritable);
            return Main.BAD_INPUT;
        }
        try {
            Pack pack = new Standards(new PackRepository(context.rules(rules))).pack(ref, LocalDate.now(context.clock()));
            CompiledPack compiled = new Engine(Vocabulary.bundled(), context.clock()).compile(pack);
            List<PackSheet.Row> rows = PackSheet.rows(pack.manifest(), compiled.items(),
                    Clauses.read(context.standards(standards), pack.manifest().id()));
            byte[] bytes = switch (chosen) {
                case md -> PackSheet.markdown(pack.manifest(), rows).getBytes(StandardCharsets.UTF_8);
                case table -> PackSheet.table(pack.manifest(), rows).getBytes(StandardCharsets.UTF_8);
                case xlsx -> SheetWorkbook.blank(pack.manifest(), compiled.items(), compiled.sha256());
            };
            if (toStdout) {
                out.write(bytes);
                out.flush();
            } else {
                OutputFile.write(outPath, bytes); // making its folder, as score does
            }
            return Main.OK;
        } catch (PackRepository.NoSuchPackException e) {
            err.println("quarterhour: " + e.naming(null));
            return Main.BAD_INPUT;
        } catch (PackException e) {
            e.problems().forEach(err::println);
            return Main.BAD_PACK;
        } catch (IOException e) {
            err.println("quarterhour: cannot write " + outPath + ": " + Main.reason(e));
            return Main.FAILED;
        }
    }
}
