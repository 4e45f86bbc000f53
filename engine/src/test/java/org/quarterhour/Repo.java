package org.quarterhour;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.tester.TestCaseReader;

/** The repository the tests run in: its rules, fixtures and one shared engine (packs compile once per run). */
public final class Repo {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private static final Engine ENGINE = new Engine(Vocabulary.bundled(), CLOCK);

    private Repo() {
    }

    public static Path root() {
        return Path.of(System.getProperty("quarterhour.repo", "..")).toAbsolutePath().normalize();
    }

    public static Path fixtures() {
        return root().resolve("test-fixtures");
    }

    public static Path rules() {
        return root().resolve("rules");
    }

    public static Engine engine() {
        return ENGINE;
    }

    public static InventoryReader inventories() {
        return new InventoryReader(Vocabulary.bundled());
    }

    public static TestCaseReader cases() {
        return new TestCaseReader(inventories());
    }

    public static Pack pack(String ref) {
        try {
            return PackReader.read(new PackRepository(rules()).locate(ref, LocalDate.of(2026, 1, 1)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Path> files(Path dir, String glob) {
        try (Stream<Path> s = Files.walk(dir)) {
            var matcher = dir.getFileSystem().getPathMatcher("glob:" + glob);
            return s.filter(Files::isRegularFile).filter(p -> matcher.matches(dir.relativize(p))).sorted().toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a folder and everything in it to {@code to} (made, with its parents); returns {@code to}. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            return to;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
