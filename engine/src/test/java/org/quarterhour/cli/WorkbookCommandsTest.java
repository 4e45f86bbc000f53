package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.WorkbookFiller;
import org.quarterhour.json.Json;

/** The command line with workbooks: {@code template}, {@code score FILE.xlsx} and {@code score --format xlsx}. */
class WorkbookCommandsTest {
    private static final String EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml").toString();

    private static XSSFWorkbook open(Path file) throws IOException {
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(Files.readAllBytes(file)));
    }

    @Test
    void template_writes_a_workbook_and_will_not_overwrite_one_without_force(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("inventory.xlsx");
        Cli first = Cli.run("template", file.toString());
        assertEquals(0, first.status(), first.err());
        try (XSSFWorkbook wb = open(file)) {
            assertEquals("Community", wb.getSheetName(0));
        }
        Cli again = Cli.run("template", file.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("exists; pass --force"), again.err());
        assertEquals(0, Cli.run("template", file.toString(), "--force").status());
        Cli yaml = Cli.run("template", dir.resolve("inventory.yaml").toString());
        assertEquals(2, yaml.status());
        assertTrue(yaml.err().contains("name it with .xlsx"), yaml.err());
    }

    @Test
    void template_makes_a_folder_not_made_yet_as_score_does(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nodir/deeper/t.xlsx");
        Cli cli = Cli.run("template", file.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("", cli.err());
        try (XSSFWorkbook wb = open(file)) {
            assertEquals("Community", wb.getSheetName(0));
        }
    }

    @Test
    void template_refuses_a_folder_that_is_a_file(@TempDir Path dir) throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "a file");
        Path file = plain.resolve("t.xlsx");
        Cli cli = Cli.run("template", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: cannot write " + file + ": not a folder: " + plain + "\n", cli.err());
        assertEquals("", cli.out());
        assertEquals("a file", Files.readString(plain));
    }

    @Test
    void template_refuses_a_file_in_a_ledger_and_the_ledger_still_verifies(@TempDir Path dir) throws IOException {
        Path ledger = ScoredLedger.oneEntry(dir.resolve("ledger"));
        for (Path file : java.util.List.of(ledger.resolve("t.xlsx"), ledger.resolve("entries/t.xlsx"), ledger.resolve("new/t.xlsx"))) {
            Cli cli = Cli.run("template", file.toString(), "--force");
            assertEquals(2, cli.status(), file.toString());
            assertEquals("quarterhour: " + file + " is in the ledger at " + ledger + ", which only appends write (a file added there "
                    + "would make it fail audit verify): name a folder outside it\n", cli.err());
            assertFalse(Files.exists(file));
        }
        assertFalse(Files.exists(ledger.resolve("new")));
        Cli verify = Cli.run("audit", "verify", "--ledger", ledger.toString());
        assertEquals(0, verify.status(), verify.err());
    }

    /** The shipped example written into the template that {@code quarterhour template} makes. */
    private static Path filledExample(Path dir) throws Exception {
        Path template = dir.resolve("t.xlsx");
        assertEquals(0, Cli.run("template", template.toString()).status());
        Inventory example = Repo.inventories().read(Path.of(EXAMPLE), "x.yaml");
        Path filled = dir.resolve("xini-tuanjie.xlsx");
        Files.write(filled, new WorkbookFiller(Files.readAllBytes(template)).fill(example).bytes());
        return filled;
    }

    @Test
    void a_filled_workbook_scores_exactly_as_its_yaml(@TempDir Path dir) throws Exception {
        Path filled = filledExample(dir);
        Cli fromYaml = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner");
        Cli fromXlsx = Cli.run("score", filled.toString(), "--standard", "hangjin-banner");
        assertEquals(0, fromXlsx.status(), fromXlsx.err());
        assertEquals(fromYaml.out(), fromXlsx.out());
        assertTrue(fromXlsx.out().contains("total                                              82.7 / 100"), fromXlsx.out());
    }

    /** A batch reads workbooks named on the command line as the single score does (it used to read them as YAML). */
    @Test
    void a_batch_of_workbooks_scores_each_as_its_yaml(@TempDir Path dir) throws Exception {
        Path filled = filledExample(dir);
        Path zinan = Repo.fixtures().resolve("inventories/chuzhou-zinan.yaml");
        Path out = dir.resolve("out");
        Cli batch = Cli.run("score", filled.toString(), zinan.toString(), "--standard", "hangjin-banner", "--out", out.toString());
        assertEquals(0, batch.status(), batch.err());
        Path fromYaml = dir.resolve("one.json");
        assertEquals(0, Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--format", "json", "--out", fromYaml.toString()).status());
        assertEquals(Json.mapper().readTree(fromYaml.toFile()).get("verdict_id"),
                Json.mapper().readTree(out.resolve("150625-XN-003.hangjin-banner@2023.12.json").toFile()).get("verdict_id"));
        assertTrue(Files.exists(out.resolve("341100-ZN-001.hangjin-banner@2023.12.json")));
    }

    @Test
    void a_workbook_with_errors_exits_2_naming_each_cell_and_writes_nothing(@TempDir Path dir) throws IOException {
        Path template = dir.resolve("t.xlsx");
        assertEquals(0, Cli.run("template", template.toString()).status());
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, new WorkbookFiller(Files.readAllBytes(template))
                .field("Community", "community.id", "T-1").field("Community", "community.name", "测试社区")
                .tableRow("Compounds", Map.of("compound", "A", "gate", "A1"))
                .tableRow("Facilities", Map.of("id", "F01", "type", "网吧", "walk_m", "A2: 100"))
                .bytes());
        Path out = dir.resolve("sheet.xlsx");
        Cli cli = Cli.run("score", broken.toString(), "--standard", "hangjin-banner", "--format", "xlsx", "--out", out.toString());
        assertEquals(2, cli.status());
        assertEquals(broken + ":Facilities!B3: facilities[0].type: unknown facility type '网吧'; closest: 酒吧 (tea_coffee_bar), 书屋 (reading_room), 书店 (bookshop)\n"
                + broken + ":Facilities!G3: facilities[0].walk_m.A2: 'A2' is not a gate of any compound; did you mean 'A1'?\n", cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void format_xlsx_writes_the_filled_sheet_to_the_file_named_by_out(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sheet.xlsx");
        Cli cli = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--format", "xlsx", "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        try (XSSFWorkbook wb = open(out)) {
            assertEquals("杭锦旗一刻钟便民生活圈建设验收考核标准", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        Cli terminal = Cli.run("score", EXAMPLE, "--standard", "hangjin-banner", "--format", "xlsx");
        assertEquals(2, terminal.status());
        assertTrue(terminal.err().contains("--out"), terminal.err());
        assertEquals("", terminal.out());
    }

    @Test
    void several_standards_give_one_sheet_each(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("all.xlsx");
        Cli json = Cli.run("score", EXAMPLE, "--standard", "all", "--format", "json");
        int verdicts = org.quarterhour.json.Json.mapper().readTree(json.out()).size();
        Cli cli = Cli.run("score", EXAMPLE, "--standard", "all", "--format", "xlsx", "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        try (XSSFWorkbook wb = open(out)) {
            assertTrue(verdicts > 1);
            assertEquals(verdicts, wb.getNumberOfSheets());
        }
    }
}
