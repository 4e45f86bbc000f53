package org.quarterhour.report;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays a {@link SheetForm} out as the official form, ready to print on A4 landscape: the title, who and when, the
 * header row (repeated on every page), one row per item with its 评价类别 merged down its items, a subtotal under each
 * category, the total and grade, and the seals of standard, pack and inventory at the foot.
 */
final class SheetLayout {
    /** Columns A–H. */
    static final int CATEGORY = 0;
    static final int CODE = 1;
    static final int NAME = 2;
    static final int MAX = 3;
    static final int RESULT = 4;
    static final int CRITERION = 5;
    static final int EVIDENCE = 6;
    static final int NOTE = 7;
    static final int HEADER_ROW = 3;
    private static final String[] HEADERS = {"评价类别", "编号", "评价指标", "分值", null, "评价评分标准", "依据（设施、距离、实测/估算）", "说明"};
    /** Column widths in characters (a CJK character counts two). */
    private static final int[] WIDTHS = {12, 6, 24, 6, 9, 36, 40, 40};
    private static final float LINE_POINTS = 13.5f;

    private final XSSFWorkbook workbook;
    private final CellStyle title;
    private final CellStyle plain;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle centred;
    private final CellStyle points;
    private final CellStyle maxPoints;
    private final CellStyle subtotalText;
    private final CellStyle subtotalPoints;
    private final CellStyle subtotalMax;
    private final CellStyle small;

    SheetLayout(XSSFWorkbook workbook) {
        this.workbook = workbook;
        title = style(16, true, false, HorizontalAlignment.CENTER, false, null);
        plain = style(10, false, false, HorizontalAlignment.LEFT, false, null);
        header = style(10, true, true, HorizontalAlignment.CENTER, true, IndexedColors.GREY_25_PERCENT);
        text = style(10, false, true, HorizontalAlignment.LEFT, true, null);
        centred = style(10, false, true, HorizontalAlignment.CENTER, true, null);
        points = style(10, false, true, HorizontalAlignment.CENTER, true, null);
        points.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        maxPoints = style(10, false, true, HorizontalAlignment.CENTER, true, null);
        subtotalText = style(10, true, true, HorizontalAlignment.LEFT, true, IndexedColors.GREY_25_PERCENT);
        subtotalPoints = style(10, true, true, HorizontalAlignment.CENTER, true, IndexedColors.GREY_25_PERCENT);
        subtotalPoints.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        subtotalMax = style(10, true, true, HorizontalAlignment.CENTER, true, IndexedColors.GREY_25_PERCENT);
        small = style(8, false, false, HorizontalAlignment.LEFT, false, null);
    }

