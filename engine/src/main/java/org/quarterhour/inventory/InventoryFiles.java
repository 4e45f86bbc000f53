package org.quarterhour.inventory;

import java.nio.file.Path;
import java.util.Locale;

/** Reads an inventory file whatever way it was written: an Excel workbook by its extension, else YAML (or JSON). */
public final class InventoryFiles {
    private final InventoryReader yaml;
    private final WorkbookInventoryReader workbook;

    public InventoryFiles(Vocabulary vocabulary) {
        this.yaml = new InventoryReader(vocabulary);
        this.workbook = new WorkbookInventoryReader(vocabulary);
    }

    /** Whether a file name says it is a workbook (.xlsx, .xlsm; .xls too, to be refused with a clear message). */
    public static boolean isWorkbook(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    public Inventory read(Path path, String shownAs) throws InvalidInputException {
        return isWorkbook(path) ? workbook.read(path, shownAs) : yaml.read(path, shownAs);
    }
}
