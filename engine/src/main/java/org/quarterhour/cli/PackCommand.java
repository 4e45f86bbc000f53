package org.quarterhour.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.quarterhour.pack.Pack;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code quarterhour pack ...}: a bureau's authoring tools. */
@Command(name = "pack", description = "A bureau's tools for writing rule packs.", subcommands = {PackCheckCommand.class, PackTestCommand.class, PackSheetCommand.class, PackDiffCommand.class, PackNewCommand.class, PackSealCommand.class})
final class PackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a pack command: check, test, sheet, diff, new, seal (see 'quarterhour pack --help')");
    }

    /**
     * Why {@code dir} is not the pack folder {@code pack VERB} wants (a null verb: a command taking
     * several packs, told only which folder to name), or null where it may be one: a path that is not there or
     * is a file, a standard's folder (its versions named, and the command to run on one), a rules folder, or any
     * other folder without a manifest (the repository's root, a folder of inventories). A folder with a manifest is
     * left to the pack reader, which says what the pack lacks: that is a broken pack, not a wrong argument.
     */
    static String notAPackFolder(Path dir, String verb) {
        if (!Files.exists(dir)) {
            return "no such folder: " + dir;
        }
        if (!Files.isDirectory(dir)) {
            return dir + " is a file, not a pack folder (rules/<id>/<version>)";
        }
        if (Files.exists(dir.resolve(Pack.MANIFEST))) {
            return null;
        }
        List<Path> versions = packsBelow(dir);
        if (!versions.isEmpty()) {
            return dir + " holds versions: " + String.join(", ", versions.stream().map(v -> v.getFileName().toString()).toList())
                    + (verb == null ? "; name one, e.g. " + versions.get(versions.size() - 1)
                            : "; " + verb + " one: quarterhour pack " + verb + " " + versions.get(versions.size() - 1));
        }
        List<Path> packs = subfolders(dir).stream().flatMap(s -> packsBelow(s).stream()).toList();
        if (!packs.isEmpty()) {
            return dir + " is a rules folder, not a pack: name a version folder, e.g. "
                    + (verb == null ? "" : "quarterhour pack " + verb + " ") + packs.get(0);
        }
        return dir + " is not a pack folder (no " + Pack.MANIFEST + " in it)";
    }

    /** Why {@code --cases} names no folder of cases (not there, or a file), or null. */
    static String casesProblem(Path cases) {
        if (cases == null || Files.isDirectory(cases)) {
            return null;
        }
        return "--cases: " + (Files.exists(cases) ? cases + " is a file, not a folder of cases" : "no such folder: " + cases);
    }

    /** The folders directly in {@code dir} that hold a manifest, sorted. */
    private static List<Path> packsBelow(Path dir) {
        return subfolders(dir).stream().filter(v -> Files.isRegularFile(v.resolve(Pack.MANIFEST))).toList();
    }

    private static List<Path> subfolders(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
