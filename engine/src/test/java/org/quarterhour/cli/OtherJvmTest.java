package org.quarterhour.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarterhour.Repo;

/**
 * The launcher may run the engine on another JVM than the one the tests run on: a JDK of 25 or later installed beside
 * the PATH's java, for its AOT cache. Every JVM it may pick here, the tests' own among them, must write the verdicts
 * the tests check, byte for byte but for the time each was recorded (StrictMath and BigDecimal make that so).
 */
class OtherJvmTest {
    private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([0-9]+)[^\"]*\"$");
    private static final List<String> STANDARDS = List.of("--standard", "hangjin-banner@2023.12", "--standard", "shenzhen@2023.09");

    /** The tests' JDK, and every JDK of 25 or later beside it or in /usr/lib/jvm, as the launcher looks for them. */
    private static List<Path> jvms() throws IOException {
        Path own = Path.of(System.getProperty("java.home")).toRealPath();
        Set<Path> homes = new LinkedHashSet<>(List.of(own));
        for (Path dir : List.of(own.getParent(), Path.of("/usr/lib/jvm"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> list = Files.list(dir)) {
                for (Path home : list.sorted().toList()) {
                    if (major(home) >= 25 && Files.isExecutable(home.resolve("bin/java"))) {
                        homes.add(home.toRealPath());
                    }
                }
            }
        }
        return new ArrayList<>(homes);
    }

    private static int major(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException e) {
            return 0; // not a JDK
        }
    }

    @Test
    void every_jvm_the_launcher_may_pick_writes_the_same_verdicts(@TempDir Path dir) throws Exception {
        Path inventories = Repo.fixtures().resolve("inventories");
        Path expected = dir.resolve("in-process");
        List<String> score = new ArrayList<>(List.of("score", inventories.toString(), "--no-ledger", "--out"));
        List<String> args = new ArrayList<>(score);
        args.add(expected.toString());
        args.addAll(STANDARDS);
        Cli cli = Cli.run(args.toArray(String[]::new));
        assertEquals(0, cli.status(), cli.err());
        List<Path> written = verdicts(expected);
        assertFalse(written.isEmpty());
        for (Path home : jvms()) {
            Path out = dir.resolve("on-" + home.getFileName());
            List<String> command = new ArrayList<>(List.of(home.resolve("bin/java").toString()));
            if (major(home) >= 24) {
                command.add("--sun-misc-unsafe-memory-access=allow");
            }
            command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dquarterhour.home=" + Repo.root(),
                    "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            command.addAll(score);
            command.add(out.toString());
            command.addAll(STANDARDS);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(home.getFileName() + ".log").toFile());
            pb.environment().put("QUARTERHOUR_CACHE", dir.resolve("cache-" + home.getFileName()).toString());
            int status = pb.start().waitFor();
            assertEquals(0, status, home + ": " + Files.readString(dir.resolve(home.getFileName() + ".log")));
            assertEquals(written.stream().map(p -> p.getFileName().toString()).toList(),
                    verdicts(out).stream().map(p -> p.getFileName().toString()).toList(), home.toString());
            for (Path file : written) {
                assertEquals(withoutRecordedAt(file), withoutRecordedAt(out.resolve(file.getFileName())), home + ": " + file.getFileName());
            }
        }
    }

    private static List<Path> verdicts(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String withoutRecordedAt(Path file) throws IOException {
        return Files.readString(file).replaceAll("(?m)^\\s*\"recorded_at\" : \"[^\"]*\",?\\n", "");
    }
}
