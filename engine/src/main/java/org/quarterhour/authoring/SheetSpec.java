package org.quarterhour.authoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A standard as a bureau lists it on its sheet: categories of items with points and the facility types that count. */
public record SheetSpec(String id, String version, String title, String issuer, String document, LocalDate inForceFrom,
        int radiusM, BigDecimal total, List<Category> categories, List<Grade> grades) {
    public SheetSpec {
        categories = List.copyOf(categories);
        grades = List.copyOf(grades);
    }

    /** A category; {@code minimum} in points, or every item met where its items have no points. */
    public record Category(String code, String name, BigDecimal minimum, List<Item> items) {
        public Category {
            items = List.copyOf(items);
        }

        public boolean checklist() {
            return items.stream().allMatch(i -> i.points() == null);
        }

        public BigDecimal points() {
            return checklist() ? null : items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** An item: its words, its points (none for a met/not-met item), the facility codes that satisfy it, its radius. */
    public record Item(String name, BigDecimal points, List<String> types, Integer radiusM) {
        public Item {
            types = List.copyOf(types);
        }
    }

    /** An outcome, lowest first; the lowest has no condition. */
    public record Grade(String code, String label, BigDecimal totalAtLeast) {
    }
}
