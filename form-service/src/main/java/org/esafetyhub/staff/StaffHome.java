package org.esafetyhub.staff;

import org.esafetyhub.account.StaffAccount;

import java.util.Map;
import java.util.function.Function;

/** What the staff home shows besides cases: the member's own training status and the latest staff updates. */
public final class StaffHome {

    private final Function<StaffAccount, Object> trainingStatus;
    private final StaffUpdates updates;

    /** @param trainingStatus the member's training status as the home's template shows it */
    public StaffHome(Function<StaffAccount, Object> trainingStatus, StaffUpdates updates) {
        this.trainingStatus = trainingStatus;
        this.updates = updates;
    }

    Map<String, Object> of(StaffAccount account) {
        return Map.of("training", trainingStatus.apply(account), "updates", updates.latest());
    }
}
