package org.quarterhour.inventory;

import static org.quarterhour.inventory.InventorySheets.FIRST_DATA_ROW;
import static org.quarterhour.inventory.InventorySheets.FIRST_FIELD_ROW;
import static org.quarterhour.inventory.InventorySheets.HINT_COLUMN;
import static org.quarterhour.inventory.InventorySheets.KEY_COLUMN;
import static org.quarterhour.inventory.InventorySheets.KEY_ROW;
import static org.quarterhour.inventory.InventorySheets.LABEL_COLUMN;
import static org.quarterhour.inventory.InventorySheets.VALUE_COLUMN;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quarterhour.inventory.InventorySheets.Field;
import org.quarterhour.inventory.InventorySheets.Kind;

/**
 * A blank inventory workbook ({@code quarterhour template FILE.xlsx}): one sheet per part of the inventory, every
 * field labelled in Chinese with its YAML key beside it, drop-downs for facility types (from the vocabulary),
 * coordinate systems and yes/no findings, and a Types sheet listing every type with its code and aliases.
 */
public final class InventoryTemplate {
    /** Rows of the table sheets that carry drop-downs; the reader reads any number of rows up to its limit. */
    private static final int VALIDATED_ROWS = 500;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle label;
    private final CellStyle key;
    private final CellStyle hint;
    private final CellStyle input;

    private InventoryTemplate() {
        label = style(true, IndexedColors.GREY_25_PERCENT, false);
        key = style(false, IndexedColors.GREY_25_PERCENT, true);
        hint = style(false, null, true);
        input = style(false, null, false);
    }

    /** The template's bytes (the same bytes for the same vocabulary). */
    public static byte[] write(Vocabulary vocabulary) {
        InventoryTemplate t = new InventoryTemplate();
        t.fieldSheet(InventorySheets.COMMUNITY, InventorySheets.COMMUNITY_FIELDS);
        t.tableSheet(InventorySheets.COMPOUNDS, InventorySheets.COMPOUND_COLUMNS);
        t.tableSheet(InventorySheets.FACILITIES, InventorySheets.FACILITY_COLUMNS);
        t.fieldSheet(InventorySheets.ORGANIZATION, InventorySheets.ORGANIZATION_FIELDS);
        t.fieldSheet(InventorySheets.SERVICE_CENTER, InventorySheets.SERVICE_CENTER_FIELDS);
        int types = t.typesSheet(vocabulary);
        t.typeDropDown(types);
        t.workbook.forEach(InventoryTemplate::printable);
        return WorkbookBytes.of(t.workbook, null);
    }

