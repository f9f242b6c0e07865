package org.esafetyhub.trust;

import java.time.Period;

/**
 * Staff training (policy 3.3): the share of the quiz's questions a member of staff must get right to
 * pass ({@code passMark}, a percentage, 80 unless set) and how long a pass stays current before the
 * refresher is due ({@code refresher}, an ISO-8601 period, {@code P12M} unless set).
 */
public record TrainingRules(Integer passMark, String refresher) {

    public static final TrainingRules DEFAULT = new TrainingRules(null, null);

    public TrainingRules {
        passMark = passMark == null ? 80 : passMark;
        refresher = refresher == null ? "P12M" : refresher;
    }

    public Period refresherPeriod() {
        return Period.parse(refresher);
    }

    /** Whether a score passes: at least the pass mark's share of the maximum. */
    public boolean passes(int score, int max) {
        return max > 0 && score * 100 >= passMark * max;
    }
}
