package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quarterhour.json.Json;
import org.quarterhour.verdict.Verdict;

/**
 * One entry of the ledger (schema {@value #SCHEMA}): which verdict was recorded when, a summary an auditor can read
 * without opening the objects, and the hashes of the objects that hold the inventory, the pack snapshot and the verdict.
 * {@code prev} is the SHA-256 of the previous entry file's bytes (null for the first), which makes the entries a chain.
 */
public record Entry(
        int seq,
        String prev,
        String recordedAt,
        String verdictId,
        Verdict.CommunityRef community,
        Verdict.StandardRef standard,
        BigDecimal total,
        OutcomeRef outcome,
        String engineVersion,
        Verdict.Parameters parameters,
        Overrides overrides,
        Objects objects,
        String packSource) {

    public static final String SCHEMA = "quarterhour/ledger-entry/v1";

    /** The grade or tier the verdict reached. */
    public record OutcomeRef(String code, String label, int rank) {
    }

    /** Where the entry's content is: object hashes (hex SHA-256) of the inventory, the pack snapshot's tree and the verdict. */
    public record Objects(String inventory, String pack, String verdict) {
    }

    static Entry of(int seq, String prev, Verdict v, Overrides overrides, Objects objects, String packSource) {
        return new Entry(seq, prev, v.recordedAt(), v.verdictId(), v.community(), v.standard(), v.total(),
                new OutcomeRef(v.outcome().code(), v.outcome().label(), v.outcome().rank()), v.engine().version(),
                v.parameters(), overrides, objects, packSource);
    }

    /** The entry file's name: the sequence number, zero-padded so that names sort in order. */
    public static String fileName(int seq) {
        return String.format("%08d.json", seq);
    }

    /** The sequence number a file name holds where it is one {@link #fileName} gives, else 0. */
    static int seqOf(String name) {
        if (!name.matches("[0-9]{8,9}\\.json")) {
            return 0;
        }
        int seq = Integer.parseInt(name.substring(0, name.length() - ".json".length()));
        return seq >= 1 && name.equals(fileName(seq)) ? seq : 0;
    }

    /** The entry file's bytes: canonical JSON (sorted keys, no white space). */
    public byte[] bytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("seq", seq);
        m.put("prev", prev);
        m.put("recorded_at", recordedAt);
        m.put("verdict_id", verdictId);
        m.put("community", community);
        m.put("standard", standard);
        m.put("total", total);
        m.put("outcome", Map.of("code", outcome.code(), "label", outcome.label(), "rank", outcome.rank()));
        m.put("engine_version", engineVersion);
        m.put("parameters", parameters);
        m.put("overrides", overrides.toMap());
        m.put("objects", Map.of("inventory", objects.inventory(), "pack", objects.pack(), "verdict", objects.verdict()));
        m.put("pack_source", packSource);
        return Json.canonical(m);
    }

    /** Reads an entry file; says which field is missing or malformed. */
    static Entry parse(byte[] bytes) throws LedgerException {
        JsonNode n;
        try {
            n = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw LedgerException.damage("not JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (n == null || !n.isObject()) {
            throw LedgerException.damage("not a ledger entry (expected a JSON object)");
        }
        Fields f = new Fields(n);
        if (!SCHEMA.equals(f.text("schema"))) {
            throw LedgerException.damage("not a ledger entry (schema is not " + SCHEMA + ")");
        }
        Entry e = new Entry(f.integer("seq"), f.textOrNull("prev"), f.text("recorded_at"), f.text("verdict_id"),
                new Verdict.CommunityRef(f.text("community.id"), f.text("community.name")),
                new Verdict.StandardRef(f.text("standard.id"), f.text("standard.version"), f.textOrNull("standard.title"),
                        f.text("standard.pack_sha256")),
                f.decimalOrNull("total"),
                new OutcomeRef(f.text("outcome.code"), f.text("outcome.label"), f.integer("outcome.rank")),
                f.text("engine_version"),
                new Verdict.Parameters(f.integer("parameters.radius_m"), f.decimal("parameters.detour_factor")),
                new Overrides(f.decimalTextOrNull("overrides.detour_factor"), !f.booleanOr("overrides.plan", true)),
                new Objects(f.text("objects.inventory"), f.text("objects.pack"), f.text("objects.verdict")),
                f.textOrNull("pack_source"));
        if (f.problem != null) {
            throw LedgerException.damage("not a ledger entry: " + f.problem);
        }
        return e;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    /** Reads dotted paths from an entry, remembering the first that is missing or of the wrong kind. */
    private static final class Fields {
        private final JsonNode root;
        private String problem;

        Fields(JsonNode root) {
            this.root = root;
        }

        private JsonNode at(String path) {
            return root.at("/" + path.replace('.', '/'));
        }

        private void wrong(String path, String expected) {
            if (problem == null) {
                problem = "'" + path + "' should be " + expected + ", found " + (at(path).isMissingNode() ? "nothing" : at(path));
            }
        }

        String text(String path) {
            JsonNode v = at(path);
            if (!v.isTextual()) {
                wrong(path, "text");
                return "";
            }
            return v.asText();
        }

        String textOrNull(String path) {
            JsonNode v = at(path);
            if (v.isMissingNode() || v.isNull()) {
                return null;
            }
            return text(path);
        }

        int integer(String path) {
            JsonNode v = at(path);
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                wrong(path, "a whole number");
                return 0;
            }
            return v.intValue();
        }

        BigDecimal decimal(String path) {
            JsonNode v = at(path);
            if (!v.isNumber()) {
                wrong(path, "a number");
                return BigDecimal.ZERO;
            }
            return v.decimalValue();
        }

        BigDecimal decimalTextOrNull(String path) {
            String text = textOrNull(path);
            try {
                return text == null ? null : new BigDecimal(text);
            } catch (NumberFormatException e) {
                wrong(path, "a decimal as text");
                return null;
            }
        }

        boolean booleanOr(String path, boolean absent) {
            JsonNode v = at(path);
            if (v.isMissingNode()) {
                return absent;
            }
            if (!v.isBoolean()) {
                wrong(path, "true or false");
                return absent;
            }
            return v.booleanValue();
        }

        BigDecimal decimalOrNull(String path) {
            JsonNode v = at(path);
            return v.isMissingNode() || v.isNull() ? null : decimal(path);
        }
    }
}
