package org.quarterhour.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.quarterhour.Engine;
import org.quarterhour.eval.CompiledPack;
import org.quarterhour.eval.ItemRules;
import org.quarterhour.eval.ItemSpec;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.pack.Manifest;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.plan.Trial;

/**
 * What changed between two versions of a standard: items added, removed, re-weighted, re-worded or moved, and items
 * whose rule asks or awards differently (its {@code when}/{@code then}, comments and layout aside); category points and
 * minimums; outcome bands; radius and detour factor; and, for a set of communities, which change outcome.
 */
public final class PackDiff {
    /** One community scored under both versions. */
    public record Rescore(String source, String community, String outcomeA, String outcomeB, BigDecimal totalA,
            BigDecimal totalB) {
        public boolean changesOutcome() {
            return !outcomeA.equals(outcomeB);
        }
    }

    /** The differences in words, and the re-scoring. */
    public record Result(String a, String b, List<String> changes, List<Rescore> rescored) {
        public Result {
            changes = List.copyOf(changes);
            rescored = List.copyOf(rescored);
        }
    }

    private final Engine engine;

    public PackDiff(Engine engine) {
        this.engine = engine;
    }

    public Result diff(Pack a, Pack b, Map<String, Inventory> communities) throws PackException {
        CompiledPack ca = engine.compile(a);
        CompiledPack cb = engine.compile(b);
        List<String> changes = new ArrayList<>();
        RuleChanges rules = new RuleChanges(engine.vocabulary(), a.manifest().radiusM(), b.manifest().radiusM());
        items(ca.items(), cb.items(), ItemRules.bodies(a), ItemRules.bodies(b), rules, changes);
        manifest(a.manifest(), b.manifest(), changes);
        List<Rescore> rescored = new ArrayList<>();
        for (Map.Entry<String, Inventory> e : communities.entrySet()) {
            Trial ta = engine.points(e.getValue(), a); // outcomes and totals only: no evidence, hashes or plan to make
            Trial tb = engine.points(e.getValue(), b);
            var community = e.getValue().community();
            rescored.add(new Rescore(e.getKey(), community.id() + " " + community.name(),
                    ta.outcome().label() + " (" + ta.outcome().code() + ")", tb.outcome().label() + " (" + tb.outcome().code() + ")",
                    ta.total(), tb.total()));
        }
        return new Result(a.manifest().ref(), b.manifest().ref(), changes, rescored);
    }

    private static void items(List<ItemSpec> a, List<ItemSpec> b, Map<String, String> rulesA, Map<String, String> rulesB,
            RuleChanges rules, List<String> changes) {
        Map<String, ItemSpec> before = byCode(a);
        Map<String, ItemSpec> after = byCode(b);
        before.forEach((code, item) -> {
            ItemSpec now = after.get(code);
            if (now == null) {
                changes.add("item removed: " + code + " " + item.name() + points(item.points()));
                return;
            }
            if (!Objects.equals(plain(item.points()), plain(now.points()))) {
                changes.add("item re-weighted: " + code + " " + now.name() + " " + plainOrNone(item.points()) + " -> " + plainOrNone(now.points()));
            }
            if (!Objects.equals(item.name(), now.name())) {
                changes.add("item re-worded: " + code + " \"" + item.name() + "\" -> \"" + now.name() + "\"");
            }
            if (!Objects.equals(item.category(), now.category())) {
                changes.add("item moved: " + code + " " + item.category() + " -> " + now.category());
            }
            if (!Objects.equals(item.clause(), now.clause())) {
                changes.add("item cites another clause: " + code + " " + item.clause() + " -> " + now.clause());
            }
            String ruleA = rulesA.get(code);
            String ruleB = rulesB.get(code);
            if (ruleA != null && ruleB != null) {
                List<String> how = rules.between(ruleA, ruleB);
                if (!how.isEmpty()) {
                    changes.add("item rule changed: " + code + " " + now.name() + ": " + String.join("; ", how));
                }
            }
        });
        after.forEach((code, item) -> {
            if (!before.containsKey(code)) {
                changes.add("item added: " + code + " " + item.name() + points(item.points()));
            }
        });
    }

