package org.quarterhour.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quarterhour.Repo;
import org.quarterhour.cli.Cli;
import org.quarterhour.facts.Community;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;

/** A pack cannot reach outside: the lint refuses it at check and load, and the sandbox stops what a lint would miss. */
class SandboxTest {
    private static final Path PACKS = Repo.fixtures().resolve("packs");
    private static final Path EXAMPLE = Repo.fixtures().resolve("inventories/xini-tuanjie.yaml");

    static Stream<Arguments> forbidden() {
        return Stream.of(
                Arguments.of("forbidden-process-exec/exec/1.0", "items.drl:12:5: rule \"B01 便利店\": 'Runtime' is not a type a pack may use", "/tmp/quarterhour-pwned-exec"),
                Arguments.of("forbidden-file-write/filewrite/1.0", "items.drl:12:5: rule \"B01 便利店\": 'java.nio.file.Files' is outside what a pack may use", "/tmp/quarterhour-pwned-file"),
                Arguments.of("forbidden-reflection/reflection/1.0", "items.drl:11:11: rule \"B01 便利店\": 'getClass' is not allowed in a pack", null),
                Arguments.of("forbidden-system-exit/sysexit/1.0", "items.drl:8:5: 'System' is not a type a pack may use", null),
                Arguments.of("forbidden-network/network/1.0", "items.drl:7:8: 'java.net.Socket' is outside what a pack may use", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void the_lint_refuses_the_pack_when_it_is_loaded(String pack, String message, String marker) throws Exception {
        PackException e = assertThrows(PackException.class, () -> PackCompiler.compile(PackReader.read(PACKS.resolve(pack))));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void scoring_with_the_pack_exits_3_and_nothing_escapes(String pack, String message, String marker) throws Exception {
        if (marker != null) {
            Files.deleteIfExists(Path.of(marker));
        }
        Path dir = PACKS.resolve(pack);
        Cli cli = Cli.run("score", EXAMPLE.toString(), "--rules", dir.getParent().getParent().toString(),
                "--standard", dir.getParent().getFileName() + "@1.0");
        assertEquals(3, cli.status(), cli.err());
        assertTrue(cli.err().contains(message), cli.err());
        if (marker != null) {
            assertFalse(Files.exists(Path.of(marker)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void without_the_lint_the_sandbox_still_stops_it(String pack, String message, String marker) throws Exception {
        assertStoppedBySandbox(pack, marker, PackCompiler::buildUnlinted, 1);
    }

    /** The executable model as the cache holds it — built, stored, then loaded from the stored bytes — is sandboxed too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forbidden")
    void without_the_lint_the_cached_executable_model_is_stopped_too(String pack, String message, String marker) throws Exception {
        PackCache cache = new PackCache(Files.createTempDirectory("quarterhour-sandbox-cache-"));
        // the first run builds and stores the model, the second loads the stored one
        assertStoppedBySandbox(pack, marker, p -> PackCompiler.modelUnlinted(p, cache), 2);
    }

    /** How a test compiles a pack without the lint. */
    interface Build {
        CompiledPack build(Pack pack) throws PackException;
    }

    /** Compiling and running the pack {@code times} times fails each time in the sandbox's words, and reaches nothing. */
    private static void assertStoppedBySandbox(String pack, String marker, Build build, int times) throws Exception {
        if (marker != null) {
            Files.deleteIfExists(Path.of(marker));
        }
        Pack p = PackReader.read(PACKS.resolve(pack));
        Inventory inventory = Repo.inventories().read(EXAMPLE, "example");
        for (int i = 0; i < times; i++) {
            PackException e = assertThrows(PackException.class, () -> Evaluator.run(build.build(p),
                    Community.of(inventory, Repo.engine().vocabulary(), 1200, new BigDecimal("1.3"))));
            assertTrue(e.getMessage().contains("is outside what packs may reach") || e.getMessage().contains("Error importing"),
                    e.getMessage());
        }
        if (marker != null) {
            assertFalse(Files.exists(Path.of(marker)), "the sandbox let the pack reach " + marker);
        }
    }

    @Test
    void a_loop_is_refused_before_it_can_hang() {
        PackException e = assertThrows(PackException.class,
                () -> PackCompiler.compile(PackReader.read(PACKS.resolve("loops-forever/loop/1.0"))));
        assertTrue(e.getMessage().contains("items.drl:12:5: rule \"B01 便利店\": loops ('while') are not allowed in a pack"), e.getMessage());
    }

    @Test
    void rules_that_keep_firing_are_stopped_and_the_verdict_refused() {
        Cli cli = Cli.run("score", EXAMPLE.toString(), "--rules", PACKS.resolve("keeps-firing").toString(), "--standard", "spin@1.0");
        assertEquals(3, cli.status(), cli.err());
        assertTrue(cli.err().contains("rules kept firing past 10000 firings"), cli.err());
    }

    @Test
    void the_shipped_packs_pass_the_lint() {
        for (Path manifest : Repo.files(Repo.rules(), "*/*/manifest.yaml")) {
            Pack pack = assertDoesNotThrowPack(manifest.getParent());
            assertEquals(java.util.List.of(), PackLint.lint(pack), manifest.toString());
        }
    }

    private static Pack assertDoesNotThrowPack(Path dir) {
        try {
            return PackReader.read(dir);
        } catch (PackException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
