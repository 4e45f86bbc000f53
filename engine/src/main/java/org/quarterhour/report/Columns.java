package org.quarterhour.report;

/** Pads text to a width in terminal columns, counting CJK characters as two columns wide. */
final class Columns {
    private Columns() {
    }

    static int width(String s) {
        return s.codePoints().map(Columns::width).sum();
    }

    private static int width(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    static String left(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    static String right(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }
}
