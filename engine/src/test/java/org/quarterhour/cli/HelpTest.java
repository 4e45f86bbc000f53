package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers {@code --help} with its usage, as every message that ends "see '... --help'" promises. */
class HelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"score", "report", "standards", "template", "replay", "pack", "pack check", "pack test", "pack diff",
            "pack seal", "pack sheet", "pack new", "audit", "audit verify", "audit log"})
    void every_command_prints_its_usage_and_exits_0(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("Usage: quarterhour " + command), cli.out());
        assertTrue(cli.out().contains("-h, --help"), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void a_wrong_option_points_to_a_help_that_works() {
        Cli wrong = Cli.run("score", "--no-such-option");
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().contains("see 'quarterhour score --help'"), wrong.err());
        Cli help = Cli.run("score", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--standard=ID[@VERSION]"), help.out());
        assertTrue(help.out().contains("(e.g. pass>=80%); repeatable"), "a % in a description is printed as it is: " + help.out());
        assertEquals("", help.err(), "picocli warns on stderr about a description it cannot format");
    }
}
