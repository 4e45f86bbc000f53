package org.quarterhour.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the files of a new pack from a sheet: the manifest, one rule per item, a test case per item (the item's
 * facility at a gate earns it; nothing earns nothing), the standard's clauses file and a README to finish. The pack
 * passes {@code pack check} and {@code pack test} as written; the bureau then puts its document's words in.
 */
public final class PackScaffold {
    private PackScaffold() {
    }

    /** The files, by path relative to the repository root (rules/ID/VERSION/..., standards/ID/clauses.yaml). */
    public static Map<String, String> files(SheetSpec s) {
        Map<String, String> files = new TreeMap<>();
        String dir = "rules/" + s.id() + "/" + s.version() + "/";
        Map<String, List<Coded>> coded = codes(s);
        files.put(dir + "manifest.yaml", manifest(s));
        files.put(dir + "items.drl", drl(s, coded));
        files.put(dir + "README.md", readme(s, coded));
        files.put("standards/" + s.id() + "/clauses.yaml", clauses(s, coded));
        files.put(dir + "tests/nothing-earns-nothing.yaml", caseFile(s, coded, null));
        coded.values().forEach(list -> list.forEach(c -> files.put(dir + "tests/" + c.code().toLowerCase() + "-earned.yaml", caseFile(s, coded, c))));
        return files;
    }

    record Coded(String code, SheetSpec.Category category, SheetSpec.Item item) {
    }

    /** Item codes: the category code's first letter and a number, B01, B02, …; another letter where two categories share one. */
    static Map<String, List<Coded>> codes(SheetSpec s) {
        Map<String, List<Coded>> out = new LinkedHashMap<>();
        List<String> prefixes = new ArrayList<>();
        for (SheetSpec.Category c : s.categories()) {
            String prefix = c.code().substring(0, 1).toUpperCase();
            char next = 'A';
            while (prefixes.contains(prefix)) {
                prefix = String.valueOf(next++);
            }
            prefixes.add(prefix);
            List<Coded> list = new ArrayList<>();
            for (int i = 0; i < c.items().size(); i++) {
                list.add(new Coded(String.format("%s%02d", prefix, i + 1), c, c.items().get(i)));
            }
            out.put(c.code(), list);
        }
        return out;
    }

    private static String clauseId(SheetSpec s, String code) {
        return s.id().toUpperCase() + "-" + code;
    }

    private static BigDecimal total(SheetSpec s) {
        if (s.total() != null) {
            return s.total();
        }
        boolean points = s.categories().stream().noneMatch(SheetSpec.Category::checklist);
        return points ? s.categories().stream().map(SheetSpec.Category::points).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
    }

