package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

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
    void a_checklist_sheet_shows_met_instead_of_points() {
        Cli cli = Cli.run("pack", "sheet", "chuzhou@2024.02");
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("met?"), cli.out());
    }
}
