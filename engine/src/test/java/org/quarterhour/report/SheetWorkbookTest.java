package org.quarterhour.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quarterhour.Repo;
import org.quarterhour.eval.CompiledPack;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.tester.TestCase;
import org.quarterhour.verdict.Verdict;

/** The filled and blank sheets, opened with POI and read cell by cell. */
class SheetWorkbookTest {
    private static final Path EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml");
    private static final DataFormatter SHOWN = new DataFormatter();

    private static Verdict hangjinExample() throws Exception {
        return Repo.engine().score(Repo.inventories().read(EXAMPLE, "xini-tuanjie.yaml"), Repo.pack("hangjin-banner@2023.12"));
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row whose column B (编号) or A (评价类别, 小计, 合计, 评定等级) says this. */
    private static Row row(XSSFSheet sheet, String firstCells) {
        for (Row r : sheet) {
            for (int c = 0; c <= 2; c++) {
                Cell cell = r.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(firstCells)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row says " + firstCells);
    }

    private static String shown(Row row, int column) {
        return SHOWN.formatCellValue(row.getCell(column));
    }

    @Test
    void the_filled_hangjin_sheet_has_every_item_its_points_criterion_and_evidence() throws Exception {
        Verdict v = hangjinExample();
        try (XSSFWorkbook wb = open(SheetWorkbook.filled(v))) {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("锡尼镇团结社区 hangjin-banner", sheet.getSheetName());
            assertEquals("杭锦旗一刻钟便民生活圈建设验收考核标准", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("社区：锡尼镇团结社区（150625-XN-003）　检查日期：2024-11-05　检查人：王某", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("标准：hangjin-banner@2023.12　步行半径 1200 m　估算距离的绕行系数 1.3", sheet.getRow(2).getCell(0).getStringCellValue());
            List<String> header = new ArrayList<>();
            sheet.getRow(3).forEach(c -> header.add(c.getStringCellValue()));
            assertEquals(List.of("评价类别", "编号", "评价指标", "分值", "得分", "评价评分标准", "依据（设施、距离、实测/估算）", "说明"), header);

            Row b01 = row(sheet, "B01");
            assertEquals("基本保障类业态", b01.getCell(0).getStringCellValue());
            assertEquals("便利店", b01.getCell(2).getStringCellValue());
            assertEquals(8.0, b01.getCell(3).getNumericCellValue());
            assertEquals(8.0, b01.getCell(4).getNumericCellValue());
            assertEquals("8.0", shown(b01, 4));
            assertTrue(b01.getCell(5).getStringCellValue().endsWith("按比例评价得分。"), b01.getCell(5).getStringCellValue());
            assertEquals("A ← F01 便利店：A2 门 296.2 m（估算）\nB ← F01 便利店：B1 门 980 m（实测）\nC ← F01 便利店：C2 门 1150 m（实测）",
                    b01.getCell(6).getStringCellValue());
            Row b02 = row(sheet, "B02");
            assertEquals(6.4, b02.getCell(4).getNumericCellValue());
            assertTrue(b02.getCell(7).getStringCellValue().contains("C: nearest 综合超市 锡尼惠民超市 (F02) 1503.1 m from gate C2 (estimated) > 1200 m"));
            assertEquals("查资料，看台账，看现场", row(sheet, "O2").getCell(5).getStringCellValue());
            assertTrue(row(sheet, "O2").getCell(6).getStringCellValue().contains("organization.plan_safeguards：否"));
            assertEquals("B11", row(sheet, "B11").getCell(1).getStringCellValue());
            assertEquals("B ← F13 家政服务点（上门服务）", row(sheet, "B11").getCell(6).getStringCellValue().lines().toList().get(1));

            CellRangeAddress basic = sheet.getMergedRegions().stream()
                    .filter(r -> r.getFirstColumn() == 0 && r.getLastColumn() == 0 && r.isInRange(b01.getRowNum(), 0)).findFirst().orElseThrow();
            assertEquals(b01.getRowNum(), basic.getFirstRow());
            assertEquals(row(sheet, "B14").getRowNum(), basic.getLastRow());

            Row subtotal = row(sheet, "基本保障类业态 小计");
            assertEquals(row(sheet, "B14").getRowNum() + 1, subtotal.getRowNum());
            assertEquals("67", shown(subtotal, 3));
            assertEquals("60.7", shown(subtotal, 4));
            assertEquals("需62分以上：未达到", subtotal.getCell(5).getStringCellValue());
            assertEquals("需15分以上：达到", row(sheet, "品质提升类业态 小计").getCell(5).getStringCellValue());
            Row total = row(sheet, "合计");
            assertEquals("100", shown(total, 3));
            assertEquals(82.7, total.getCell(4).getNumericCellValue());
            Row grade = row(sheet, "评定等级");
            assertEquals("不合格", grade.getCell(3).getStringCellValue());
            assertEquals("未达更高等级：基本保障类业态 60.7 < 62", grade.getCell(5).getStringCellValue());

            assertEquals(v.standard().packSha256(), row(sheet, "规则包 pack_sha256").getCell(2).getStringCellValue());
            assertEquals(v.inventorySha256(), row(sheet, "清单 inventory_sha256").getCell(2).getStringCellValue());
            assertEquals(v.verdictId(), row(sheet, "结论 verdict_id").getCell(2).getStringCellValue());
            assertEquals("杭锦旗一刻钟便民生活圈建设验收考核标准（hangjin-banner@2023.12）", row(sheet, "标准").getCell(2).getStringCellValue());
        }
    }

    @Test
    void the_sheet_prints_on_a4_landscape_one_page_wide_with_the_header_on_every_page() throws Exception {
        try (XSSFWorkbook wb = open(SheetWorkbook.filled(hangjinExample()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertTrue(sheet.getFitToPage());
            assertEquals(new CellRangeAddress(3, 3, -1, -1), sheet.getRepeatingRows());
            assertNotNull(wb.getPrintArea(0));
            assertEquals("第 &P 页，共 &N 页", sheet.getFooter().getCenter());
        }
    }

    @Test
    void the_same_verdict_gives_the_same_bytes() throws Exception {
        Verdict v = hangjinExample();
        assertArrayEquals(SheetWorkbook.filled(v), SheetWorkbook.filled(v));
    }

    @Test
    void a_checklist_standard_shows_met_or_not_per_item_instead_of_points() throws Exception {
        List<Verdict> verdicts = new ArrayList<>();
        for (String name : List.of("01-quality-every-item-met.yaml", "02-none-nothing-recorded.yaml")) {
            TestCase c = Repo.cases().read(Repo.rules().resolve("kaifeng/2025.05/tests").resolve(name));
            verdicts.add(Repo.engine().score(c.inventory(), Repo.pack(c.standard())));
        }
        try (XSSFWorkbook wb = open(SheetWorkbook.filled(verdicts))) {
            assertEquals(2, wb.getNumberOfSheets());
            XSSFSheet all = wb.getSheetAt(0);
            XSSFSheet none = wb.getSheetAt(1);
            assertEquals("评价结果", all.getRow(3).getCell(4).getStringCellValue());
            assertEquals("达标", row(all, "KF01").getCell(4).getStringCellValue());
            assertEquals(CellType.BLANK, row(all, "KF01").getCell(3).getCellType());
            assertEquals("未达标", row(none, "KF01").getCell(4).getStringCellValue());
            Row tier = row(none, "基础型（本项目读法） 小计");
            assertEquals("达标 0 / " + (tier.getRowNum() - row(none, "KF01").getRowNum()), tier.getCell(4).getStringCellValue());
            assertEquals("各项均须达标：未达到", tier.getCell(5).getStringCellValue());
            assertEquals("品质型", row(all, "评定等级").getCell(3).getStringCellValue());
            assertEquals("已达最高等级", row(all, "评定等级").getCell(5).getStringCellValue());
            assertEquals("未达基础型", row(none, "评定等级").getCell(3).getStringCellValue());
            assertFalse(containsRow(all, "合计"), "a checklist standard has no total");
        }
    }

    private static boolean containsRow(XSSFSheet sheet, String first) {
        try {
            row(sheet, first);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    @Test
    void the_blank_sheet_has_the_same_layout_with_nothing_scored() throws Exception {
        Pack pack = Repo.pack("hangjin-banner@2023.12");
        CompiledPack compiled = Repo.engine().compile(pack);
        try (XSSFWorkbook wb = open(SheetWorkbook.blank(pack.manifest(), compiled.items(), compiled.sha256()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("hangjin-banner@2023.12", sheet.getSheetName());
            Row b01 = row(sheet, "B01");
            assertEquals("便利店", b01.getCell(2).getStringCellValue());
            assertEquals(8.0, b01.getCell(3).getNumericCellValue());
            assertEquals(CellType.BLANK, b01.getCell(4).getCellType());
            assertEquals("", shown(b01, 6));
            assertEquals("需62分以上", row(sheet, "基本保障类业态 小计").getCell(5).getStringCellValue());
            assertEquals("100", shown(row(sheet, "合计"), 3));
            assertEquals("", shown(row(sheet, "合计"), 4));
            assertEquals("优秀：总分 ≥ 90，基本保障类业态、品质提升类业态达到要求\n良好：总分 ≥ 85，基本保障类业态、品质提升类业态达到要求\n"
                    + "合格：总分 ≥ 80，基本保障类业态、品质提升类业态达到要求\n不合格：未达到以上等级", row(sheet, "评定等级").getCell(5).getStringCellValue());
            assertEquals(compiled.sha256(), row(sheet, "规则包 pack_sha256").getCell(2).getStringCellValue());
        }
    }

    @Test
    void every_shipped_pack_gives_a_filled_and_a_blank_sheet() throws Exception {
        PackRepository repo = new PackRepository(Repo.rules());
        for (PackRepository.Entry e : repo.list()) {
            Pack pack = Repo.pack(e.manifest().ref());
            CompiledPack compiled = Repo.engine().compile(pack);
            Path someCase = Repo.files(Repo.rules().resolve(e.manifest().id()).resolve(e.manifest().version()), "tests/*.yaml").stream()
                    .findFirst().orElse(null);
            try (XSSFWorkbook blank = open(SheetWorkbook.blank(pack.manifest(), compiled.items()))) {
                for (var item : compiled.items()) {
                    assertEquals(item.name(), row(blank.getSheetAt(0), item.code()).getCell(2).getStringCellValue(), e.manifest().ref());
                }
            }
            if (someCase != null) {
                TestCase c = Repo.cases().read(someCase);
                Verdict v = Repo.engine().score(c.inventory(), pack, c.detourFactor());
                try (XSSFWorkbook filled = open(SheetWorkbook.filled(v))) {
                    for (var item : v.items()) {
                        Row r = row(filled.getSheetAt(0), item.code());
                        String result = shown(r, 4);
                        assertFalse(result.isEmpty(), e.manifest().ref() + " " + item.code());
                        if (item.max() == null) {
                            assertTrue(List.of("达标", "未达标", "不适用").contains(result), result);
                        }
                    }
                }
            }
        }
    }
}
