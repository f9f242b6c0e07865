package org.esafetyhub.training;

import org.esafetyhub.trust.TrainingRules;

import java.time.LocalDate;
import java.util.List;

/**
 * Where a member of staff stands with their training on a given day: current while their last pass is
 * younger than the refresher period, overdue after it, never trained without a pass. A failed attempt
 * counts as an attempt, never as training.
 *
 * @param lastPass    their newest passing completion, or null
 * @param lastAttempt their newest completion, passed or not, or null
 * @param dueOn       the day the refresher falls due (yyyy-MM-dd), or "" when never trained
 */
record TrainingStatus(State state, TrainingStore.Completion lastPass, TrainingStore.Completion lastAttempt, String dueOn) {

    enum State {
        CURRENT("Current"), OVERDUE("Overdue"), NEVER("Never trained");

        final String label;

        State(String label) {
            this.label = label;
        }
    }

    /** @param completions one person's completions, newest first */
    static TrainingStatus of(List<TrainingStore.Completion> completions, TrainingRules training, LocalDate today) {
        var lastAttempt = completions.isEmpty() ? null : completions.get(0);
        var lastPass = completions.stream().filter(TrainingStore.Completion::passed).findFirst().orElse(null);
        if (lastPass == null) {
            return new TrainingStatus(State.NEVER, null, lastAttempt, "");
        }
        var due = LocalDate.parse(lastPass.completedOn()).plus(training.refresherPeriod());
        return new TrainingStatus(today.isAfter(due) ? State.OVERDUE : State.CURRENT, lastPass, lastAttempt, due.toString());
    }

    String label() {
        return state.label;
    }

    /** Overdue or never trained: who a reminder goes to. */
    boolean due() {
        return state != State.CURRENT;
    }
}
