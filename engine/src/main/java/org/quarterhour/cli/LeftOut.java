package org.quarterhour.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The standards a run across all of them ({@code --standard all}) left out for some inventories, because none of their
 * versions was in force on those inventories' inspection dates: said once per standard at the end of the run, not once
 * per file, and only for files the run took (a file refused after it was scored, e.g. one naming a community scored
 * already, is forgotten). Filled from every thread that scores.
 */
final class LeftOut {
    /** By standard id, the files it was left out for and their inspection dates, each in order. */
    private final Map<String, SortedMap<Path, LocalDate>> byStandard = new TreeMap<>();

    synchronized void add(String id, Path file, LocalDate date) {
        byStandard.computeIfAbsent(id, k -> new TreeMap<>()).put(file, date);
    }

    /** A file the run refused after all: it was not left out of anything, it was not taken. */
    synchronized void forget(Path file) {
        byStandard.values().forEach(files -> files.remove(file));
        byStandard.values().removeIf(Map::isEmpty);
    }

    /** One line per standard left out, in the order of their ids; {@code versions} says which versions a standard has. */
    synchronized List<String> notes(Function<String, String> versions) {
        List<String> notes = new ArrayList<>();
        byStandard.forEach((id, files) -> {
            LocalDate earliest = Collections.min(files.values());
            LocalDate latest = Collections.max(files.values());
            String dates = earliest.equals(latest) ? earliest.toString() : earliest + " to " + latest;
            notes.add(id + " is left out for " + (files.size() == 1 ? files.firstKey().toString() : files.size() + " files")
                    + ": none of its versions is in force on " + (files.size() == 1 ? "" : "their inspection dates, ") + dates
                    + "; versions: " + versions.apply(id));
        });
        return notes;
    }
}
