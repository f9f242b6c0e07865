package org.esafetyhub.site;

import java.util.List;
import java.util.stream.Collectors;

/** The bake found problems; each names its file and line so an author can fix it. */
public final class BakeFailedException extends RuntimeException {

    private final List<BakeProblem> problems;

    BakeFailedException(List<BakeProblem> problems) {
        super("The bake failed with " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BakeProblem> problems() {
        return problems;
    }
}
