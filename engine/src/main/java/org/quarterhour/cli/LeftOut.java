package org.quarterhour.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The standards a run across all of them ({@code --standard all}) left out for some inventories, because none of their
 * versions was in force on those inventories' inspection dates: said once per standard at the end of the run, not once
 * per file. Filled from every thread that scores.
 */
final class LeftOut {
    /** The files one standard was left out for: how many, the first of them, and the span of their dates. */
    private record Inspected(int count, Path first, LocalDate earliest, LocalDate latest) {
        Inspected and(LocalDate date) {
            return new Inspected(count + 1, first, date.isBefore(earliest) ? date : earliest, date.isAfter(latest) ? date : latest);
        }
    }

    private final Map<String, Inspected> byStandard = new TreeMap<>();

    synchronized void add(String id, Path file, LocalDate date) {
        byStandard.merge(id, new Inspected(1, file, date, date), (was, one) -> was.and(date));
    }

    /** One line per standard left out, in the order of their ids; {@code versions} says which versions a standard has. */
    synchronized List<String> notes(Function<String, String> versions) {
        List<String> notes = new ArrayList<>();
        byStandard.forEach((id, files) -> {
            String dates = files.earliest().equals(files.latest()) ? files.earliest().toString()
                    : files.earliest() + " to " + files.latest();
            notes.add(id + " is left out for " + (files.count() == 1 ? files.first().toString() : files.count() + " files")
                    + ": none of its versions is in force on " + (files.count() == 1 ? "" : "their inspection dates, ") + dates
                    + "; versions: " + versions.apply(id));
        });
        return notes;
    }
}
