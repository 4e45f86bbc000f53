package org.quarterhour.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.quarterhour.Engine;
import org.quarterhour.pack.PackException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code quarterhour}: scores communities against 15-minute living circle standards. {@link #run} returns the exit
 * status, so the whole command line is testable in-process; only {@link #main} exits.
 */
@Command(name = "quarterhour", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Main.Version.class,
        description = "Scores communities against 一刻钟便民生活圈 acceptance standards written as Drools rule packs.",
        subcommands = {ScoreCommand.class, ReportCommand.class, StandardsCommand.class, PackCommand.class, TemplateCommand.class,
                AuditCommand.class, ReplayCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int BAD_PACK = 3;
    public static final int NOT_REPRODUCED = 4;

    private Main() {
    }

    /** A pack that cannot be read, compiled or run while scoring or replaying: every problem under one heading. */
    static int badPack(PrintStream err, PackException e) {
        err.println("quarterhour: the rule pack cannot be used:");
        e.problems().forEach(p -> err.println("  " + p));
        return BAD_PACK;
    }

    /** Why an empty path is refused wherever one is taken: to Java it is the current folder. */
    static final String EMPTY_PATH = "an empty path; name a file or folder";

    /**
     * What went wrong with a file, in words: Java's file exceptions carry only the path, so a message made of
     * {@code getMessage()} said "cannot write X: X" and never why.
     */
    static String reason(IOException e) {
        String what;
        if (e instanceof NoSuchFileException) {
            what = "no such file or folder";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (e instanceof NotDirectoryException) {
            what = "not a folder";
        } else if (e instanceof FileSystemException f) {
            what = f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
        } else {
            return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        String file = ((FileSystemException) e).getFile();
        return file == null ? what : what + ": " + file;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: score, report, standards, pack, template, audit, replay (see --help)");
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(Context.fromEnvironment(System.getenv(), Clock.systemUTC()), out, err, args));
    }

    /** Runs one command line; returns its exit status. */
    public static int run(Context context, PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new Main(), new Factory(context, out, err));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        // an empty path is the current folder to Java: a script's unset variable (--ledger "$LEDGER") would write there
        cli.registerConverter(Path.class, value -> {
            if (value.isBlank()) {
                throw new CommandLine.TypeConversionException(EMPTY_PATH);
            }
            return Path.of(value);
        });
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : FAILED);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            err.println("quarterhour: " + e);
            if (context.debug() || hasDebug(args)) {
                e.printStackTrace(err);
            } else {
                err.println("(run again with --debug to see where)");
            }
            return FAILED;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("quarterhour: " + e.getMessage());
            err.println("see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }

    private static boolean hasDebug(String[] args) {
        for (String a : args) {
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Where the command reads its packs and writes its ledger, and what time it is: injected, never read globally. */
    public record Context(Path home, Map<String, String> env, Clock clock, boolean debug) {
        public static Context fromEnvironment(Map<String, String> env, Clock clock) {
            String home = System.getProperty("quarterhour.home", env.getOrDefault("QUARTERHOUR_HOME", "."));
            return new Context(Path.of(home).toAbsolutePath().normalize(), Map.copyOf(env), clock, false);
        }

        /** {@code --standards}, else QUARTERHOUR_STANDARDS, else the repository's standards/ (clauses per standard). */
        public Path standards(Path option) {
            if (option != null) {
                return option;
            }
            String fromEnv = env.get("QUARTERHOUR_STANDARDS");
            return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : home.resolve("standards");
        }

        /** Where compiled packs are kept between runs (QUARTERHOUR_CACHE, else the user's cache folder). */
        public org.quarterhour.eval.PackCache packCache() {
            return org.quarterhour.eval.PackCache.inUserCache(env);
        }

        /** {@code --rules}, else QUARTERHOUR_RULES, else the repository's rules/. */
        public Path rules(Path option) {
            if (option != null) {
                return option;
            }
            String fromEnv = env.get("QUARTERHOUR_RULES");
            return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : home.resolve("rules");
        }

        /** {@code --ledger}, else QUARTERHOUR_LEDGER, else ~/.quarterhour/ledger. */
        public Path ledger(Path option) {
            if (option != null) {
                return option;
            }
            String fromEnv = env.get("QUARTERHOUR_LEDGER");
            if (fromEnv != null && !fromEnv.isBlank()) {
                return Path.of(fromEnv);
            }
            String userHome = env.getOrDefault("HOME", System.getProperty("user.home"));
            return Path.of(userHome, ".quarterhour", "ledger");
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"quarterhour " + Engine.version()};
        }
    }

    /** Hands every command that takes them the same context and streams. */
    private record Factory(Context context, PrintStream out, PrintStream err) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                var constructor = cls.getDeclaredConstructor(Context.class, PrintStream.class, PrintStream.class);
                return constructor.newInstance(context, out, err);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
