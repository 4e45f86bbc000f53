package org.quarterhour.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.quarterhour.Repo;

/**
 * Runs the command line in-process, as a user would type it, and keeps what it printed. Unless a test names its own,
 * the ledger is a temporary folder for this test run, so that tests never write to ~/.quarterhour.
 */
public record Cli(int status, String out, String err) {
    private static final Path LEDGER = temporaryLedger();

    public static Cli run(String... args) {
        return run(Map.of(), args);
    }

    public static Cli run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = new HashMap<>(env);
        environment.putIfAbsent("QUARTERHOUR_CACHE", Repo.root().resolve("engine/target/test-cache").toString());
        environment.putIfAbsent("QUARTERHOUR_LEDGER", LEDGER.toString());
        Main.Context context = new Main.Context(Repo.root(), environment, Repo.CLOCK, false);
        int status = Main.run(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The ledger tests write to when they name none. */
    public static Path sharedLedger() {
        return LEDGER;
    }

    private static Path temporaryLedger() {
        try {
            Path dir = Files.createTempDirectory("quarterhour-test-ledger-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is no failure
        }
    }
}
