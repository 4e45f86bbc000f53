package org.quarterhour.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    @Test
    void the_bar_shows_how_many_are_done_of_how_many_and_which() {
        assertEquals("[==========>         ] 12/24 50%  锡尼镇团结社区", ProgressBar.line(12, 24, 20, "锡尼镇团结社区"));
        assertEquals("[====================] 24/24 100%", ProgressBar.line(24, 24, 20, ""));
        assertEquals("[====================] 0/0 100%", ProgressBar.line(0, 0, 20, ""), "nothing to do is all done");
        assertEquals("[>         ] 0/3 0%  一二三四五六七八九十一二三四五六七八九十一二三…",
                ProgressBar.line(0, 3, 10, "一二三四五六七八九十一二三四五六七八九十一二三四五六"));
    }

    @Test
    void on_a_terminal_it_is_redrawn_in_place_and_ends_with_a_new_line() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress bar = Progress.bar(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        bar.start(2);
        bar.advance("a");
        bar.clearLine();
        bar.advance("b");
        bar.finish();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(shown.startsWith("\r["), shown);
        assertTrue(shown.contains("2/2 100%  b"), shown);
        assertTrue(shown.matches("(?s).*\\r {30,}\\r+\\[.*"), "a message's line is wiped, then the bar drawn again: " + shown);
        assertTrue(shown.endsWith("\n"), shown);
    }

    @Test
    void quiet_progress_has_nowhere_to_print_and_takes_every_call() {
        Progress quiet = Progress.quiet();
        quiet.start(3);
        quiet.advance("x");
        quiet.finish();
    }
}
