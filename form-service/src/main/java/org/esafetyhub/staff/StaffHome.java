package org.esafetyhub.staff;

import java.util.Map;

/** What the staff home shows besides cases: the member's own training status and the latest staff updates. */
final class StaffHome {

    private final TrainingRecords training;
    private final StaffUpdates updates;

    StaffHome(TrainingRecords training, StaffUpdates updates) {
        this.training = training;
        this.updates = updates;
    }

    Map<String, Object> of(StaffAccount account) {
        return Map.of("training", TrainingPages.statusModel(training.statusOf(account)), "updates", updates.latest());
    }
}
