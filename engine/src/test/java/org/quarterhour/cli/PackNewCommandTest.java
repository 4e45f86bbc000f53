package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;

class PackNewCommandTest {
    /** The walk-through's sheet, as a bureau would keep it in Excel. */
    private static void writeWorkbook(Path file, String convenienceTypes) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet meta = wb.createSheet("标准");
            Object[][] rows = {{"标识", "shili-county"}, {"版本", "2026.01"}, {"名称", "示例县一刻钟便民生活圈建设验收评分表"},
                    {"发文单位", "示例县商务局"}, {"文号", "示商发〔2026〕1号"}, {"施行日期", "2026-01-01"}, {"步行半径（米）", 1000}};
            fill(meta, rows);
            Sheet sheet = wb.createSheet("评分表");
            fill(sheet, new Object[][] {
                    {"评价类别", "类别代码", "最低分", "评价指标", "分值", "业态", "半径（米）"},
                    {"基本保障类业态", "basic", 10, "便利店", 6, convenienceTypes, null},
                    {null, null, null, "菜市场或生鲜超市", 4, "菜市场、生鲜超市", null},
                    {"品质提升类业态", "quality", null, "书店", 5, "书店", 1500}});
            fill(wb.createSheet("等级"), new Object[][] {{"等级", "代码", "总分不低于"}, {"不合格", "fail", null}, {"合格", "pass", 12}});
            wb.write(out);
        }
    }

    private static void fill(Sheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (v != null) {
                    row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    @Test
    void an_excel_sheet_makes_the_same_pack_as_the_yaml_sheet(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("sheet.xlsx");
        writeWorkbook(xlsx, "便利店");
        Map<String, String> fromExcel = Map.of("QUARTERHOUR_RULES", tmp.resolve("x/rules").toString(), "QUARTERHOUR_STANDARDS", tmp.resolve("x/standards").toString());
        Map<String, String> fromYaml = Map.of("QUARTERHOUR_RULES", tmp.resolve("y/rules").toString(), "QUARTERHOUR_STANDARDS", tmp.resolve("y/standards").toString());
        assertEquals(0, Cli.run(fromExcel, "pack", "new", "shili-county", "--from", xlsx.toString()).status());
        assertEquals(0, Cli.run(fromYaml, "pack", "new", "shili-county", "--from",
                Repo.fixtures().resolve("authoring/shili-county-sheet.yaml").toString()).status());
        for (String f : new String[] {"manifest.yaml", "items.drl", "README.md", "tests/b01-earned.yaml"}) {
            assertEquals(Files.readString(tmp.resolve("y/rules/shili-county/2026.01").resolve(f)),
                    Files.readString(tmp.resolve("x/rules/shili-county/2026.01").resolve(f)), f);
        }
        Cli check = Cli.run(fromExcel, "pack", "check", tmp.resolve("x/rules/shili-county/2026.01").toString());
        assertEquals(0, check.status(), check.err());
    }

    @Test
    void an_unknown_type_in_the_excel_sheet_is_named_at_its_cell_and_nothing_is_written(@TempDir Path tmp) throws IOException {
        Path xlsx = tmp.resolve("sheet.xlsx");
        writeWorkbook(xlsx, "便利店、网吧");
        Map<String, String> env = Map.of("QUARTERHOUR_RULES", tmp.resolve("rules").toString(), "QUARTERHOUR_STANDARDS", tmp.resolve("standards").toString());
        Cli cli = Cli.run(env, "pack", "new", "shili-county", "--from", xlsx.toString());
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains(xlsx + ":评分表!F2: unknown facility type '网吧'; closest: 酒吧 (tea_coffee_bar)"), cli.err());
        assertFalse(Files.exists(tmp.resolve("rules")));
    }

    @Test
    void a_yaml_sheet_with_mistakes_is_refused_at_its_lines(@TempDir Path tmp) throws IOException {
        Path sheet = tmp.resolve("sheet.yaml");
        Files.writeString(sheet, Files.readString(Repo.fixtures().resolve("authoring/shili-county-sheet.yaml"))
                .replace("types: [书店]", "types: [书铺]").replace("id: shili-county", "id: Shili County"));
        Cli cli = Cli.run(Map.of("QUARTERHOUR_RULES", tmp.resolve("rules").toString()), "pack", "new", "shili-county", "--from", sheet.toString());
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains(":2:5: id: a standard id is lower-case letters, digits and '-'"), cli.err());
        assertTrue(cli.err().contains("categories[1].items[0].types[0]: unknown facility type '书铺'"), cli.err());
    }

    @Test
    void an_existing_pack_is_never_overwritten() {
        Cli cli = Cli.run("pack", "new", "hangjin-banner", "--from", Repo.fixtures().resolve("authoring/shili-county-sheet.yaml").toString());
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("the sheet is for 'shili-county', not 'hangjin-banner'"), cli.err());
    }

    @Test
    void a_standards_path_that_is_a_file_is_refused_before_anything_is_written_and_a_second_run_then_works(@TempDir Path tmp)
            throws IOException {
        Path file = tmp.resolve("some-file");
        Files.writeString(file, "not a folder");
        String sheet = Repo.fixtures().resolve("authoring/shili-county-sheet.yaml").toString();
        Path rules = tmp.resolve("x/rules");
        Cli refused = Cli.run("pack", "new", "shili-county", "--from", sheet, "--rules", rules.toString(), "--standards", file.toString());
        assertEquals(2, refused.status());
        assertEquals("quarterhour: cannot write " + file.resolve("shili-county/clauses.yaml") + ": " + file
                + " is a file, not a folder; nothing was written\n", refused.err());
        assertFalse(Files.exists(tmp.resolve("x")), "no half pack is left");

        Cli created = Cli.run("pack", "new", "shili-county", "--from", sheet, "--rules", rules.toString(),
                "--standards", tmp.resolve("x/standards").toString());
        assertEquals(0, created.status(), created.err());
        assertTrue(Files.isRegularFile(rules.resolve("shili-county/2026.01/manifest.yaml")));
    }

    @Test
    void a_sheet_that_is_not_there_is_named(@TempDir Path tmp) {
        Path missing = tmp.resolve("nonexist.yaml");
        Cli cli = Cli.run("pack", "new", "shili-county", "--from", missing.toString(), "--rules", tmp.resolve("rules").toString());
        assertEquals(2, cli.status());
        assertEquals(missing + ": no such file\n", cli.err());
        assertFalse(Files.exists(tmp.resolve("rules")));
    }

    @Test
    void a_sheet_that_is_not_utf8_says_so(@TempDir Path tmp) throws IOException {
        Path gbk = tmp.resolve("sheet.yaml");
        Files.write(gbk, Files.readString(Repo.fixtures().resolve("authoring/shili-county-sheet.yaml"))
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        Cli cli = Cli.run("pack", "new", "shili-county", "--from", gbk.toString(), "--rules", tmp.resolve("rules").toString());
        assertEquals(2, cli.status());
        assertEquals(gbk + ": not UTF-8 text; save the file as UTF-8\n", cli.err());
    }

    @Test
    void the_next_commands_carry_the_standards_folder_given_and_run_as_printed(@TempDir Path tmp) {
        Path rules = tmp.resolve("county rules");
        Path standards = tmp.resolve("bureau's standards");
        Cli created = Cli.run("pack", "new", "shili-county", "--from", Repo.fixtures().resolve("authoring/shili-county-sheet.yaml").toString(),
                "--rules", rules.toString(), "--standards", standards.toString());
        assertEquals(0, created.status(), created.err());
        String pack = "'" + rules.resolve("shili-county/2026.01") + "'";
        String std = "'" + standards.toString().replace("'", "'\\''") + "'";
        assertTrue(created.out().endsWith("then check and test the pack:\n"
                + "  quarterhour pack check " + pack + " --standards " + std + "\n"
                + "  quarterhour pack test " + pack + "\n"
                + "and, to release it:\n"
                + "  quarterhour pack seal " + pack + " --standards " + std + "\n"), created.out());
        // run as printed, with nothing else said: the repository's standards/ has no shili-county clauses
        List<String> next = created.out().lines().filter(l -> l.startsWith("  quarterhour ")).toList();
        assertEquals(3, next.size(), created.out());
        for (String line : next) {
            Cli run = Cli.run(shellWords(line.substring("  quarterhour ".length())).toArray(String[]::new));
            assertEquals(0, run.status(), line + "\n" + run.out() + run.err());
        }
        assertTrue(Files.isRegularFile(rules.resolve("shili-county/2026.01/seal.json")));
    }

    @Test
    void where_the_folders_come_from_the_environment_the_next_commands_need_no_option(@TempDir Path tmp) {
        Map<String, String> env = Map.of("QUARTERHOUR_RULES", tmp.resolve("rules").toString(), "QUARTERHOUR_STANDARDS", tmp.resolve("standards").toString());
        Cli created = Cli.run(env, "pack", "new", "shili-county", "--from", Repo.fixtures().resolve("authoring/shili-county-sheet.yaml").toString());
        assertEquals(0, created.status(), created.err());
        Path pack = tmp.resolve("rules/shili-county/2026.01");
        assertTrue(created.out().endsWith("  quarterhour pack check " + pack + "\n  quarterhour pack test " + pack + "\n"
                + "and, to release it:\n  quarterhour pack seal " + pack + "\n"), created.out());
    }

    @Test
    void a_path_in_a_next_command_is_quoted_only_where_the_shell_would_split_it() {
        assertEquals("rules/shili-x/2026.01", PackNewCommand.shellWord("rules/shili-x/2026.01"));
        assertEquals("规则/示例县", PackNewCommand.shellWord("规则/示例县"));
        assertEquals("'a b'", PackNewCommand.shellWord("a b"));
        assertEquals("'it'\\''s'", PackNewCommand.shellWord("it's"));
        assertEquals(List.of("a b", "it's", "x"), shellWords("'a b' 'it'\\''s' x"));
    }

    /** A line split as a POSIX shell splits it: on spaces, single-quoted parts kept whole, a backslash taking the next character. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == '\\' && !quoted && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
