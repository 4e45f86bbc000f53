package org.quarterhour.tester;

import java.math.BigDecimal;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quarterhour.inventory.Inventory;

/**
 * One case: a note saying what it proves, the standard it is for, an inventory, and what the verdict must show.
 * Expected item and category values are points (a number) or met/not met (true/false).
 */
public record TestCase(String file, String note, String standard, Inventory inventory, BigDecimal detourFactor,
        String outcome, BigDecimal total, SortedMap<String, Object> categories, SortedMap<String, Object> items) {
    public TestCase {
        categories = new TreeMap<>(categories);
        items = new TreeMap<>(items);
    }
}
