package org.quarterhour.batch;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bureau's target: at least {@code percent}% of communities at {@code outcome} or higher, written
 * {@code OUTCOME_CODE>=PERCENT%} — {@code pass>=80%} (Chuzhou's 80%), {@code basic>=90%} (Xiayi),
 * {@code basic_met>=100%} (Shenzhen's full basic coverage).
 */
public record Target(String outcome, BigDecimal percent) {
    private static final Pattern SYNTAX = Pattern.compile("([a-z][a-z0-9_]*)\\s*>=\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%?");

    public Target {
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a target's percent must be within 0..100, found " + percent.toPlainString());
        }
    }

    public static Target parse(String text) {
        Matcher m = SYNTAX.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            String bare = text == null ? "" : text.strip();
            // a shell takes an unquoted >=80% for a redirect and passes the outcome alone
            String quote = bare.matches("[a-z][a-z0-9_]*")
                    ? "; in a shell, quote it (--target '" + bare + ">=PERCENT%'): unquoted, the shell took >= for a redirect and made a file of that name"
                    : "";
            throw new IllegalArgumentException("target '" + text + "' is not OUTCOME_CODE>=PERCENT% (for example pass>=80%)" + quote);
        }
        return new Target(m.group(1), new BigDecimal(m.group(2)));
    }

    /** Every target of a command line, or the first that cannot be read (IllegalArgumentException). */
    public static java.util.List<Target> parseAll(java.util.List<String> texts) {
        return texts.stream().map(Target::parse).toList();
    }

    @Override
    public String toString() {
        return outcome + ">=" + percent.stripTrailingZeros().toPlainString() + "%";
    }
}
