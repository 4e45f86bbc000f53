package org.quarterhour.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Text for terminal columns: padded or clipped to a width, CJK characters counting two columns; shares as percentages.
 * Shared by every table the command line prints.
 */
public final class Columns {
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

    public static String left(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    static String right(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }

    /** The text cut to fit {@code columns}, with an ellipsis where it was cut. */
    static String clip(String s, int columns) {
        if (width(s) <= columns) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().takeWhile(cp -> width(out.toString() + new String(Character.toChars(cp))) <= columns - 1)
                .forEach(out::appendCodePoint);
        return out + "…";
    }

    /** A share (0.853) as a percentage to one decimal (85.3%); "-" where there is none. */
    public static String percent(BigDecimal share) {
        return share == null ? "-" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
