package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quarterhour.Engine;
import org.quarterhour.inventory.InvalidInputException;
import org.quarterhour.inventory.Inventory;
import org.quarterhour.inventory.InventoryReader;
import org.quarterhour.json.Json;
import org.quarterhour.pack.Pack;
import org.quarterhour.pack.PackException;
import org.quarterhour.verdict.Verdict;

/**
 * Scores a ledger entry again from what it recorded: the inventory read back from its canonical form and the pack
 * rebuilt from its snapshot — never a rules folder — with the recorded overrides. {@link #whatIf} scores the recorded
 * inventory under another pack instead.
 */
public final class Replayer {
    private static final Set<String> ENGINE_ONLY = Set.of("verdict_id", "engine.version");

    private final Ledger ledger;
    private final Engine engine;
    private final InventoryReader reader;

    public Replayer(Ledger ledger, Engine engine) {
        this.ledger = ledger;
        this.engine = engine;
        this.reader = new InventoryReader(engine.vocabulary());
    }

    public Replay replay(Entry entry) throws LedgerException {
        byte[] recorded = ledger.verdict(entry);
        Verdict replayed;
        try {
            Inventory inventory = ledger.inventory(entry, reader);
            Pack pack = ledger.pack(entry);
            Engine scoring = entry.overrides().noPlan() ? engine.withoutPlans() : engine;
            replayed = scoring.score(inventory, pack, entry.overrides().detourFactor());
        } catch (InvalidInputException e) {
            return notReproduced(entry, "this engine refuses the recorded inventory: " + first(e.problems()));
        } catch (PackException e) {
            return notReproduced(entry, "the recorded pack cannot be used by this engine: " + first(e.problems()));
        }
        byte[] again = Json.canonical(replayed.withIdentity(replayed.verdictId(), entry.recordedAt()));
        if (Arrays.equals(recorded, again)) {
            return new Replay(entry, Replay.Result.IDENTICAL, List.of(), null, Engine.version());
        }
        Verdict restamped = replayed.withIdentity(replayed.verdictId(), entry.recordedAt());
        List<Difference> differences = JsonDiff.between(tree(recorded), tree(Json.prettyBytes(restamped)));
        boolean engineOnly = !differences.isEmpty() && differences.stream().allMatch(d -> ENGINE_ONLY.contains(d.path()));
        return new Replay(entry, engineOnly ? Replay.Result.IDENTICAL_BUT_ENGINE : Replay.Result.DIFFERENT, differences, null,
                Engine.version());
    }

    private static Replay notReproduced(Entry entry, String why) {
        return new Replay(entry, Replay.Result.NOT_REPRODUCED, List.of(), why, Engine.version());
    }

    /** The recorded inventory scored under {@code other} (with the recorded overrides), item by item against the record. */
    public WhatIf whatIf(Entry entry, Pack other) throws LedgerException, PackException {
        JsonNode recorded = tree(ledger.verdict(entry));
        Inventory inventory;
        try {
            inventory = ledger.inventory(entry, reader);
        } catch (InvalidInputException e) {
            throw new LedgerException("this engine refuses the recorded inventory: " + first(e.problems()));
        }
        Verdict under = engine.withoutPlans().score(inventory, other, entry.overrides().detourFactor()); // items only are compared
        JsonNode now = tree(Json.canonical(under));
        Map<String, JsonNode> before = items(recorded);
        Map<String, JsonNode> after = items(now);
        List<String> codes = new ArrayList<>(before.keySet());
        after.keySet().stream().filter(c -> !before.containsKey(c)).forEach(codes::add);
        List<WhatIf.ItemChange> changes = new ArrayList<>();
        int unchanged = 0;
        for (String code : codes) {
            String was = result(before.get(code));
            String is = result(after.get(code));
            if (was.equals(is)) {
                unchanged++;
            } else {
                JsonNode named = before.containsKey(code) ? before.get(code) : after.get(code);
                changes.add(new WhatIf.ItemChange(code, named.path("name").asText(), was, is));
            }
        }
        boolean gradeChanges = !(recorded.at("/outcome/label").asText().equals(under.outcome().label())
                && recorded.at("/outcome/rank").asInt() == under.outcome().rank());
        return new WhatIf(entry, under, changes, unchanged, points(recorded.path("total")), points(now.path("total")), gradeChanges);
    }

    /**
     * The day that picks a standard's version for a what-if: the inspection date the verdict records, else the day it
     * was recorded.
     */
    public LocalDate inspectionDate(Entry entry) throws LedgerException {
        String date = tree(ledger.verdict(entry)).at("/inspection/date").asText("");
        return LocalDate.parse(date.isEmpty() || date.equals("null") ? entry.recordedAt().substring(0, 10) : date);
    }

    private static Map<String, JsonNode> items(JsonNode verdict) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        verdict.path("items").forEach(i -> m.put(i.path("code").asText(), i));
        return m;
    }

    private static String result(JsonNode item) {
        if (item == null) {
            return JsonDiff.ABSENT;
        }
        if (!item.path("applicable").asBoolean(true)) {
            return "n/a";
        }
        if (item.path("awarded").isNumber()) {
            return points(item.path("awarded"));
        }
        return item.path("met").asBoolean(false) ? "met" : "not met";
    }

    private static String points(JsonNode n) {
        if (!n.isNumber()) {
            return "-";
        }
        BigDecimal d = n.decimalValue();
        return d.setScale(Math.max(1, d.stripTrailingZeros().scale())).toPlainString();
    }

    private static JsonNode tree(byte[] json) throws LedgerException {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw LedgerException.damage("a recorded verdict is not JSON: " + e.getMessage());
        }
    }

    private static String first(List<?> problems) {
        return problems.isEmpty() ? "(no detail)" : problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }
}
