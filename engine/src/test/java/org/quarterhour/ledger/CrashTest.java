package org.quarterhour.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarterhour.Repo;
import org.quarterhour.json.Json;

/** Writers killed mid-append and writers running at once, in processes of their own. */
class CrashTest {
    private static Path verdictJson;
    private static final Path INVENTORY = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml");
    private static final Path PACK = Repo.rules().resolve("hangjin-banner/2023.12");

    private final Path dir = Ledgers.fresh();

    @BeforeAll
    static void recordOneVerdict() throws IOException {
        verdictJson = Files.createTempFile("quarterhour-verdict-", ".json");
        Files.writeString(verdictJson, Json.pretty(Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN).verdict()));
    }

    @AfterAll
    static void forget() throws IOException {
        Files.deleteIfExists(verdictJson);
    }

    @AfterEach
    void clean() {
        Ledgers.delete(dir);
    }

    static Process java(String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dquarterhour.home=" + Repo.root(),
                "-cp", System.getProperty("java.class.path"), main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private Process writer(int count, String... stop) throws IOException {
        List<String> args = new ArrayList<>(List.of(dir.toString(), verdictJson.toString(), INVENTORY.toString(), PACK.toString(),
                String.valueOf(count)));
        args.addAll(List.of(stop));
        return java(LedgerWriter.class.getName(), args.toArray(String[]::new));
    }

    private static int exit(Process p) throws InterruptedException {
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the writer did not finish");
        return p.exitValue();
    }

    private Ledger.Scored example() {
        return Ledgers.scored(Ledgers.example(), Ledgers.HANGJIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staged", "objects", "entry", "head"})
    void a_writer_killed_at_any_step_leaves_a_ledger_intact_to_its_last_complete_entry_that_the_next_append_repairs(String step)
            throws Exception {
        assertEquals(LedgerWriter.HALTED, exit(writer(3, step, "2")));
        Ledger ledger = Ledger.at(dir);
        Verification v = ledger.verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        boolean entryWritten = step.equals("entry") || step.equals("head");
        assertEquals(entryWritten ? 3 : 2, ledger.entries().size());
        assertEquals(step.equals("head") ? 3 : 2, v.entries(), "entries HEAD covers");
        assertEquals(!step.equals("head"), !v.notes().isEmpty(), Ledgers.findings(v));
        ledger.append(List.of(example()));
        v = ledger.verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(List.of(), v.notes(), "the append cleared what the killed writer left");
        assertEquals(entryWritten ? 4 : 3, v.entries());
        assertEquals(v.entries(), ledger.entries().size());
    }

    @Test
    void writers_killed_at_random_moments_never_leave_a_ledger_that_fails_to_verify() throws Exception {
        Random random = new Random(20261121);
        for (int round = 0; round < 4; round++) {
            int before = entryFiles();
            Process p = writer(100000);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (entryFiles() < before + 3 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(5);
            }
            Thread.sleep(random.nextInt(40));
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            Verification v = Ledger.at(dir).verify();
            assertTrue(v.intact(), "round " + round + ": " + Ledgers.findings(v));
            assertTrue(entryFiles() > before, "the writer appended before it was killed");
        }
        Ledger.at(dir).append(List.of(example()));
        Verification v = Ledger.at(dir).verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(List.of(), v.notes());
    }

    private int entryFiles() throws IOException {
        Path entries = dir.resolve(Ledger.ENTRIES);
        if (!Files.isDirectory(entries)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(entries)) {
            return (int) s.count();
        }
    }

    @Test
    void two_writer_processes_at_once_both_land_with_a_valid_chain() throws Exception {
        Process a = writer(25);
        Process b = writer(25);
        assertEquals(0, exit(a));
        assertEquals(0, exit(b));
        Verification v = Ledger.at(dir).verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(List.of(), v.notes());
        assertEquals(50, v.entries());
    }

    @Test
    void writer_threads_at_once_both_land_with_a_valid_chain() throws Exception {
        Ledger.Scored s = example();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 10; i++) {
                        Ledger.at(dir).append(List.of(s));
                    }
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
        Verification v = Ledger.at(dir).verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(40, v.entries());
    }

    @Test
    void two_score_commands_at_once_both_record_their_verdict() throws Exception {
        String[] score = {"score", INVENTORY.toString(), "--standard", "hangjin-banner", "--format", "json", "--ledger", dir.toString()};
        Process a = java("org.quarterhour.cli.Main", score);
        Process b = java("org.quarterhour.cli.Main", score);
        assertEquals(0, exit(a));
        assertEquals(0, exit(b));
        Verification v = Ledger.at(dir).verify();
        assertTrue(v.intact(), Ledgers.findings(v));
        assertEquals(2, v.entries());
        assertFalse(Ledger.at(dir).entries().get(0).verdictId().isEmpty());
    }
}
