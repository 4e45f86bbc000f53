package org.quarterhour.eval;

import java.math.BigDecimal;

/** A scoring item as a rule's metadata declares it: {@code @code @name @category @points @clause}. */
public record ItemSpec(String rule, String code, String name, String category, BigDecimal points, String clause) {
}
