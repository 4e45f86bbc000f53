package org.quarterhour.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;
import org.quarterhour.verdict.Verdict;

/** Inventories kept in Excel: the template, and reading a filled one into the same inventory with the same checks. */
class WorkbookInventoryTest {
    private static final Path EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml");
    private final WorkbookInventoryReader reader = new WorkbookInventoryReader(Vocabulary.bundled());

    @Test
    void the_template_has_a_sheet_for_each_part_and_a_chinese_drop_down_of_facility_types() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(InventoryTemplate.write(Vocabulary.bundled())))) {
            assertEquals(List.of("Community", "Compounds", "Facilities", "Organization", "ServiceCenter", "Types"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4), wb.getSheetName(5)));
            assertEquals("社区名称 *", wb.getSheet("Community").getRow(2).getCell(0).getStringCellValue());
            assertEquals("community.name", wb.getSheet("Community").getRow(2).getCell(1).getStringCellValue());
            XSSFSheet facilities = wb.getSheet("Facilities");
            assertEquals("业态类型 *", facilities.getRow(0).getCell(1).getStringCellValue());
            assertEquals("type", facilities.getRow(1).getCell(1).getStringCellValue());
            DataValidation types = facilities.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 1).findFirst().orElseThrow();
            int count = Vocabulary.bundled().types().size();
            assertEquals("Types!$A$2:$A$" + (count + 1), types.getValidationConstraint().getFormula1());
            assertEquals("便利店", wb.getSheet("Types").getRow(1).getCell(0).getStringCellValue());
            assertEquals("convenience_store", wb.getSheet("Types").getRow(1).getCell(1).getStringCellValue());
            assertEquals(count + 1, wb.getSheet("Types").getPhysicalNumberOfRows());
        }
    }

    @Test
    void the_template_is_the_same_bytes_every_time() {
        assertArrayEquals(InventoryTemplate.write(Vocabulary.bundled()), InventoryTemplate.write(Vocabulary.bundled()));
    }

    @Test
    void a_template_filled_with_the_example_reads_as_the_same_inventory_and_scores_the_same() throws Exception {
        Inventory yaml = Repo.inventories().read(EXAMPLE, "xini-tuanjie.yaml");
        byte[] filled = new WorkbookFiller(InventoryTemplate.write(Vocabulary.bundled())).fill(yaml).bytes();
        Inventory xlsx = reader.parse(filled, "xini-tuanjie.xlsx");
        assertEquals(CanonicalInventory.toMap(yaml), CanonicalInventory.toMap(xlsx));
        assertEquals(yaml, xlsx);
        Verdict fromYaml = Repo.engine().score(yaml, Repo.pack("hangjin-banner@2023.12"));
        Verdict fromXlsx = Repo.engine().score(xlsx, Repo.pack("hangjin-banner@2023.12"));
        assertEquals(Json.pretty(fromYaml), Json.pretty(fromXlsx));
        assertEquals("82.7", fromXlsx.total().toPlainString());
    }

    @Test
    void every_inventory_fixture_goes_through_the_workbook_unchanged() throws Exception {
        for (Path file : Repo.files(Repo.fixtures().resolve("inventories"), "*.yaml")) {
            Inventory yaml = Repo.inventories().read(file, file.getFileName().toString());
            byte[] filled = new WorkbookFiller(InventoryTemplate.write(Vocabulary.bundled())).fill(yaml).bytes();
            assertEquals(yaml, reader.parse(filled, "x.xlsx"), file.toString());
        }
    }

    @Test
    void errors_in_several_cells_are_all_reported_at_their_sheet_row_and_column() {
        WorkbookFiller f = new WorkbookFiller(InventoryTemplate.write(Vocabulary.bundled()))
                .field("Community", "community.id", "T-1")
                .field("Community", "inspection.date", "2024-13-01")
                .field("Community", "community.nmae", "错字")
                .tableRow("Compounds", Map.of("compound", "A", "households", "很多", "gate", "A1", "lat", 39.8, "lon", 108.7))
                .tableRow("Compounds", Map.of("gate", "A2", "lat", 123.0, "lon", 108.7))
                .tableRow("Compounds", Map.of("compound", "A", "households", 12, "gate", "A3"))
                .tableRow("Facilities", Map.of("id", "F01", "type", "网吧", "walk_m", "A1: 430, A9: 100"))
                .tableRow("Facilities", Map.of("id", "F02", "type", "便利店", "lat", 39.8, "serves", "B"))
                .tableRow("Facilities", Map.of("id", "F01", "name", "无类型", "walk_m", "A1 430"))
                .field("Organization", "plan_goals", "可能");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.parse(f.bytes(), "inv.xlsx"));
        assertEquals(List.of(
                        "inv.xlsx:Community!C3: community.name: required field 'name' is missing",
                        "inv.xlsx:Community!C9: inspection.date: expected a date as YYYY-MM-DD, found '2024-13-01'",
                        "inv.xlsx:Community!B11: community.nmae: unknown key 'nmae'; did you mean 'name'?",
                        "inv.xlsx:Compounds!C3: compounds[0].households: expected a whole number >= 0, found '很多'",
                        "inv.xlsx:Compounds!E4: compounds[0].gates[1].at[0]: latitude 123 is outside [-90, 90]; points are [lat, lon]",
                        "inv.xlsx:Compounds!C5: compounds[0].households: a gate row of compound 'A' gives households '12', but its first row (3) gives '很多'; give it once, on the first row",
                        "inv.xlsx:Facilities!B3: facilities[0].type: unknown facility type '网吧'; closest: 酒吧 (tea_coffee_bar), 书屋 (reading_room), 书店 (bookshop)",
                        "inv.xlsx:Facilities!G3: facilities[0].walk_m.A9: 'A9' is not a gate of any compound; did you mean 'A1'?",
                        "inv.xlsx:Facilities!E4: facilities[1].at[1]: expected a number, found nothing",
                        "inv.xlsx:Facilities!H4: facilities[1].serves[0]: 'B' is not a compound id; expected one of A",
                        "inv.xlsx:Facilities!A5: facilities[2].id: duplicate facility id 'F01' (first used at facilities[0].id)",
                        "inv.xlsx:Facilities!B5: facilities[2].type: required field 'type' is missing",
                        "inv.xlsx:Facilities!G5: facilities[2].walk_m: expected gate: metres pairs such as 'A1: 430, B1: 980', found 'A1 430'",
                        "inv.xlsx:Organization!C5: organization.plan_goals: expected true or false, found '可能'"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void a_workbook_without_the_template_sheets_is_refused_naming_them() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("Sheet1");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        wb.write(out);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.parse(out.toByteArray(), "x.xlsx"));
        assertEquals(List.of(
                "x.xlsx:Community: the workbook has no sheet 'Community' (it has Sheet1); start from 'quarterhour template FILE.xlsx'",
                "x.xlsx:Compounds: the workbook has no sheet 'Compounds' (it has Sheet1); start from 'quarterhour template FILE.xlsx'"),
                e.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void a_file_that_is_not_a_workbook_is_refused_in_plain_words() {
        InvalidInputException yaml = assertThrows(InvalidInputException.class,
                () -> reader.parse("schema: quarterhour/inventory/v1\n".getBytes(), "x.xlsx"));
        assertEquals("x.xlsx: not an Excel workbook (.xlsx); write an inventory with 'quarterhour template FILE.xlsx' or as YAML",
                yaml.getMessage());
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> reader.parse(new byte[0], "x.xlsx"));
        assertTrue(empty.getMessage().startsWith("x.xlsx: the file is empty"), empty.getMessage());
    }
}
