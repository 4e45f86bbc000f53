package org.quarterhour.batch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WrittenTest {
    @Test
    void knows_every_name_added_and_no_other_through_many_growths() {
        Written written = new Written();
        int n = 200_000;
        for (int i = 0; i < n; i += 2) {
            written.add("150625-XN-" + i + ".hangjin-banner@2023.12");
        }
        for (int i = 0; i < n; i++) {
            boolean added = i % 2 == 0;
            String name = "150625-XN-" + i + ".hangjin-banner@2023.12";
            if (added) {
                assertTrue(written.contains(name), name);
            } else {
                assertFalse(written.contains(name), name);
            }
        }
        written.add("150625-XN-0.hangjin-banner@2023.12"); // a name added again changes nothing
        assertTrue(written.contains("150625-XN-0.hangjin-banner@2023.12"));
        assertFalse(written.contains("150625-XN-0.chuzhou@2024.02"), "another standard's verdict is another name");
    }
}
