package org.quarterhour.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarterhour.Engine;
import org.quarterhour.Standards;
import org.quarterhour.authoring.PackDiff;
import org.quarterhour.batch.Inputs;
import org.quarterhour.inventory.CanonicalInventory;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryFiles;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.inventory.Vocabulary;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.pack.PackReader;
import org.quarterhour.pack.PackRepository;
import org.quarterhour.tester.TestCaseReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code quarterhour pack diff A B}: what changed between two versions of a standard, and which communities change
 * outcome. The communities are the inventories of both packs' cases, of test-fixtures/ID/cases, and of --inventories
 * (files, or folders of them), each checked before anything is read.
 */
@Command(name = "diff", description = "Shows what changed between two pack versions (items, weights, item rules, minimums, bands, radius) and re-scores communities under both.")
final class PackDiffCommand implements Callable<Integer> {
    private final Main.Context context;
    private final PrintStream out;
    private final PrintStream err;

    @Parameters(index = "0", paramLabel = "A", description = "the older pack: ID@VERSION or a pack folder")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "the newer pack: ID@VERSION or a pack folder")
    String b;

    @Option(names = "--inventories", paramLabel = "PATH",
            description = "also re-score this inventory file (YAML or .xlsx), or every inventory (*.yaml, *.yml) directly in this folder; repeatable")
    List<Path> inventories = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "the rules folder")
    Path rules;

    PackDiffCommand(Main.Context context, PrintStream out, PrintStream err) {
        this.context = context;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        for (String[] arg : new String[][] {{"A", a}, {"B", b}}) {
            if (arg[1].isBlank()) { // Java takes "" for the current folder: an unset variable would diff whatever is there
                err.println("quarterhour: " + arg[0] + " is an empty path; name ID@VERSION or a pack folder");
                return Main.BAD_INPUT;
            }
        }
        List<Path> extra = new ArrayList<>();
        for (Path p : inventories) {
            String problem = addInventories(p, extra);
            if (problem != null) {
                err.println("quarterhour: --inventories: " + problem);
                return Main.BAD_INPUT;
            }
        }
        Engine engine = new Engine(Vocabulary.bundled(), context.clock());
        Standards standards = new Standards(new PackRepository(context.rules(rules)));
        Pack packA;
        Pack packB;
        Map<String, Inventory> communities;
        try {
            packA = resolve(a, standards);
            packB = resolve(b, standards);
            communities = communities(engine, packA, packB, extra);
        } catch (PackRepository.NoSuchPackException e) {
            err.println("quarterhour: " + e.naming(null));
            return Main.BAD_INPUT;
        } catch (InvalidInputException e) {
            e.problems().forEach(err::println);
            return Main.BAD_INPUT;
        } catch (PackException e) {
            e.problems().forEach(err::println);
            return Main.BAD_PACK;
        }
        PackDiff.Result result;
        try {
            result = new PackDiff(engine).diff(packA, packB, communities);
        } catch (PackException e) {
            e.problems().forEach(err::println);
            return Main.BAD_PACK;
        }
        out.println(result.a() + " -> " + result.b());
        if (result.changes().isEmpty()) {
            out.println("  no change to items, categories, outcomes or parameters");
        }
        result.changes().forEach(c -> out.println("  " + c));
        out.println();
        out.println("re-scored " + result.rescored().size() + " communities under both:");
        long changed = 0;
        for (PackDiff.Rescore r : result.rescored()) {
            changed += r.changesOutcome() ? 1 : 0;
            out.println("  " + (r.changesOutcome() ? "CHANGES " : "same    ") + r.community() + "  " + r.outcomeA() + total(r.totalA())
                    + " -> " + r.outcomeB() + total(r.totalB()) + "  (" + r.source() + ")");
        }
        out.println(changed + " of " + result.rescored().size() + " communities change outcome");
        return Main.OK;
    }

    private static String total(BigDecimal t) {
        return t == null ? "" : " " + t.toPlainString();
    }

    private Pack resolve(String ref, Standards standards) throws PackRepository.NoSuchPackException, PackException {
        Path dir = Path.of(ref);
        if (Files.exists(dir) || ref.contains("/") || ref.contains(java.io.File.separator)) {
            String notAPack = PackCommand.notAPackFolder(dir, null);
            if (notAPack != null) {
                throw new PackRepository.NoSuchPackException(notAPack);
            }
            return PackReader.read(dir);
        }
        return standards.pack(ref, LocalDate.now(context.clock()));
    }

    /**
     * The inventory files a {@code --inventories} path names, added to {@code files}; or why it names none: a path
     * that is not there, or a folder without inventories, is a wrong argument, not an empty comparison.
     */
    private static String addInventories(Path path, List<Path> files) {
        if (Files.isRegularFile(path)) {
            files.add(path);
            return null;
        }
        if (!Files.isDirectory(path)) {
            return (Files.exists(path) ? "not a file or folder: " : "no such file or folder: ") + path;
        }
        List<Path> found = Inputs.yamlIn(path);
        if (found.isEmpty()) {
            return "no inventories (*.yaml, *.yml) in " + path;
        }
        files.addAll(found);
        return null;
    }

    /** Each distinct inventory once (by its canonical hash), named by the file it came from. */
    private Map<String, Inventory> communities(Engine engine, Pack a, Pack b, List<Path> extra) throws InvalidInputException {
        InventoryReader reader = new InventoryReader(engine.vocabulary());
        InventoryFiles files = new InventoryFiles(engine.vocabulary());
        TestCaseReader cases = new TestCaseReader(reader);
        Map<String, Inventory> byHash = new LinkedHashMap<>();
        Map<String, Inventory> named = new LinkedHashMap<>();
        List<Path> caseFiles = new ArrayList<>();
        for (Pack p : List.of(a, b)) {
            caseFiles.addAll(Inputs.yamlIn(Path.of(p.location()).resolve("tests")));
        }
        caseFiles.addAll(Inputs.yamlIn(context.home().resolve("test-fixtures").resolve(a.manifest().id()).resolve("cases")));
        for (Path f : caseFiles) {
            add(byHash, named, f, cases.read(f).inventory());
        }
        for (Path f : extra) {
            add(byHash, named, f, files.read(f, f.toString()));
        }
        return named;
    }

    private static void add(Map<String, Inventory> byHash, Map<String, Inventory> named, Path file, Inventory inventory) {
        String hash = CanonicalInventory.sha256(inventory);
        if (byHash.putIfAbsent(hash, inventory) == null) {
            named.put(file.getFileName().toString(), inventory);
        }
    }

}
