package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Field-by-field differences between two verdicts as JSON trees. Lists of objects that carry a {@code code} (items,
 * categories) are matched by code, so a path reads {@code items[B01].awarded}; other lists by position. Fields come in
 * the replayed side's order (the format's order, where it is the verdict as the engine made it).
 */
final class JsonDiff {
    static final String ABSENT = "absent";

    private JsonDiff() {
    }

    static List<Difference> between(JsonNode recorded, JsonNode replayed) {
        List<Difference> out = new ArrayList<>();
        diff("", recorded, replayed, out);
        return out;
    }

    private static void diff(String path, JsonNode a, JsonNode b, List<Difference> out) {
        if (a != null && b != null && a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            b.fieldNames().forEachRemaining(keys::add);
            a.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                diff(path.isEmpty() ? k : path + "." + k, a.get(k), b.get(k), out);
            }
        } else if (a != null && b != null && a.isArray() && b.isArray()) {
            if (keyedByCode(a) && keyedByCode(b)) {
                Map<String, JsonNode> left = byCode(a);
                Map<String, JsonNode> right = byCode(b);
                Set<String> codes = new LinkedHashSet<>(right.keySet());
                codes.addAll(left.keySet());
                for (String code : codes) {
                    diff(path + "[" + code + "]", left.get(code), right.get(code), out);
                }
            } else {
                for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                    diff(path + "[" + i + "]", a.get(i), b.get(i), out);
                }
            }
        } else if (!text(a).equals(text(b))) {
            out.add(new Difference(path, text(a), text(b)));
        }
    }

    private static boolean keyedByCode(JsonNode array) {
        Set<String> codes = new LinkedHashSet<>();
        for (JsonNode e : array) {
            if (!e.isObject() || !e.path("code").isTextual() || !codes.add(e.path("code").asText())) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byCode(JsonNode array) {
        Map<String, JsonNode> m = new java.util.LinkedHashMap<>();
        array.forEach(e -> m.put(e.path("code").asText(), e));
        return m;
    }

    private static String text(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return ABSENT;
        }
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
