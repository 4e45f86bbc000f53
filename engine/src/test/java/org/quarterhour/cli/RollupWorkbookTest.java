package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;

/** The roll-up as a workbook beside summary.json, the roll-up rebuilt from a ledger, and the gap plan on the filled sheet. */
class RollupWorkbookTest {
    private static final String[] INVENTORIES = {"inventories/xini-tuanjie.yaml", "inventories/chuzhou-zinan.yaml",
            "inventories/shenzhen-huahang.yaml"};

    private static List<String> cells(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        List<String> cells = new ArrayList<>();
        sheet.forEach(row -> row.forEach(cell -> cells.add(f.formatCellValue(cell))));
        return cells;
    }

    @Test
    void a_batch_writes_summary_xlsx_with_the_outcomes_and_blind_spots(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String f : INVENTORIES) {
            Files.copy(Repo.fixtures().resolve(f), in.resolve(Path.of(f).getFileName()));
        }
        Path out = Files.createDirectories(tmp.resolve("out"));
        Cli cli = Cli.run("score", in.toString(), "--standard", "hangjin-banner", "--out", out.toString(), "--no-ledger",
                "--target", "pass>=80%");
        assertEquals(0, cli.status(), cli.err());
        byte[] written = Files.readAllBytes(out.resolve("summary.xlsx")); // before POI opens the file (it saves on close)
        try (Workbook wb = WorkbookFactory.create(new java.io.ByteArrayInputStream(written))) {
            List<String> cells = cells(wb.getSheet("hangjin-banner@2023.12"));
            assertTrue(cells.contains("杭锦旗一刻钟便民生活圈建设验收考核标准（hangjin-banner@2023.12）"), cells.toString());
            assertTrue(cells.containsAll(List.of("社区数", "3", "不合格", "设施盲区（按户数）", "pass>=80%", "未达成")), cells.toString());
        }
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(written))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(), "no time of writing in " + e.getName());
            }
        }
        Cli again = Cli.run("report", out.toString(), "--target", "pass>=80%");
        assertEquals(0, again.status(), again.err());
        assertTrue(java.util.Arrays.equals(written, Files.readAllBytes(out.resolve("summary.xlsx"))),
                "the roll-up rebuilt by report has the very bytes the batch wrote");
    }

    @Test
    void report_rebuilds_the_rollup_from_a_ledger_without_writing_to_it(@TempDir Path tmp) throws Exception {
        Path ledger = tmp.resolve("ledger");
        for (String f : INVENTORIES) {
            assertEquals(0, Cli.run("score", Repo.fixtures().resolve(f).toString(), "--standard", "hangjin-banner", "--ledger",
                    ledger.toString(), "--format", "json").status());
        }
        // scored again: the roll-up counts each community once, by its latest verdict
        assertEquals(0, Cli.run("score", Repo.fixtures().resolve(INVENTORIES[0]).toString(), "--standard", "hangjin-banner",
                "--ledger", ledger.toString(), "--format", "json").status());
        Path out = tmp.resolve("rollup/2026"); // a folder not there yet is made
        Cli cli = Cli.run("report", ledger.toString(), "--out", out.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals(3, Json.mapper().readTree(out.resolve("summary.json").toFile()).get("communities").asInt());
        assertTrue(Files.exists(out.resolve("summary.xlsx")));
        assertFalse(Files.exists(ledger.resolve("summary.json")), "a ledger is never written to by report");
        assertEquals(0, Cli.run("audit", "verify", "--ledger", ledger.toString()).status());
    }

    @Test
    void the_filled_sheet_carries_the_gap_plan(@TempDir Path tmp) throws Exception {
        Path sheet = tmp.resolve("sheet.xlsx");
        Cli cli = Cli.run("score", Repo.fixtures().resolve(INVENTORIES[0]).toString(), "--standard", "hangjin-banner",
                "--format", "xlsx", "--out", sheet.toString(), "--no-ledger");
        assertEquals(0, cli.status(), cli.err());
        try (Workbook wb = WorkbookFactory.create(sheet.toFile())) {
            List<String> cells = cells(wb.getSheetAt(0));
            int at = cells.indexOf("提升建议（补什么）");
            assertTrue(at >= 0, cells.toString());
            assertTrue(cells.subList(at + 1, cells.size()).stream().anyMatch(c -> c.contains("+ 农贸市场 (farmers_market) for C: lifts B03")),
                    cells.subList(at, cells.size()).toString());
        }
    }
}
