package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.quarterhour.authoring.ExcelSheetReader;
import org.quarterhour.authoring.NewPackFiles;
import org.quarterhour.authoring.PackScaffold;
import org.quarterhour.authoring.SheetReader;
import org.quarterhour.authoring.SheetSpec;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarterhour pack new ID --from SHEET.yaml}: a new pack that already passes its check and its cases. */
@Command(name = "new", description = "Scaffolds a pack (manifest, clauses, one rule per item, a case per item) from a sheet listing categories, items, points and facility types.")
final class PackNewCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "ID", description = "the standard's id (must match the sheet's id)")
    String id;

    @Option(names = "--from", required = true, paramLabel = "SHEET", description = "the bureau's sheet, SHEET.yaml or SHEET.xlsx (see rules/README.md)")
    Path sheet;

    @Option(names = "--rules", paramLabel = "DIR", description = "where to write rules/ID/VERSION (default: the rules folder)")
    Path rules;

    @Option(names = "--standards", paramLabel = "DIR", description = "where to write standards/ID/clauses.yaml (default: the standards folder)")
    Path standards;

    PackNewCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        SheetSpec spec;
        try {
            spec = sheet.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                    ? new ExcelSheetReader(Vocabulary.bundled()).read(sheet)
                    : new SheetReader(Vocabulary.bundled()).read(sheet);
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Main.BAD_INPUT;
        }
        if (!spec.id().equals(id)) {
            err.println("quarterhour: the sheet is for '" + spec.id() + "', not '" + id + "'");
            return Main.BAD_INPUT;
        }
        Path rulesRoot = context.rules(rules);
        Path standardsRoot = context.standards(standards);
        Path packDir = rulesRoot.resolve(spec.id()).resolve(spec.version());
        Path clauses = standardsRoot.resolve(spec.id()).resolve("clauses.yaml");
        if (Files.exists(packDir) || Files.exists(clauses)) {
            err.println("quarterhour: " + (Files.exists(packDir) ? packDir : clauses) + " already exists; pack new writes only new files"
                    + " (for a new version, use a new version in the sheet)");
            return Main.BAD_INPUT;
        }
        SortedMap<Path, String> files = NewPackFiles.placed(PackScaffold.files(spec), rulesRoot, standardsRoot);
        String unwritable = NewPackFiles.unwritable(files);
        if (unwritable != null) {
            err.println("quarterhour: " + unwritable + "; nothing was written");
            return Main.BAD_INPUT;
        }
        try {
            NewPackFiles.write(files);
        } catch (IOException e) {
            err.println("quarterhour: cannot write the pack: " + Main.reason(e) + "; what was written is removed");
            return Main.FAILED;
        }
        out.println("wrote " + packDir + " (" + (files.size() - 1) + " files) and " + clauses);
        out.println("next: quote the document in " + clauses + ", then check and test the pack:");
        out.println("  " + command("check", packDir, true));
        out.println("  " + command("test", packDir, false));
        out.println("and, to release it:");
        out.println("  " + command("seal", packDir, true));
        return Main.OK;
    }

    /**
     * A next command as it can be run as printed: the pack's folder (under --rules where one was given) and, for the
     * commands that read the clauses, the --standards given, each quoted for the shell where it needs to be.
     */
    private String command(String subcommand, Path packDir, boolean readsClauses) {
        String command = "quarterhour pack " + subcommand + " " + shellWord(packDir.toString());
        return readsClauses && standards != null ? command + " --standards " + shellWord(standards.toString()) : command;
    }

    /** The word as a POSIX shell reads it back: as it is where it is plain, else in single quotes. */
    static String shellWord(String word) {
        return word.matches("[\\p{L}\\p{N}_./:@%+=,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