    private static String manifest(SheetSpec s) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(s.title()).append(" — written by 'quarterhour pack new' from the bureau's sheet.\n");
        m.append("schema: quarterhour/pack/v1\n");
        m.append("id: ").append(s.id()).append('\n');
        m.append("version: \"").append(s.version()).append("\"\n");
        m.append("title: ").append(s.title()).append('\n');
        if (s.issuer() != null) {
            m.append("issuer: ").append(s.issuer()).append('\n');
        }
        if (s.document() != null) {
            m.append("document: ").append(s.document()).append('\n');
        }
        m.append("in_force:\n  from: ").append(s.inForceFrom()).append('\n');
        m.append("parameters:\n  radius_m: ").append(s.radiusM()).append("\n  detour_factor: 1.3\n");
        BigDecimal total = total(s);
        if (total != null) {
            m.append("total: ").append(total.toPlainString()).append('\n');
            m.append("clause: ").append(clauseId(s, "TOTAL")).append('\n');
        }
        m.append("categories:\n");
        for (SheetSpec.Category c : s.categories()) {
            m.append("  - { code: ").append(c.code()).append(", name: ").append(c.name());
            if (!c.checklist()) {
                m.append(", points: ").append(c.points().toPlainString());
            }
            if (c.minimum() != null) {
                m.append(", minimum: ").append(c.minimum().toPlainString());
            } else if (c.checklist()) {
                m.append(", all_met: true");
            }
            m.append(" }\n");
        }
        List<String> barred = s.categories().stream().filter(c -> c.minimum() != null || c.checklist()).map(SheetSpec.Category::code).toList();
        m.append("outcomes:\n");
        for (int i = 0; i < s.grades().size(); i++) {
            SheetSpec.Grade g = s.grades().get(i);
            m.append("  - { code: ").append(g.code()).append(", label: ").append(g.label()).append(", rank: ").append(i);
            if (i > 0) {
                List<String> when = new ArrayList<>();
                if (g.totalAtLeast() != null) {
                    when.add("total_at_least: " + g.totalAtLeast().toPlainString());
                }
                if (!barred.isEmpty()) {
                    when.add("categories_met: [" + String.join(", ", barred) + "]");
                }
                m.append(", when: { ").append(String.join(", ", when)).append(" }");
            }
            m.append(" }\n");
        }
        return m.toString();
    }

    private static String drl(SheetSpec s, Map<String, List<Coded>> coded) {
        StringBuilder d = new StringBuilder();
        d.append("// ").append(s.title()).append(" — one rule per item of the sheet (written by 'quarterhour pack new').\n");
        d.append("package quarterhour.").append(s.id().replace('-', '_')).append(";\n\n");
        d.append("import org.quarterhour.facts.Community;\nimport org.quarterhour.facts.Coverage;\nimport org.quarterhour.facts.Award;\n");
        for (List<Coded> list : coded.values()) {
            for (Coded c : list) {
                String types = String.join(", ", c.item().types().stream().map(t -> "\"" + t + "\"").toList());
                String radius = c.item().radiusM() == null ? "" : c.item().radiusM() + ", ";
                d.append("\nrule \"").append(c.code()).append(' ').append(c.item().name()).append("\"\n");
                d.append("    @code(\"").append(c.code()).append("\") @name(\"").append(c.item().name()).append("\") @category(\"")
                        .append(c.category().code()).append("\")");
                if (c.item().points() != null) {
                    d.append(" @points(").append(c.item().points().toPlainString()).append(')');
                }
                d.append(" @clause(\"").append(clauseId(s, c.code())).append("\")\n");
                d.append("when\n    $community : Community()\n    $coverage : Coverage() from $community.coverage(").append(radius)
                        .append(types).append(")\nthen\n    insert(Award.")
                        .append(c.item().points() == null ? "everyCompound" : "proportional").append("($coverage));\nend\n");
            }
        }
        return d.toString();
    }

    private static String clauses(SheetSpec s, Map<String, List<Coded>> coded) {
        StringBuilder c = new StringBuilder();
        c.append("# The clauses of ").append(s.title()).append(".\n");
        c.append("# Written by 'quarterhour pack new' with each item's own words: replace each text with the sentence of the\n");
        c.append("# document it comes from, quoted exactly, and add the document's other requirements.\n");
        c.append("standard: ").append(s.id()).append('\n');
        c.append("document:\n  title: ").append(s.title()).append('\n');
        c.append("  number: ").append(s.document() == null ? "null" : s.document()).append('\n');
        c.append("  issuer: ").append(s.issuer() == null ? "null" : s.issuer()).append('\n');
        c.append("  date: ").append(s.inForceFrom()).append('\n');
        c.append("clauses:\n");
        if (total(s) != null) {
            c.append("  - id: ").append(clauseId(s, "TOTAL")).append("\n    text: \"总分").append(total(s).toPlainString()).append("分\"\n");
        }
        for (List<Coded> list : coded.values()) {
            for (Coded x : list) {
                c.append("  - id: ").append(clauseId(s, x.code())).append("\n    category: ").append(x.category().name())
                        .append("\n    text: \"").append(x.item().name()).append("\"\n");
                if (x.item().points() != null) {
                    c.append("    points: ").append(x.item().points().toPlainString()).append('\n');
                }
            }
        }
        return c.toString();
    }

    private static String readme(SheetSpec s, Map<String, List<Coded>> coded) {
        StringBuilder r = new StringBuilder();
        r.append("# ").append(s.title()).append(" — pack `").append(s.id()).append('@').append(s.version()).append("`\n\n");
        r.append("- **Document**: ").append(s.document() == null ? "(name the document and its number)" : s.document())
                .append(s.issuer() == null ? "" : ", " + s.issuer()).append(". In force from ").append(s.inForceFrom()).append(".\n");
        r.append("- **Written by** `quarterhour pack new` from the bureau's sheet. Before sealing: quote the document's sentences in\n")
                .append("  `standards/").append(s.id()).append("/clauses.yaml`, and list below every reading the text leaves open.\n\n");
        r.append("## Items\n\n| code | item | points | facility codes | radius |\n|---|---|---|---|---|\n");
        for (List<Coded> list : coded.values()) {
            for (Coded c : list) {
                r.append("| ").append(c.code()).append(" | ").append(c.item().name()).append(" | ")
                        .append(c.item().points() == null ? "met / not met" : c.item().points().toPlainString()).append(" | ")
                        .append(String.join(", ", c.item().types())).append(" | ")
                        .append(c.item().radiusM() == null ? s.radiusM() : c.item().radiusM()).append(" m |\n");
            }
        }
        r.append("\n## Readings the text leaves open, and the choices made\n\n(none recorded yet)\n");
        return r.toString();
    }

    /** A case: one compound, one gate; {@code earned} (or nothing) at the gate. */
    private static String caseFile(SheetSpec s, Map<String, List<Coded>> coded, Coded earned) {
        StringBuilder c = new StringBuilder();
        c.append("note: \"").append(earned == null ? "Nothing at all: every item earns nothing."
                : earned.code() + " " + earned.item().name() + ": a " + earned.item().types().get(0)
                        + " at the gate earns it; every other item earns nothing.").append("\"\n");
        c.append("standard: ").append(s.id()).append('@').append(s.version()).append('\n');
        c.append("inventory:\n  schema: quarterhour/inventory/v1\n  community: { id: TEST-001, name: 测试社区 }\n");
        c.append("  compounds:\n    - { id: A, households: 100, gates: [ { id: A1 } ] }\n");
        if (earned == null) {
            c.append("  facilities: []\n");
        } else {
            c.append("  facilities:\n    - { id: F1, type: ").append(earned.item().types().get(0)).append(", walk_m: { A1: 0 } }\n");
        }
        c.append("expect:\n");
        if (earned == null) {
            c.append("  outcome: ").append(s.grades().get(0).code()).append('\n');
        }
        c.append("  items: { ");
        List<String> values = new ArrayList<>();
        for (List<Coded> list : coded.values()) {
            for (Coded x : list) {
                boolean gets = x == earned || (earned != null && x.item().types().contains(earned.item().types().get(0)));
                String value = x.item().points() == null ? String.valueOf(gets)
                        : gets ? x.item().points().setScale(1).toPlainString() : "0.0";
                values.add(x.code() + ": " + value);
            }
        }
        c.append(String.join(", ", values)).append(" }\n");
        return c.toString();
    }
}
