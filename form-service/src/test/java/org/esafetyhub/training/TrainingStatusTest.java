package org.esafetyhub.training;

import org.esafetyhub.trust.TrainingRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingStatusTest {

    private static final TrainingRules TWELVE_MONTHS = new TrainingRules(80, "P12M");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-27");

    private static TrainingStore.Completion on(String day, int score, boolean passed) {
        return new TrainingStore.Completion(day + score, "account", "riverside-primary", day, score, 9, passed, "v1");
    }

    @Test
    void a_pass_within_the_refresher_period_is_current_until_its_due_day() {
        var status = TrainingStatus.of(List.of(on("2025-11-27", 9, true)), TWELVE_MONTHS, TODAY);

        assertThat(status.state()).isEqualTo(TrainingStatus.State.CURRENT);
        assertThat(status.dueOn()).isEqualTo("2026-11-27");
        assertThat(status.due()).isFalse();
    }

    @Test
    void a_pass_older_than_the_refresher_period_is_overdue() {
        var status = TrainingStatus.of(List.of(on("2025-11-26", 9, true)), TWELVE_MONTHS, TODAY);

        assertThat(status.state()).isEqualTo(TrainingStatus.State.OVERDUE);
        assertThat(status.dueOn()).isEqualTo("2026-11-26");
        assertThat(status.due()).isTrue();
    }

    @Test
    void failed_attempts_alone_are_never_trained_but_are_kept_as_the_last_attempt() {
        var status = TrainingStatus.of(List.of(on("2026-11-20", 5, false), on("2026-11-01", 3, false)), TWELVE_MONTHS, TODAY);

        assertThat(status.state()).isEqualTo(TrainingStatus.State.NEVER);
        assertThat(status.lastPass()).isNull();
        assertThat(status.lastAttempt().score()).isEqualTo(5);
        assertThat(status.dueOn()).isEmpty();
    }

    @Test
    void a_failed_refresher_after_a_pass_leaves_the_earlier_pass_in_force() {
        var status = TrainingStatus.of(List.of(on("2026-11-20", 4, false), on("2026-01-10", 8, true)), TWELVE_MONTHS, TODAY);

        assertThat(status.state()).isEqualTo(TrainingStatus.State.CURRENT);
        assertThat(status.lastPass().completedOn()).isEqualTo("2026-01-10");
        assertThat(status.lastAttempt().completedOn()).isEqualTo("2026-11-20");
    }

    @Test
    void no_completion_at_all_is_never_trained() {
        assertThat(TrainingStatus.of(List.of(), TWELVE_MONTHS, TODAY).state()).isEqualTo(TrainingStatus.State.NEVER);
    }
}
