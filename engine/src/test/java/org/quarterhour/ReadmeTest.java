package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quarterhour.cli.Cli;

/** The README's first command and the output it shows are run, so the README never goes stale. */
class ReadmeTest {
    @Test
    void the_first_command_prints_the_output_the_readme_shows() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        Matcher command = Pattern.compile("```sh\n\\./quarterhour (.*)\n```").matcher(readme);
        assertTrue(command.find(), "the README opens with a ./quarterhour command");
        Matcher shown = Pattern.compile("<!-- example-output -->\n```text\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(shown.find(), "the README shows the example's output");
        String[] args = command.group(1).split(" ");
        for (int i = 0; i < args.length; i++) {
            if (args[i].endsWith(".yaml")) {
                args[i] = Repo.root().resolve(args[i]).toString();
            }
        }
        Cli cli = Cli.run(args);
        assertEquals(0, cli.status(), cli.err());
        assertEquals(shown.group(1), cli.out());
    }

    @Test
    void the_second_command_is_what_ci_runs() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        Matcher second = Pattern.compile("```sh\n(mvn [^\n]*)\n```").matcher(readme);
        assertTrue(second.find());
        assertTrue(Files.readString(Repo.root().resolve(".ci/run")).contains("\n" + second.group(1) + "\n"));
    }
}
