package org.quarterhour.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.quarterhour.Repo;

/** Runs the command line in-process, as a user would type it, and keeps what it printed. */
public record Cli(int status, String out, String err) {
    public static Cli run(String... args) {
        return run(Map.of(), args);
    }

    public static Cli run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> environment = new HashMap<>(env);
        environment.putIfAbsent("QUARTERHOUR_CACHE", Repo.root().resolve("engine/target/test-cache").toString());
        Main.Context context = new Main.Context(Repo.root(), environment, Repo.CLOCK, false);
        int status = Main.run(context, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
