package org.quarterhour.inventory;

import java.time.LocalDate;

/** When and by whom the community was inspected; both optional. */
public record Inspection(LocalDate date, String inspector) {
    public static final Inspection NONE = new Inspection(null, null);
}
