package org.quarterhour.inventory;

import java.util.Comparator;

/**
 * One thing wrong with an input file, at a place: printed as {@code file:line:col: path: message}.
 * Line and column count from 1; 0 means the place is the whole file.
 */
public record Problem(String file, int line, int column, String path, String message) implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::path)
            .thenComparing(Problem::message);

    public Problem {
        if (file == null || message == null) {
            throw new IllegalArgumentException("a problem needs a file and a message");
        }
        path = path == null ? "" : path;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        s.append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
