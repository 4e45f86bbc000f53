package org.quarterhour.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {
    @Test
    void the_bureaus_targets_read_as_outcome_and_percent() {
        assertEquals(new Target("pass", new BigDecimal("80")), Target.parse("pass>=80%"));
        assertEquals(new Target("basic", new BigDecimal("40")), Target.parse("basic >= 40"));
        assertEquals(new Target("basic_met", new BigDecimal("100")), Target.parse("basic_met>=100%"));
        assertEquals("model>=90%", Target.parse("model>=90.0%").toString());
    }

    @Test
    void anything_else_is_refused_with_the_form_expected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse("80% pass"));
        assertEquals("target '80% pass' is not OUTCOME_CODE>=PERCENT% (for example pass>=80%)", e.getMessage());
    }

    @Test
    void an_outcome_alone_is_what_a_shell_leaves_of_an_unquoted_target() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Target.parse("met"));
        assertEquals("target 'met' is not OUTCOME_CODE>=PERCENT% (for example pass>=80%); in a shell, quote it (--target 'met>=PERCENT%'):"
                + " unquoted, the shell took >= for a redirect and made a file of that name", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Target.parse("pass>=120%"));
        assertThrows(IllegalArgumentException.class, () -> Target.parse("Pass>=80%"));
    }
}
