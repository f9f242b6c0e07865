package org.esafetyhub.quiz;

import java.util.List;

/** One or more quiz files are wrong; each problem names the file, the question and the reason. */
public final class InvalidQuizException extends RuntimeException {

    private final List<String> problems;

    public InvalidQuizException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
