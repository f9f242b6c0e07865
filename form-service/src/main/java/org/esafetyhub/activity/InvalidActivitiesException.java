package org.esafetyhub.activity;

import java.util.List;

/** One or more activities files are wrong; each problem names the file, the line and the place in it. */
public final class InvalidActivitiesException extends RuntimeException {

    private final List<String> problems;

    InvalidActivitiesException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
