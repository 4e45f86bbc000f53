package org.quarterhour.facts;

import java.util.List;
import java.util.stream.Collectors;
import org.quarterhour.verdict.Evidence;

/** Yes/no findings an inspector recorded; a finding absent from the inventory counts as not met. */
public final class Findings {
    record Finding(String key, Boolean value) {
        boolean met() {
            return Boolean.TRUE.equals(value);
        }
    }

    private final String group;
    private final List<Finding> findings;

    Findings(String group, List<Finding> findings) {
        this.group = group;
        this.findings = List.copyOf(findings);
    }

    public int getMetCount() {
        return (int) findings.stream().filter(Finding::met).count();
    }

    public int getCount() {
        return findings.size();
    }

    public boolean isAllMet() {
        return getMetCount() == getCount();
    }

    List<Evidence> evidence() {
        return findings.stream().map(f -> Evidence.finding(f.key(), f.value())).toList();
    }

    String reason() {
        String met = findings.stream().filter(Finding::met).map(Finding::key).collect(Collectors.joining(", "));
        String notMet = findings.stream().filter(f -> Boolean.FALSE.equals(f.value())).map(Finding::key)
                .collect(Collectors.joining(", "));
        String missing = findings.stream().filter(f -> f.value() == null).map(Finding::key).collect(Collectors.joining(", "));
        StringBuilder s = new StringBuilder(group).append(": ").append(getMetCount()).append(" of ").append(getCount()).append(" met");
        if (!notMet.isEmpty()) {
            s.append("; not met: ").append(notMet);
        }
        if (!missing.isEmpty()) {
            s.append("; not recorded (counts as not met): ").append(missing);
        }
        return met.isEmpty() ? s.toString() : s.append("; met: ").append(met).toString();
    }
}
