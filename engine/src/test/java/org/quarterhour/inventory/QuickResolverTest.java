package org.quarterhour.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** {@link QuickResolver} tags every scalar as SnakeYAML's own resolver does. */
class QuickResolverTest {
    private static final Resolver SNAKEYAML = new Resolver();
    private static final QuickResolver QUICK = new QuickResolver();

    @Test
    void this_snakeyaml_lets_words_be_answered_without_patterns() {
        assertTrue(QUICK.answersWords(), "SnakeYAML now tries a pattern on every scalar that QuickResolver does not know");
    }

    @Test
    void an_inventorys_scalars_and_every_implicit_type_are_tagged_as_snakeyaml_tags_them() {
        for (String s : List.of("C0G1", "convenience_store", "便利店", "基准社区12", "F01", "quarterhour/inventory/v1", "gcj02",
                "30.123456", "105.5", "0", "7", "1500", "08", "007", "0.5", ".5", "1.", "1e5", "1_000", "-5", "+3", "0x1F", "0b101",
                "0o17", "1:30", "2024-11-05", "2024-11-05T10:00:00Z", "true", "True", "yes", "No", "on", "OFF", "y", "n", "null",
                "Null", "~", "", " ", ".inf", "-.Inf", ".NaN", "<<", "=", "!", "&a", "*a", "\0", "\0x", "1.5.2", "12 34", "1-2",
                "١٢٣", "１２")) {
            assertSameTag(s);
        }
    }

    @Property(tries = 20_000)
    void any_string_is_tagged_as_snakeyaml_tags_it(@ForAll String s) {
        assertSameTag(s);
    }

    /** A million strings of the characters YAML's implicit types are made of, up to 12 long. */
    @Test
    void strings_of_number_and_keyword_characters_are_tagged_as_snakeyaml_tags_them() {
        String alphabet = "0123456789012345678901234567890123456789..-+_eExXbBoO:TtZz ~nNuUlLyYsSfFaAiI\0基";
        SplittableRandom random = new SplittableRandom(20261122);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) {
            s.setLength(0);
            int length = random.nextInt(13);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameTag(s.toString());
        }
    }

    @Test
    void a_number_longer_than_snakeyaml_tries_is_tagged_as_snakeyaml_tags_it() {
        assertSameTag("1".repeat(1024));
        assertSameTag("1".repeat(1025));
        assertSameTag("1".repeat(600) + "." + "5".repeat(423));
        assertSameTag("1".repeat(600) + "." + "5".repeat(424));
    }

    private static void assertSameTag(String s) {
        for (NodeId kind : NodeId.values()) {
            for (boolean implicit : new boolean[] {true, false}) {
                Tag expected = SNAKEYAML.resolve(kind, s, implicit);
                assertEquals(expected, QUICK.resolve(kind, s, implicit), () -> kind + " '" + s + "' implicit " + implicit);
            }
        }
    }
}
