package org.quarterhour.eval;

import org.quarterhour.inventory.Problem;
import org.quarterhour.pack.Pack;

/** Drools' compiler messages, said again in a bureau's words, with the rule they belong to and what to do. */
final class DroolsMessages {
    private DroolsMessages() {
    }

    static Problem explain(Pack pack, Problem p) {
        String message = p.message();
        String hint;
        if (message.contains("mismatched input") || message.contains("no viable alternative") || message.contains("missing")
                || message.contains("extraneous input") || message.contains("[ERR 1")) {
            hint = "the rule's text is broken here: look for an unclosed bracket or quote, and check that the rule reads"
                    + " rule \"…\" when … then … end";
        } else if (message.contains("cannot be resolved to a type") || message.contains("Unable to resolve ObjectType")) {
            hint = "the rule names a type that does not exist; rules see Community (and Coverage, Findings, Measure from it)"
                    + " and give Award (see rules/README.md)";
        } else if (message.contains("is undefined for the type") || message.contains("Unable to Analyse Expression")) {
            hint = "the rule calls something the fact does not offer; see rules/README.md for what Community, Coverage and"
                    + " Award offer";
        } else {
            hint = null;
        }
        String rule = p.path().isEmpty() ? ruleAt(pack, p) : p.path();
        return new Problem(p.file(), p.line(), p.column(), rule, hint == null ? message : hint + " (Drools: " + message + ")");
    }

    /** The rule a problem's line falls in, from the pack's own text of that file. */
    private static String ruleAt(Pack pack, Problem p) {
        String prefix = pack.location() + "/";
        if (p.line() <= 0 || !p.file().startsWith(prefix)) {
            return "";
        }
        String text = pack.drl().get(p.file().substring(prefix.length()));
        if (text == null) {
            return "";
        }
        int offset = 0;
        for (int line = 1; line < p.line() && offset >= 0; line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset <= 0 ? "" : PackChecker.ruleAt(text, offset + 1);
    }
}
