package org.quarterhour.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.quarterhour.hash.Sha256;

/**
 * The two JSON forms. {@link #pretty} keeps each record's declared field order (the order of the format's
 * documentation) and indents; {@link #canonical} sorts every key and drops all white space, so that equal content
 * always has equal bytes and so equal hashes. Decimals are written plain (5.3, never 5.3E0).
 */
public final class Json {
    private static final ObjectMapper PRETTY = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    /** Writes every object's keys sorted (as JSON names, whatever order the records declare for display). */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return PRETTY;
    }

    /** Indented JSON with a final newline. */
    public static String pretty(Object value) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            return PRETTY.writer(printer).writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Sorted keys, no white space: the form that is hashed. */
    public static byte[] canonical(Object value) {
        try {
            return CANONICAL.writeValueAsBytes(CANONICAL.valueToTree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static String sha256(Object value) {
        return Sha256.hex(canonical(value));
    }
}