    private void fieldSheet(String name, List<Field> fields) {
        XSSFSheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        cell(header, LABEL_COLUMN, "项目", label);
        cell(header, KEY_COLUMN, "键（勿改）", label);
        cell(header, VALUE_COLUMN, "填写", label);
        cell(header, HINT_COLUMN, "说明", label);
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            Row row = sheet.createRow(FIRST_FIELD_ROW + i);
            cell(row, LABEL_COLUMN, f.label() + (f.required() ? " *" : ""), label);
            cell(row, KEY_COLUMN, f.key(), key);
            row.createCell(VALUE_COLUMN).setCellStyle(input);
            cell(row, HINT_COLUMN, f.hint(), hint);
            dropDown(sheet, f.kind(), FIRST_FIELD_ROW + i, FIRST_FIELD_ROW + i, VALUE_COLUMN);
        }
        sheet.setColumnWidth(LABEL_COLUMN, 40 * 256);
        sheet.setColumnWidth(KEY_COLUMN, 34 * 256);
        sheet.setColumnWidth(VALUE_COLUMN, 30 * 256);
        sheet.setColumnWidth(HINT_COLUMN, 70 * 256);
        sheet.createFreezePane(0, 1);
    }

    private void tableSheet(String name, List<Field> columns) {
        XSSFSheet sheet = workbook.createSheet(name);
        Row labels = sheet.createRow(0);
        Row keys = sheet.createRow(KEY_ROW);
        var drawing = sheet.createDrawingPatriarch();
        var helper = workbook.getCreationHelper();
        for (int c = 0; c < columns.size(); c++) {
            Field f = columns.get(c);
            cell(labels, c, f.label() + (f.required() ? " *" : ""), label);
            cell(keys, c, f.key(), key);
            if (!f.hint().isEmpty()) {
                var anchor = helper.createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(4);
                var comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(f.hint()));
                comment.setAuthor("quarterhour");
                labels.getCell(c).setCellComment(comment);
            }
            sheet.setColumnWidth(c, (f.kind() == Kind.WALKS || f.kind() == Kind.TEXT && f.key().equals("name") ? 28 : 14) * 256);
            dropDown(sheet, f.kind(), FIRST_DATA_ROW, FIRST_DATA_ROW + VALIDATED_ROWS - 1, c);
        }
        sheet.createFreezePane(0, FIRST_DATA_ROW);
    }

    /** The Types sheet: every facility type's Chinese name, code, aliases and the broader type it is a kind of; returns how many. */
    private int typesSheet(Vocabulary vocabulary) {
        List<FacilityType> types = vocabulary.types();
        XSSFSheet sheet = workbook.createSheet(InventorySheets.TYPES);
        Row header = sheet.createRow(0);
        cell(header, 0, "业态类型", label);
        cell(header, 1, "代码", label);
        cell(header, 2, "别名（也可填写）", label);
        cell(header, 3, "属于（较宽的类型；能分清时请填写较窄的类型）", label);
        for (int i = 0; i < types.size(); i++) {
            FacilityType t = types.get(i);
            Row row = sheet.createRow(i + 1);
            cell(row, 0, t.name(), input);
            cell(row, 1, t.code(), input);
            cell(row, 2, String.join("、", t.aliases()), input);
            cell(row, 3, t.kindOf() == null ? "" : vocabulary.nameOf(t.kindOf()), input);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        sheet.setColumnWidth(2, 80 * 256);
        sheet.setColumnWidth(3, 24 * 256);
        sheet.createFreezePane(0, 1);
        return types.size();
    }

    /** Facility types drop down from the Types sheet; a warning, not a refusal, so that codes and aliases still go in. */
    private void typeDropDown(int types) {
        XSSFSheet sheet = workbook.getSheet(InventorySheets.FACILITIES);
        int column = InventorySheets.FACILITY_COLUMNS.indexOf(InventorySheets.field(InventorySheets.FACILITY_COLUMNS, "type").orElseThrow());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint list = helper.createFormulaListConstraint(InventorySheets.TYPES + "!$A$2:$A$" + (types + 1));
        DataValidation v = helper.createValidation(list,
                new CellRangeAddressList(FIRST_DATA_ROW, FIRST_DATA_ROW + VALIDATED_ROWS - 1, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        v.createErrorBox("业态类型", "不在下拉列表中。Types 表中的代码和别名也可以用；其他写法会被拒绝。");
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    private void dropDown(XSSFSheet sheet, Kind kind, int firstRow, int lastRow, int column) {
        String[] choices = switch (kind) {
            case BOOL -> new String[] {"是", "否"};
            case CRS -> new String[] {"gcj02", "bd09", "wgs84"};
            default -> null;
        };
        if (choices == null) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(kind == Kind.BOOL ? "是/否" : "坐标系", "请从下拉列表选择：" + String.join("、", choices));
        v.setShowErrorBox(true);
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    /** Printed on A4 landscape, one page wide, for a field visit with a paper copy. */
    private static void printable(org.apache.poi.ss.usermodel.Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    private CellStyle style(boolean bold, IndexedColors fill, boolean grey) {
        CellStyle s = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) 11);
        font.setBold(bold);
        if (grey) {
            font.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        }
        s.setFont(font);
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setWrapText(true);
        return s;
    }
}
