package org.quarterhour.ledger;

import java.util.List;
import org.quarterhour.verdict.Verdict;

/**
 * A recorded inventory scored under another standard or version: the items whose result changes (an item only one side
 * has shows "absent" on the other), how many stay the same, and whether the grade changes.
 */
public record WhatIf(Entry entry, Verdict under, List<ItemChange> changes, int unchanged, String recordedTotal,
        String underTotal, boolean gradeChanges) {

    /** One item whose result differs: points ("5.3"), "met"/"not met", "n/a", or "absent". */
    public record ItemChange(String code, String name, String recorded, String under) {
    }

    public WhatIf {
        changes = List.copyOf(changes);
    }
}
