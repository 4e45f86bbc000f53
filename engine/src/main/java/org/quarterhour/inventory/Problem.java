package org.quarterhour.inventory;

import java.util.Comparator;

/**
 * One thing wrong with an input file, at a place: printed as {@code file:line:col: path: message}, or for a cell of
 * a workbook as {@code file:Sheet!C7: path: message} ({@code sheet} set, {@code line} the row and {@code column} the
 * column, both from 1). Line and column count from 1; 0 means the place is the whole file (or the whole sheet).
 */
public record Problem(String file, String sheet, int line, int column, String path, String message)
        implements Comparable<Problem> {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparing(Problem::sheet, Comparator.nullsFirst(Comparator.naturalOrder()))
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

    /** A problem in a text file, at a line and column. */
    public Problem(String file, int line, int column, String path, String message) {
        this(file, null, line, column, path, message);
    }

    /** A problem in a cell of a workbook: {@code row} and {@code column} count from 1 (column 3 is C). */
    public static Problem inCell(String file, String sheet, int row, int column, String path, String message) {
        return new Problem(file, sheet, row, column, path, message);
    }

    /** Where it is: {@code file:line:col}, {@code file:Sheet!C7}, {@code file:Sheet} or {@code file}. */
    public String place() {
        StringBuilder s = new StringBuilder(file);
        if (sheet != null) {
            s.append(':').append(sheet);
            if (line > 0) {
                s.append('!').append(column > 0 ? columnLetters(column) : "").append(line);
            }
        } else if (line > 0) {
            s.append(':').append(line).append(':').append(column);
        }
        return s.toString();
    }

    /** 1 → A, 26 → Z, 27 → AA: how spreadsheets name columns. */
    public static String columnLetters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(place()).append(": ");
        if (!path.isEmpty()) {
            s.append(path).append(": ");
        }
        return s.append(message).toString();
    }
}
