package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.quarterhour.inventory.InventoryTemplate;
import org.quarterhour.inventory.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code quarterhour template FILE.xlsx}: a blank inventory workbook to fill in Excel. */
@Command(name = "template", description = "Writes a blank inventory workbook (.xlsx) to fill in Excel; 'quarterhour score FILE.xlsx' reads it.")
final class TemplateCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "FILE.xlsx", description = "the workbook to write")
    Path file;

    @Option(names = "--force", description = "overwrite FILE if it exists")
    boolean force;

    TemplateCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (!file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            err.println("quarterhour: the template is an Excel workbook; name it with .xlsx, found '" + file + "'");
            return Main.BAD_INPUT;
        }
        String unwritable = OutputFile.unwritable(file, file.toString());
        if (unwritable != null) {
            err.println("quarterhour: " + unwritable);
            return Main.BAD_INPUT;
        }
        if (Files.exists(file) && !force) {
            err.println("quarterhour: " + file + " exists; pass --force to overwrite it");
            return Main.BAD_INPUT;
        }
        try {
            OutputFile.write(file, InventoryTemplate.write(Vocabulary.bundled())); // making its folder, as score does
        } catch (IOException e) {
            err.println("quarterhour: cannot write " + file + ": " + Main.reason(e));
            return Main.FAILED;
        }
        out.println("wrote " + file + ": fill in Community, Compounds (one row per gate) and Facilities, then Organization and "
                + "ServiceCenter where the standard asks; score it with 'quarterhour score " + file + " --standard ID'");
        return Main.OK;
    }
}
