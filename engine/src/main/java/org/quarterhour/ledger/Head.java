package org.quarterhour.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quarterhour.json.Json;

/**
 * The {@code HEAD} file: the sequence number and SHA-256 of the last entry, so that removing entries from the end is
 * as visible as changing one. Seq 0 (no HEAD file) is an empty ledger.
 */
record Head(int seq, String sha256) {
    static final String SCHEMA = "quarterhour/ledger-head/v1";
    static final Head EMPTY = new Head(0, null);

    byte[] bytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("seq", seq);
        m.put("sha256", sha256);
        return Json.canonical(m);
    }

    /** Reads HEAD; its bytes must be exactly the canonical form, so that no byte of it can change unnoticed. */
    static Head parse(byte[] bytes) throws LedgerException {
        JsonNode n;
        try {
            n = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw LedgerException.damage("HEAD is not JSON");
        }
        if (n == null || !SCHEMA.equals(n.path("schema").asText()) || !n.path("seq").canConvertToInt()
                || !n.path("seq").isIntegralNumber() || n.path("seq").intValue() < 1 || !ObjectStore.isName(n.path("sha256").asText(null))) {
            throw LedgerException.damage("HEAD is not a ledger head (" + SCHEMA + " with seq >= 1 and sha256)");
        }
        Head head = new Head(n.path("seq").intValue(), n.path("sha256").asText());
        if (!Arrays.equals(head.bytes(), bytes)) {
            throw LedgerException.damage("HEAD is not in canonical form: its bytes were changed");
        }
        return head;
    }
}
