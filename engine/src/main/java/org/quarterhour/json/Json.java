package org.quarterhour.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
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

    /**
     * The same bytes as {@link #CANONICAL} through a tree, written straight from the objects (a verdict is hashed at
     * every scoring, and building its tree cost more than the rules): every record's properties sorted by JSON name
     * (declared orders ignored, constructor parameters not put first), map entries sorted by key, and decimals
     * normalised as the tree normalises them (trailing zeros stripped, zero as 0). {@code CanonicalJsonProperties}
     * checks the two give equal bytes for every kind of verdict, inventory and ledger record.
     */
    private static final ObjectMapper CANONICAL_DIRECT = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public String[] findSerializationPropertyOrder(AnnotatedClass ac) {
                    return null;
                }
            })
            .addModule(new SimpleModule("canonical-decimals").addSerializer(BigDecimal.class, new NormalisedDecimal()))
            .build();

    /** A decimal as a JSON tree holds it: without trailing zeros, zero as 0; written plain by the generator. */
    private static final class NormalisedDecimal extends StdSerializer<BigDecimal> {
        NormalisedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros());
        }
    }

    private Json() {
    }

    public static ObjectMapper mapper() {
        return PRETTY;
    }

    private static final ObjectWriter PRETTY_WRITER =
            PRETTY.writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    /** Indented JSON with a final newline: {@link #prettyBytes} as text. */
    public static String pretty(Object value) {
        return new String(prettyBytes(value), StandardCharsets.UTF_8);
    }

    /** Indented JSON with a final newline as UTF-8 bytes, written as bytes from the start (a batch writes a file per community). */
    public static byte[] prettyBytes(Object value) {
        Buffer out = BUFFERS.get();
        out.reset();
        try {
            PRETTY_WRITER.writeValue(out, value);
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        } finally {
            if (out.capacity() > Buffer.KEPT) {
                BUFFERS.remove(); // a one-off as large as a province's roll-up is not kept
            }
        }
    }

    /**
     * Each thread's buffer for {@link #prettyBytes}, kept from one call to the next. A verdict is 20–70 KB: a new
     * buffer for each, zeroed, grown by copying and copied out, was about a third of the time of writing one.
     */
    private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

    private static final class Buffer extends ByteArrayOutputStream {
        /** Buffers up to this size are kept for the next call. */
        static final int KEPT = 1 << 20;

        Buffer() {
            super(64 * 1024);
        }

        int capacity() {
            return buf.length;
        }
    }

    /** Sorted keys, no white space: the form that is hashed. */
    public static byte[] canonical(Object value) {
        try {
            if (value instanceof JsonNode) { // a tree's own decimals are written as they are: normalise them as always
                return CANONICAL.writeValueAsBytes(CANONICAL.valueToTree(value));
            }
            return CANONICAL_DIRECT.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of {@link #canonical}, the bytes fed to the digest as they are written rather than kept. */
    public static String sha256(Object value) {
        if (value instanceof JsonNode) {
            return Sha256.hex(canonical(value));
        }
        MessageDigest digest = Sha256.digest();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            CANONICAL_DIRECT.writeValue(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
        return Sha256.hex(digest);
    }
}
