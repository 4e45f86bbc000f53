package org.quarterhour.inventory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an inventory kept in an Excel workbook (the layout {@code quarterhour template} writes) into the same
 * {@link Inventory}, through the same checks as a YAML file: the cells become the YAML node tree the file would have
 * held, and {@link InventoryReader} reads that tree. Every problem is placed at its cell, {@code file:Sheet!C7}.
 */
public final class WorkbookInventoryReader {
    private final InventoryReader yaml;

    public WorkbookInventoryReader(Vocabulary vocabulary) {
        this.yaml = new InventoryReader(vocabulary);
    }

    /** Reads a workbook file; {@code shownAs} is how messages name it. */
    public Inventory read(Path path, String shownAs) throws InvalidInputException {
        return parse(InventoryReader.bytes(path, shownAs), shownAs);
    }

    /** Reads workbook bytes (.xlsx). */
    public Inventory parse(byte[] bytes, String shownAs) throws InvalidInputException {
        InventoryReader.checkSize(bytes.length, shownAs);
        try (XSSFWorkbook workbook = open(bytes, shownAs)) {
            WorkbookTree cells = WorkbookTree.of(workbook, shownAs);
            return yaml.fromNode(cells.root(), shownAs, cells.tree());
        } catch (IOException e) {
            throw InventoryReader.refused(shownAs, "cannot be read as a workbook: " + e.getMessage());
        }
    }

    private static XSSFWorkbook open(byte[] bytes, String shownAs) throws InvalidInputException {
        if (bytes.length == 0) {
            throw InventoryReader.refused(shownAs, "the file is empty; write an inventory with 'quarterhour template FILE.xlsx'");
        }
        try {
            FileMagic magic = FileMagic.valueOf(bytes);
            if (magic == FileMagic.OLE2) {
                throw InventoryReader.refused(shownAs, "an Excel 97-2003 workbook (.xls); save it as .xlsx (Excel Workbook) and try again");
            }
            if (magic != FileMagic.OOXML) {
                throw InventoryReader.refused(shownAs, "not an Excel workbook (.xlsx); write an inventory with 'quarterhour template FILE.xlsx' or as YAML");
            }
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw InventoryReader.refused(shownAs, "not a readable Excel workbook (.xlsx): " + e.getMessage());
        }
    }
}