    void write(SheetForm form, String sheetName) {
        XSSFSheet sheet = workbook.createSheet(sheetName);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256 + 200);
        }
        int r = 0;
        merged(sheet, r++, CATEGORY, NOTE, form.title(), title).setHeightInPoints(26);
        for (String line : form.heading()) {
            merged(sheet, r++, CATEGORY, NOTE, line, plain);
        }
        r = HEADER_ROW;
        Row head = sheet.createRow(r++);
        for (int c = 0; c < HEADERS.length; c++) {
            cell(head, c, HEADERS[c] == null ? form.resultHeader() : HEADERS[c], header);
        }
        head.setHeightInPoints(LINE_POINTS * 2);
        for (SheetForm.Block block : form.blocks()) {
            int first = r;
            for (SheetForm.Row item : block.rows()) {
                Row row = sheet.createRow(r++);
                cell(row, CATEGORY, block.category(), centred);
                cell(row, CODE, item.code(), centred);
                cell(row, NAME, item.name(), text);
                number(row, MAX, item.max(), maxPoints);
                result(row, RESULT, item.result(), points, centred);
                cell(row, CRITERION, item.criterion(), text);
                cell(row, EVIDENCE, item.evidence(), text);
                cell(row, NOTE, item.note(), text);
                fitHeight(row);
            }
            if (r - first > 1) {
                sheet.addMergedRegion(new CellRangeAddress(first, r - 1, CATEGORY, CATEGORY));
            }
            if (block.subtotal() != null) {
                SheetForm.Row s = block.subtotal();
                Row row = sheet.createRow(r);
                mergedCells(sheet, row, CATEGORY, NAME, s.name(), subtotalText);
                number(row, MAX, s.max(), subtotalMax);
                result(row, RESULT, s.result(), subtotalPoints, subtotalPoints);
                mergedCells(sheet, row, CRITERION, NOTE, s.criterion(), subtotalText);
                r++;
            }
        }
        if (form.total() != null) {
            Row row = sheet.createRow(r++);
            mergedCells(sheet, row, CATEGORY, NAME, "合计", subtotalText);
            number(row, MAX, form.total().max(), subtotalMax);
            number(row, RESULT, form.total().result(), subtotalPoints);
            mergedCells(sheet, row, CRITERION, NOTE, "", subtotalText);
        }
        Row grade = sheet.createRow(r++);
        mergedCells(sheet, grade, CATEGORY, NAME, "评定等级", subtotalText);
        mergedCells(sheet, grade, MAX, RESULT, form.grade().result() == null ? "" : form.grade().result(), subtotalPoints);
        mergedCells(sheet, grade, CRITERION, NOTE, form.grade().explanation(), text);
        fitHeight(grade);
        int lastTableRow = r - 1;
        r++;
        for (SheetForm.Line line : form.footer()) {
            Row row = sheet.createRow(r++);
            mergedCells(sheet, row, CATEGORY, CODE, line.label(), small);
            mergedCells(sheet, row, NAME, NOTE, line.value(), small);
        }
        print(sheet, r - 1, lastTableRow);
    }

    /** A4 landscape, one page wide, the header row on every page, page numbers at the foot. */
    private void print(XSSFSheet sheet, int lastRow, int lastTableRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.5);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
        workbook.setPrintArea(workbook.getSheetIndex(sheet), CATEGORY, NOTE, 0, lastRow);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setDisplayGridlines(false);
        sheet.setPrintGridlines(false);
    }

    private Row merged(XSSFSheet sheet, int r, int from, int to, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        cell(row, from, value, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        return row;
    }

    /** A value across columns {@code from..to} of a row, bordered all round. */
    private void mergedCells(XSSFSheet sheet, Row row, int from, int to, String value, CellStyle style) {
        for (int c = from; c <= to; c++) {
            cell(row, c, c == from ? value : null, style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private static void result(Row row, int column, Object value, CellStyle numberStyle, CellStyle wordStyle) {
        if (value instanceof BigDecimal n) {
            number(row, column, n, numberStyle);
        } else {
            cell(row, column, value == null ? null : value.toString(), wordStyle);
        }
    }

    /**
     * Row height for the wrapped text it holds, reckoned from the column widths (CJK characters count two), since
     * a workbook written by a program carries no heights of its own and printers do not measure; at least two lines,
     * room to write by hand.
     */
    private void fitHeight(Row row) {
        int lines = 2;
        for (Cell cell : row) {
            if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            int width = widthOf(row, cell.getColumnIndex());
            int cellLines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (Columns.width(line) + width - 1) / width);
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(LINE_POINTS * lines + 3);
    }

    /** The width in characters a cell's text wraps at: its column, or all the columns its merged region spans. */
    private int widthOf(Row row, int column) {
        XSSFSheet sheet = (XSSFSheet) row.getSheet();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(row.getRowNum(), column) && range.getFirstRow() == range.getLastRow()) {
                int w = 0;
                for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                    w += WIDTHS[c];
                }
                return Math.max(1, w - 1);
            }
        }
        return Math.max(1, WIDTHS[column] - 1);
    }

    private CellStyle style(int size, boolean bold, boolean border, HorizontalAlignment align, boolean wrap, IndexedColors fill) {
        CellStyle s = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("宋体");
        font.setFontHeightInPoints((short) size);
        font.setBold(bold);
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(wrap);
        if (border) {
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
