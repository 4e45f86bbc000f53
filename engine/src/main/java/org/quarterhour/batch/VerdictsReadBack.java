package org.quarterhour.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quarterhour.json.Json;

/**
 * Verdict files read back into a roll-up one at a time, so that memory does not grow with them: every verdict of a
 * folder for {@code report DIR}, and for a batch those that earlier runs left in its folder — read the same way, so
 * that a batch's summary.json is the roll-up {@code report DIR} rebuilds.
 */
final class VerdictsReadBack {
    private VerdictsReadBack() {
    }

    /** Adds one verdict file; {@link IllegalArgumentException} where it is not a verdict, {@link IOException} unreadable. */
    static void add(Rollup rollup, Path file, Batch.ManifestLookup manifests) throws IOException {
        JsonNode tree = Json.mapper().readTree(file.toFile());
        JsonNode standard = tree.path("standard");
        rollup.add(tree, manifests.find(standard.path("id").asText(), standard.path("version").asText()));
    }

    /** Why a file was not rolled up, in one line: the file, then the first line of the reason. */
    static String why(Path file, Exception e) {
        return file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse(""));
    }

    /**
     * The verdict files of {@code dir} ({@link VerdictFiles#in}) whose name {@code thisRun} did not write, sorted by
     * name. Only those are held, so a folder the run filled itself costs no memory however many files it has.
     */
    private static List<Path> earlier(Path dir, Written thisRun) throws IOException {
        List<Path> earlier = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path file : all) {
                String name = file.getFileName().toString();
                if (VerdictFiles.isVerdictFile(file) && !thisRun.contains(name.substring(0, name.length() - ".json".length()))) {
                    earlier.add(file);
                }
            }
        }
        earlier.sort(null);
        return earlier;
    }

    /**
     * Adds to a batch's roll-up the verdict files of {@code out} that the run did not write (earlier runs'), read back
     * one at a time as {@link Batch#report} reads them, so that summary.json covers the folder whichever command wrote it.
     * A *.json file there that is not a verdict is left out, the listener told; it is not an input of the run, so it
     * is not counted as refused. Returns how many were added.
     */
    static int addEarlier(Rollup rollup, Path out, Written wrote, Batch.ManifestLookup manifests, Batch.Listener listener)
            throws IOException {
        int added = 0;
        for (Path file : earlier(out, wrote)) {
            try {
                add(rollup, file, manifests);
                added++;
            } catch (IOException | IllegalArgumentException e) {
                listener.noted(out, List.of("quarterhour: warning: " + why(file, e) + "; left out of "
                        + VerdictFiles.SUMMARY));
            }
        }
        return added;
    }
}
