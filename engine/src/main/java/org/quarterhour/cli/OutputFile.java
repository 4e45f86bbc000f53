package org.quarterhour.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quarterhour.SystemPaths;
import org.quarterhour.batch.VerdictFiles;
import org.quarterhour.ledger.Ledger;

/** Where a command's output file (or a batch's folder) may go: the checks score, pack sheet and template share. */
final class OutputFile {
    private OutputFile() {
    }

    /**
     * Why {@code out} may not be written (named in messages as {@code named}, e.g. "--out sheet.xlsx"), or null: it lies
     * in a ledger, which appends alone write (a file added there would make it fail audit verify), or a folder it would
     * be written in is a file. Folders not made yet are made by {@link #write}.
     */
    static String unwritable(Path out, String named) {
        Path physical = SystemPaths.physical(out);
        if (physical == null) {
            return "cannot write " + out + ": a '..' in it follows a folder that is not there";
        }
        Path ledger = Ledger.holding(physical);
        if (ledger != null) {
            return named + " is in the ledger at " + ledger + ", which only appends write (a file added there would make it "
                    + "fail audit verify): name a folder outside it";
        }
        Path folder = physical.getParent();
        while (folder != null && !Files.exists(folder)) {
            folder = folder.getParent();
        }
        if (folder != null && !Files.isDirectory(folder)) {
            return "cannot write " + out + ": not a folder: " + folder;
        }
        return null;
    }

    /** Writes the file whole or not at all ({@link VerdictFiles#write}), making the folders it goes in, as a batch makes its folder. */
    static void write(Path out, byte[] bytes) throws IOException {
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        VerdictFiles.write(out, bytes);
    }
}
