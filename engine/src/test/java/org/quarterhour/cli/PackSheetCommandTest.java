package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.quarterhour.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackSheetCommandTest {
    @Test
    void the_hangjin_sheet_is_built_from_the_rules_metadata() {
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner@2023.12");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("-- 基本保障类业态 (67, at least 62)"), cli.out());
        assertTrue(cli.out().contains("B12   邮政快递综合服务点（含快件箱组）"), cli.out());
        assertTrue(cli.out().contains("total 100"), cli.out());
        assertTrue(cli.out().contains("合格 (pass, rank 1): total >= 80; 基本保障类业态 met; 品质提升类业态 met"), cli.out());
        assertEquals(32, cli.out().lines().filter(l -> l.matches("[OBQ]\\d+ .*")).count());
    }

    @Test
    void markdown_has_the_official_columns_and_the_clause_words_as_criteria() {
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner", "--format", "md");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("| 评价类别 | 评价指标 | 分值 | 得分 | 评价评分标准 |"), cli.out());
        assertTrue(cli.out().contains("| 组织保障 | O1 成立机构，专人负责创建工作 | 2 |  | 查资料，看台账，看现场 |"), cli.out());
    }

    @Test
    void the_xlsx_sheet_has_the_official_columns_and_an_empty_score_column(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("sheet.xlsx");
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner@2023.12", "--format", "xlsx", "--out", file.toString());
        assertEquals(0, cli.status(), cli.err());
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            var sheet = wb.getSheetAt(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            java.util.List<String> cells = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(formatter.formatCellValue(cell))));
            assertTrue(cells.containsAll(java.util.List.of("评价类别", "评价指标", "分值", "得分", "评价评分标准", "便利店")), cells.toString());
            int scoreColumn = -1;
            for (var row : sheet) {
                for (var cell : row) {
                    if ("便利店".equals(formatter.formatCellValue(cell))) {
                        for (var c : row) {
                            if ("8".equals(formatter.formatCellValue(c))) {
                                scoreColumn = c.getColumnIndex() + 1;
                            }
                        }
                        assertEquals("", formatter.formatCellValue(row.getCell(scoreColumn)), "得分 is left empty");
                    }
                }
            }
            assertTrue(scoreColumn > 0);
        }
        assertEquals(2, Cli.run("pack", "sheet", "hangjin-banner", "--format", "xlsx").status());
    }

    @Test
    void a_standard_with_no_version_in_force_today_is_named_as_the_argument_it_was_given(@TempDir Path rules) throws Exception {
        Repo.copyTree(Repo.rules().resolve("hangjin-banner/2023.12"), rules.resolve("hangjin-banner/2030.01"));
        Files.delete(rules.resolve("hangjin-banner/2030.01/seal.json"));
        Path manifest = rules.resolve("hangjin-banner/2030.01/manifest.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("version: \"2023.12\"", "version: \"2030.01\"")
                .replace("from: 2023-12-28", "from: 2030-01-01"));
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner", "--rules", rules.toString());
        assertEquals(2, cli.status(), cli.out() + cli.err());
        assertEquals("quarterhour: no version of hangjin-banner is in force on 2026-11-21; versions: 2030.01 (from 2030-01-01)"
                + " (name one as hangjin-banner@VERSION)\n", cli.err(), "pack sheet takes the standard as an argument, not --standard");
        assertEquals(0, Cli.run("pack", "sheet", "hangjin-banner@2030.01", "--rules", rules.toString()).status());
    }

    @Test
    void a_checklist_sheet_shows_met_instead_of_points() {
        Cli cli = Cli.run("pack", "sheet", "chuzhou@2024.02");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("met?"), cli.out());
    }

    @Test
    void an_out_file_named_xlsx_gets_a_workbook_without_format(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sheet.xlsx");
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner@2023.12", "--out", file.toString());
        assertEquals(0, cli.status(), cli.err());
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile())) {
            assertEquals(1, wb.getNumberOfSheets());
        }
    }

    @Test
    void a_format_that_contradicts_an_xlsx_out_is_refused_and_nothing_is_written(@TempDir Path dir) {
        Path file = dir.resolve("sheet.xlsx");
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner@2023.12", "--format", "md", "--out", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: --format md contradicts --out " + file + ": a .xlsx file is a workbook;"
                + " use --format xlsx, or name the file for md text (e.g. sheet.md)\n", cli.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void out_dash_is_standard_output_as_in_score() {
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner@2023.12", "--out", "-");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("B12   邮政快递综合服务点（含快件箱组）"), cli.out());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
        Cli piped = Cli.run("pack", "sheet", "hangjin-banner@2023.12", "--format", "xlsx", "--out", "-");
        assertEquals(0, piped.status(), piped.err());
        assertTrue(piped.out().startsWith("PK"), "the workbook's zip bytes");
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    }

    @Test
    void a_workbook_is_not_for_the_terminal() {
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner", "--format", "xlsx");
        assertEquals(2, cli.status());
        assertEquals("quarterhour: a workbook is not for the terminal; name the file with --out SHEET.xlsx (or --out - to pipe it)\n", cli.err());
    }

    @Test
    void an_out_folder_not_made_yet_is_made_as_score_makes_it(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nonexist/deeper/sheet.md");
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner", "--format", "md", "--out", file.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("", cli.err());
        assertTrue(Files.readString(file).contains("| 评价类别 | 评价指标 | 分值 | 得分 | 评价评分标准 |"));
        Path workbook = dir.resolve("made/sheet.xlsx");
        assertEquals(0, Cli.run("pack", "sheet", "hangjin-banner@2023.12", "--out", workbook.toString()).status());
        assertTrue(Files.isRegularFile(workbook));
    }

    @Test
    void an_out_folder_that_is_a_file_is_refused_as_score_refuses_it(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("plain"), "a file");
        Path file = plain.resolve("sheet.md");
        Cli cli = Cli.run("pack", "sheet", "hangjin-banner", "--format", "md", "--out", file.toString());
        assertEquals(2, cli.status());
        assertEquals("quarterhour: cannot write " + file + ": not a folder: " + plain + "\n", cli.err());
        assertEquals("", cli.out());
        Path deeper = plain.resolve("a/b/sheet.xlsx");
        Cli under = Cli.run("pack", "sheet", "hangjin-banner", "--out", deeper.toString());
        assertEquals(2, under.status());
        assertEquals("quarterhour: cannot write " + deeper + ": not a folder: " + plain + "\n", under.err());
        assertEquals("a file", Files.readString(plain));
    }

    @Test
    void an_out_in_a_ledger_is_refused_and_the_ledger_still_verifies(@TempDir Path dir) throws Exception {
        Path ledger = ScoredLedger.oneEntry(dir.resolve("ledger"));
        Path sheet = ledger.resolve("s.xlsx");
        Cli workbook = Cli.run("pack", "sheet", "hangjin-banner", "--out", sheet.toString());
        assertEquals(2, workbook.status());
        assertEquals("quarterhour: --out " + sheet + " is in the ledger at " + ledger + ", which only appends write (a file added there "
                + "would make it fail audit verify): name a folder outside it\n", workbook.err());
        Path inside = ledger.resolve("objects/new/s.md");
        Cli text = Cli.run("pack", "sheet", "hangjin-banner", "--format", "md", "--out", inside.toString());
        assertEquals(2, text.status());
        assertEquals("quarterhour: --out " + inside + " is in the ledger at " + ledger + ", which only appends write (a file added there "
                + "would make it fail audit verify): name a folder outside it\n", text.err());
        assertFalse(Files.exists(sheet));
        assertFalse(Files.exists(ledger.resolve("objects/new")));
        Cli verify = Cli.run("audit", "verify", "--ledger", ledger.toString());
        assertEquals(0, verify.status(), verify.err());
    }
}
