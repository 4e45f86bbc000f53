package org.quarterhour.batch;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quarterhour.inventory.WorkbookBytes;
import org.quarterhour.report.SheetWorkbook;

/**
 * The district roll-up as a workbook (summary.xlsx), one sheet per standard: communities per outcome and their shares,
 * the share meeting each category's bar, the totals, the facility types most often missing weighted by households
 * (设施盲区) and progress against the bureau's targets — what summary.json says, for people who work in Excel.
 */
public final class SummaryWorkbook {
    public static final String FILE = "summary.xlsx";
    /** Where no compound of a blind spot has its households given: unknown, not 0. */
    static final String UNKNOWN = "不详";

    private SummaryWorkbook() {
    }

    public static byte[] write(Summary summary) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Set<String> names = new HashSet<>();
        XSSFCellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (Summary.PerStandard s : summary.standards()) {
            Sheet sheet = wb.createSheet(SheetWorkbook.uniqueName(s.standard().ref(), names));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            int r = 0;
            row(sheet, r++, bold, s.standard().title() + "（" + s.standard().ref() + "）");
            row(sheet, r++, null, "社区数", s.communities(), "未能评分", summary.refused());
            r++;
            row(sheet, r++, bold, "等级", "代码", "社区数", "占比", "达到及以上", "达到及以上占比");
            for (Summary.OutcomeCount o : s.outcomes()) {
                row(sheet, r++, null, o.label(), o.code(), o.count(), o.share(), o.atLeast(), o.atLeastShare());
            }
            r++;
            row(sheet, r++, bold, "评价类别", "代码", "达标社区数", "占比");
            for (Summary.CategoryCount c : s.categories()) {
                row(sheet, r++, null, c.name(), c.code(), c.met(), c.share());
            }
            if (s.total() != null) {
                r++;
                row(sheet, r++, bold, "总分", "平均", "最低", "最高");
                row(sheet, r++, null, "", s.total().mean(), s.total().min(), s.total().max());
            }
            r++;
            row(sheet, r++, bold, "设施盲区（按户数）", "业态", "缺少的户数", "小区数", "社区数", "其中户数不详的小区数");
            for (Summary.BlindSpot b : s.blindSpots()) {
                row(sheet, r++, null, b.name(), String.join("/", b.types()), b.households() == null ? UNKNOWN : b.households(),
                        b.compounds(), b.communities(), b.compoundsWithoutHouseholds());
            }
            if (!s.targets().isEmpty()) {
                r++;
                row(sheet, r++, bold, "目标", "等级", "目标占比", "达到及以上", "实际占比", "是否达成", "还差社区数");
                for (Summary.TargetResult t : s.targets()) {
                    row(sheet, r++, null, t.target(), t.label(), t.percent(), t.atLeast(), t.share(), t.met() ? "达成" : "未达成", t.shortBy());
                }
            }
            for (int c = 0; c < 7; c++) {
                sheet.setColumnWidth(c, c == 0 ? 28 * 256 : 16 * 256);
            }
        }
        return WorkbookBytes.of(wb, null);
    }

    private static void row(Sheet sheet, int index, XSSFCellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            Object v = values[i];
            if (v instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v != null) {
                cell.setCellValue(v.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
