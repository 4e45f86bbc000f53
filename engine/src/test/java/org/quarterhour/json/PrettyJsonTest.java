package org.quarterhour.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The pretty form is written through a buffer each thread keeps: what one call returns must not change with the next. */
class PrettyJsonTest {
    private static Map<String, Object> value(String name, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("lines", Collections.nCopies(n, "一刻钟便民生活圈 " + name));
        return m;
    }

    @Test
    void the_layout_is_two_spaces_a_map_s_keys_sorted_and_a_final_newline() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("b", 1);
        m.put("a", List.of("x"));
        assertEquals("{\n  \"a\" : [ \"x\" ],\n  \"b\" : 1\n}\n", Json.pretty(m));
    }

    @Test
    void each_call_returns_its_own_bytes_whatever_is_written_after_it() {
        byte[] first = Json.prettyBytes(value("first", 10));
        byte[] copy = first.clone();
        byte[] huge = Json.prettyBytes(value("huge", 60_000)); // past the size a thread keeps its buffer at
        byte[] second = Json.prettyBytes(value("second", 3));
        assertArrayEquals(copy, first);
        assertEquals(new String(Json.prettyBytes(value("second", 3)), StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
        assertTrue(huge.length > (1 << 20), "the large value is larger than a kept buffer: " + huge.length);
        assertEquals('\n', huge[huge.length - 1]);
        assertEquals(Json.pretty(value("huge", 60_000)), new String(huge, StandardCharsets.UTF_8));
    }

    @Test
    void threads_writing_at_once_each_get_exactly_their_own_value() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> written = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                written.add(pool.submit(() -> Json.prettyBytes(value("v" + n, n % 17))));
            }
            for (int i = 0; i < written.size(); i++) {
                Map<?, ?> back = Json.mapper().readValue(written.get(i).get(), Map.class);
                assertEquals("v" + i, back.get("name"));
                assertEquals(i % 17, ((List<?>) back.get("lines")).size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
