package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;

/**
 * A bureau's walk from nothing to a sealed pack, exactly as rules/README.md tells it: every {@code ./quarterhour}
 * command of the guide is run in order (with the rules and standards folders in a temporary place), and the one
 * step the guide does by hand — copying a version folder to make the next — is done here as the guide says.
 */
class AuthoringWalkthroughTest {
    @Test
    void a_bureau_goes_from_a_sheet_to_a_sealed_pack_that_scores_and_then_to_a_new_version(@TempDir Path tmp) throws IOException {
        Path rules = tmp.resolve("rules");
        Path standards = tmp.resolve("standards");
        Map<String, String> env = Map.of("QUARTERHOUR_RULES", rules.toString(), "QUARTERHOUR_STANDARDS", standards.toString());
        List<String[]> commands = guideCommands(rules);
        assertEquals(7, commands.size(), "the guide's commands: new, check, test, score, seal, diff (and the sheet)");

        Cli created = Cli.run(env, commands.get(0));
        assertEquals(0, created.status(), created.err());
        Path pack = rules.resolve("shili-county/2026.01");
        assertTrue(Files.isRegularFile(pack.resolve("items.drl")));
        assertTrue(Files.isRegularFile(standards.resolve("shili-county/clauses.yaml")));

        Cli check = Cli.run(env, commands.get(1));
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().startsWith("pack check passed: shili-county@2026.01, 3 items, 2 categories, 2 outcomes, 4 clauses, draft"), check.out());

        Cli test = Cli.run(env, commands.get(2));
        assertEquals(0, test.status(), test.out());
        assertTrue(test.out().contains("item coverage: 100% of 6 item outcomes"), test.out());
        assertTrue(test.out().contains("4 passed, 0 failed"), test.out());

        Cli score = Cli.run(env, commands.get(3));
        assertEquals(0, score.status(), score.err());
        assertTrue(score.out().contains("基本保障类业态              9.0 / 10     minimum 10  NOT MET"), score.out());
        assertTrue(score.out().contains("total                      12.8 / 15"), score.out());
        assertTrue(score.out().contains("outcome: 不合格 (fail)"), score.out());

        Cli seal = Cli.run(env, commands.get(4));
        assertEquals(0, seal.status(), seal.err());
        assertTrue(Files.isRegularFile(pack.resolve("seal.json")));
        assertTrue(Cli.run(env, "standards").out().contains("shili-county@2026.01  示例县一刻钟便民生活圈建设验收评分表  示例县商务局  in force 2026-01-01 ..   sealed"));
        assertEquals(2, Cli.run(env, commands.get(4)).status(), "a sealed pack is not sealed again (a wrong request, not a broken pack)");

        // step 8, by hand: copy to a new version folder, drop the seal, set version and in_force, change an item
        Path next = rules.resolve("shili-county/2027.01");
        Repo.copyTree(pack, next);
        Files.delete(next.resolve("seal.json"));
        Files.writeString(next.resolve("manifest.yaml"), Files.readString(next.resolve("manifest.yaml"))
                .replace("version: \"2026.01\"", "version: \"2027.01\"").replace("from: 2026-01-01", "from: 2027-01-01")
                .replace("minimum: 10", "minimum: 8"));
        for (Path c : Repo.files(next.resolve("tests"), "*.yaml")) {
            Files.writeString(c, Files.readString(c).replace("shili-county@2026.01", "shili-county@2027.01"));
        }
        assertEquals(0, Cli.run(env, "pack", "check", next.toString()).status());
        Cli diff = Cli.run(env, commands.get(5));
        assertEquals(0, diff.status(), diff.err());
        assertTrue(diff.out().contains("minimum: 基本保障类业态 10 -> 8"), diff.out());

        Cli sheet = Cli.run(env, commands.get(6));
        assertEquals(0, sheet.status(), sheet.err());

        // the sealed pack refuses to load once a file changes
        Files.writeString(pack.resolve("items.drl"), Files.readString(pack.resolve("items.drl")) + "\n// edited\n");
        Cli refused = Cli.run(env, "score", commands.get(3)[1], "--standard", "shili-county@2026.01");
        assertEquals(3, refused.status());
        assertTrue(refused.err().contains(pack.resolve("items.drl") + ": sealed pack shili-county@2026.01: items.drl has changed since it was sealed;"
                + " a sealed pack cannot change: put changes in a new version folder\n"), refused.err());
        Files.writeString(pack.resolve("notes:v2.txt"), "a file added to a sealed pack, with a colon in its name\n");
        Cli added = Cli.run(env, "score", commands.get(3)[1], "--standard", "shili-county@2026.01");
        assertTrue(added.err().contains(pack.resolve("notes:v2.txt") + ": sealed pack shili-county@2026.01: notes:v2.txt was not there when it was sealed:"
                + " it was added since; a sealed pack cannot change: put changes in a new version folder\n"),
                added.err());
        assertEquals(3, Cli.run(env, "standards").status());
    }

    /** The guide's ./quarterhour commands, in order, with rules/ paths moved to the temporary rules folder. */
    private static List<String[]> guideCommands(Path rules) throws IOException {
        String guide = Files.readString(Repo.rules().resolve("README.md"));
        Matcher m = Pattern.compile("```sh\n\\./quarterhour ([^\n]*)\n```").matcher(guide);
        List<String[]> commands = new ArrayList<>();
        while (m.find()) {
            String[] args = m.group(1).split(" ");
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("rules/")) {
                    args[i] = rules.resolve(args[i].substring("rules/".length())).toString();
                } else if (args[i].startsWith("test-fixtures/")) {
                    args[i] = Repo.root().resolve(args[i]).toString();
                }
            }
            commands.add(args);
        }
        commands.add(new String[] {"pack", "sheet", "shili-county@2027.01", "--format", "md"});
        return commands;
    }
}
