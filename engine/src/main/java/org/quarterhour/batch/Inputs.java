package org.quarterhour.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The inventories named on a command line: files as given, folders searched (recursively) for *.yaml and *.yml. */
public final class Inputs {
    private Inputs() {
    }

    /**
     * The files to read, in a stable order: each argument in turn, a folder's files sorted by path. A folder (or one
     * below it) that cannot be read fails the whole list, naming it.
     */
    public static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::isYaml).sorted().forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause(); // a folder below that cannot be read: the walk's own exception, with its path
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The YAML files directly in a folder (not below it), sorted; none where the folder is missing or unreadable. */
    public static List<Path> yamlIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).filter(Inputs::isYaml).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether any argument is a folder (which makes the run a batch). */
    public static boolean anyFolder(List<Path> arguments) {
        return arguments.stream().anyMatch(Files::isDirectory);
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
