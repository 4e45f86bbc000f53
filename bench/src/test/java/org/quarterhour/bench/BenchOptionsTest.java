package org.quarterhour.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.ParameterException;

/** The bench's command line: what it takes, and what it refuses before minutes of work rather than after. */
class BenchOptionsTest {
    private static final PrintStream NOWHERE = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    @Test
    void the_readme_command_is_read_as_written() {
        Bench.Options o = Bench.parse(new String[] {"--communities", "6000", "--stream", "100000", "--also-java", "env",
                "--also-java", "/usr/bin/env"}, NOWHERE);
        assertEquals(6000, o.communities);
        assertEquals(100_000, o.stream);
        assertEquals(List.of("env", "/usr/bin/env"), o.alsoJava);
    }

    @Test
    void without_options_it_runs_the_defaults() {
        Bench.Options o = Bench.parse(new String[0], NOWHERE);
        assertEquals(10_000, o.communities);
        assertEquals(2_000, o.stream);
        assertTrue(o.alsoJava.isEmpty());
    }

    @Test
    void a_misspelt_option_is_refused_not_ignored() {
        ParameterException e = assertThrows(ParameterException.class, () -> Bench.parse(new String[] {"--communitie", "5"}, NOWHERE));
        assertTrue(e.getMessage().contains("'--communitie'"), e.getMessage());
    }

    @Test
    void counts_below_one_and_words_for_numbers_are_refused() {
        assertEquals("--communities: expected at least 1, found 0",
                assertThrows(ParameterException.class, () -> Bench.parse(new String[] {"--communities", "0"}, NOWHERE)).getMessage());
        assertEquals("--stream: expected at least 1, found -3",
                assertThrows(ParameterException.class, () -> Bench.parse(new String[] {"--stream", "-3"}, NOWHERE)).getMessage());
        assertTrue(assertThrows(ParameterException.class, () -> Bench.parse(new String[] {"--stream", "many"}, NOWHERE))
                .getMessage().contains("'many' is not an int"));
    }

    @Test
    void a_java_path_or_name_that_runs_nothing_is_refused() {
        for (String java : List.of("/no/such/jdk/bin/java", "/java", "no-such-java-on-the-path")) {
            assertEquals("--also-java: no java to run at " + java, assertThrows(ParameterException.class,
                    () -> Bench.parse(new String[] {"--also-java", java}, NOWHERE)).getMessage());
        }
    }

    @Test
    void help_is_printed_and_nothing_is_run() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertNull(Bench.parse(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("Usage: quarterhour bench"), help);
        assertTrue(help.contains("--also-java=JAVA"), help);
    }
}
