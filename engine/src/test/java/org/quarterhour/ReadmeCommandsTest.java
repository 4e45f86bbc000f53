package org.quarterhour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.cli.Cli;

/** Every {@code ./quarterhour} command the README shows runs and succeeds (outputs go to a temporary folder). */
class ReadmeCommandsTest {
    @Test
    void every_command_in_the_readme_runs(@TempDir Path dir) throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"));
        Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
        int run = 0;
        while (block.find()) {
            for (String written : block.group(1).split("\n")) {
                String line = written.replaceAll("\\s+#.*$", ""); // a shell comment after the command
                if (!line.startsWith("./quarterhour ") || line.startsWith("./quarterhour bench")) {
                    continue; // the benchmark is a separate program of the launcher, run by hand: timings are not tests
                }
                if (line.startsWith("./quarterhour audit ") || line.startsWith("./quarterhour replay ")) {
                    continue; // they need a ledger holding the example: AuditCommandTest runs them on one
                }
                List<String> args = new ArrayList<>();
                for (String shellWord : line.substring("./quarterhour ".length()).split(" ")) {
                    // quoted as a shell needs it ('met>=80%' is otherwise a redirect): the program gets it unquoted
                    String word = shellWord.length() > 1 && shellWord.startsWith("'") && shellWord.endsWith("'")
                            ? shellWord.substring(1, shellWord.length() - 1) : shellWord;
                    assertTrue(!word.contains(">") && !word.contains("<") && !word.contains("'") || !word.equals(shellWord),
                            "the README must quote what a shell would not pass as it is: " + shellWord);
                    if (word.startsWith("test-fixtures/")) {
                        args.add(Repo.root().resolve(word).toString());
                    } else if (word.endsWith(".html") || word.endsWith(".xlsx") || word.endsWith("/")) {
                        args.add(dir.resolve(word).toString());
                    } else {
                        args.add(word);
                    }
                }
                Cli cli = Cli.run(args.toArray(String[]::new));
                assertEquals(0, cli.status(), line + "\n" + cli.err());
                run++;
            }
        }
        assertTrue(run >= 4, "the score, map, batch and report commands: " + run);
        assertTrue(Files.readString(dir.resolve("map.html")).contains("<svg"));
        assertTrue(Files.exists(dir.resolve("verdicts/summary.json")));
    }
}
