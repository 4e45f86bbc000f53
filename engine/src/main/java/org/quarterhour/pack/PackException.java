package org.quarterhour.pack;

import java.util.List;
import java.util.stream.Collectors;
import org.quarterhour.inventory.Problem;

/** A rule pack that cannot be used: it does not compile, fails its checks or does not match its seal. */
public final class PackException extends Exception {
    private final List<Problem> problems;

    public PackException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public PackException(String file, String message) {
        this(List.of(new Problem(file, 0, 0, "", message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
