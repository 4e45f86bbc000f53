package org.quarterhour.batch;

import java.io.PrintStream;

/** {@code [=========>          ]  12/40  30%  锡尼镇团结社区}, redrawn in place at most ten times a second, and at the end. */
final class ProgressBar implements Progress {
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream terminal;
    private final int width;
    private int total;
    private int done;
    private long drawnAt;
    private int drawnLength;

    ProgressBar(PrintStream terminal, int width) {
        this.terminal = terminal;
        this.width = width;
    }

    @Override
    public void start(int total) {
        this.total = total;
        this.done = 0;
        draw("", true);
    }

    @Override
    public void advance(String label) {
        done++;
        draw(label, done == total);
    }

    @Override
    public void finish() {
        draw("", true);
        terminal.print('\n');
        terminal.flush();
    }

    @Override
    public void clearLine() {
        terminal.print("\r" + " ".repeat(drawnLength) + "\r");
        terminal.flush();
        drawnLength = 0;
        drawnAt = 0;
    }

    private void draw(String label, boolean force) {
        long now = System.nanoTime();
        if (!force && drawnAt != 0 && now - drawnAt < REDRAW_NANOS) {
            return;
        }
        drawnAt = now;
        String line = line(done, total, width, label);
        int pad = Math.max(0, drawnLength - line.length());
        terminal.print("\r" + line + " ".repeat(pad));
        terminal.flush();
        drawnLength = line.length();
    }

    static String line(int done, int total, int width, String label) {
        int filled = total == 0 ? width : (int) ((long) width * done / total);
        String bar = "=".repeat(filled) + (filled < width ? ">" + " ".repeat(width - filled - 1) : "");
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        String shown = label.codePointCount(0, label.length()) > 24
                ? label.substring(0, label.offsetByCodePoints(0, 23)) + "…" : label;
        return "[" + bar + "] " + done + "/" + total + " " + percent + "%" + (shown.isEmpty() ? "" : "  " + shown);
    }
}
