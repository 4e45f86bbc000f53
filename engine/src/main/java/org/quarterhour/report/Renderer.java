package org.quarterhour.report;

import java.util.List;
import org.quarterhour.verdict.Verdict;

/** Turns verdicts into the bytes of one output format. */
@FunctionalInterface
public interface Renderer {
    byte[] render(List<Verdict> verdicts);
}