    private static void manifest(Manifest a, Manifest b, List<String> changes) {
        if (a.radiusM() != b.radiusM()) {
            changes.add("radius: " + a.radiusM() + " m -> " + b.radiusM() + " m");
        }
        if (a.detourFactor().compareTo(b.detourFactor()) != 0) {
            changes.add("detour factor: " + a.detourFactor().toPlainString() + " -> " + b.detourFactor().toPlainString());
        }
        if (!Objects.equals(plain(a.total()), plain(b.total()))) {
            changes.add("total: " + plainOrNone(a.total()) + " -> " + plainOrNone(b.total()));
        }
        for (Manifest.Category c : a.categories()) {
            Manifest.Category d = b.category(c.code());
            if (d == null) {
                changes.add("category removed: " + c.code() + " " + c.name());
                continue;
            }
            if (!Objects.equals(plain(c.points()), plain(d.points()))) {
                changes.add("category points: " + c.name() + " " + plainOrNone(c.points()) + " -> " + plainOrNone(d.points()));
            }
            if (!Objects.equals(plain(c.minimum()), plain(d.minimum()))) {
                changes.add("minimum: " + c.name() + " " + plainOrNone(c.minimum()) + " -> " + plainOrNone(d.minimum()));
            }
            if (c.allMet() != d.allMet()) {
                changes.add("every item met: " + c.name() + " " + c.allMet() + " -> " + d.allMet());
            }
            if (!c.name().equals(d.name())) {
                changes.add("category renamed: " + c.code() + " \"" + c.name() + "\" -> \"" + d.name() + "\"");
            }
        }
        b.categories().stream().filter(c -> a.category(c.code()) == null)
                .forEach(c -> changes.add("category added: " + c.code() + " " + c.name()));
        Map<String, Manifest.Outcome> before = new LinkedHashMap<>();
        a.outcomes().forEach(o -> before.put(o.code(), o));
        for (Manifest.Outcome o : b.outcomes()) {
            Manifest.Outcome old = before.remove(o.code());
            if (old == null) {
                changes.add("outcome added: " + o.label() + " (" + o.code() + ")");
            } else if (!Objects.equals(plain(old.totalAtLeast()), plain(o.totalAtLeast()))
                    || !old.categoriesMet().equals(o.categoriesMet()) || !old.itemsMet().equals(o.itemsMet())
                    || old.rank() != o.rank() || !old.label().equals(o.label())) {
                changes.add("outcome band: " + o.label() + " (" + o.code() + ") " + band(old) + " -> " + band(o));
            }
        }
        before.values().forEach(o -> changes.add("outcome removed: " + o.label() + " (" + o.code() + ")"));
        if (!a.inForceFrom().equals(b.inForceFrom()) || !Objects.equals(a.inForceUntil(), b.inForceUntil())) {
            changes.add("in force: " + a.inForceFrom() + ".." + (a.inForceUntil() == null ? "" : a.inForceUntil()) + " -> "
                    + b.inForceFrom() + ".." + (b.inForceUntil() == null ? "" : b.inForceUntil()));
        }
    }

    private static String band(Manifest.Outcome o) {
        List<String> parts = new ArrayList<>();
        parts.add("rank " + o.rank());
        if (o.totalAtLeast() != null) {
            parts.add("total >= " + o.totalAtLeast().stripTrailingZeros().toPlainString());
        }
        if (!o.categoriesMet().isEmpty()) {
            parts.add("categories " + o.categoriesMet());
        }
        if (!o.itemsMet().isEmpty()) {
            parts.add("items " + o.itemsMet());
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static Map<String, ItemSpec> byCode(List<ItemSpec> items) {
        Map<String, ItemSpec> m = new LinkedHashMap<>();
        items.forEach(i -> m.put(i.code(), i));
        return m;
    }

    private static String points(BigDecimal p) {
        return p == null ? "" : " (" + p.stripTrailingZeros().toPlainString() + " points)";
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    private static String plainOrNone(BigDecimal n) {
        return n == null ? "none" : n.stripTrailingZeros().toPlainString();
    }
}
