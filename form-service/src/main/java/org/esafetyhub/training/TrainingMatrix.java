package org.esafetyhub.training;

import org.esafetyhub.trust.TrainingRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The training matrix of one academy, or of every academy for the trust's eSafety officer: each member of
 * staff with their status, in name order, and how many are current, overdue and never trained.
 */
record TrainingMatrix(String academySlug, List<Row> rows, Map<TrainingStatus.State, Long> counts) {

    record Row(TrainingStore.Member member, TrainingStatus status) {
    }

    /** @param academySlug the academy, or null for every academy */
    static TrainingMatrix of(String academySlug, List<TrainingStore.Member> members, List<TrainingStore.Completion> completions,
                             TrainingRules training, LocalDate today) {
        var byAccount = completions.stream().collect(Collectors.groupingBy(TrainingStore.Completion::accountId));
        var rows = new ArrayList<Row>();
        for (var member : members) {
            rows.add(new Row(member, TrainingStatus.of(byAccount.getOrDefault(member.id(), List.of()), training, today)));
        }
        var counts = new LinkedHashMap<TrainingStatus.State, Long>();
        for (var state : TrainingStatus.State.values()) {
            counts.put(state, rows.stream().filter(row -> row.status().state() == state).count());
        }
        return new TrainingMatrix(academySlug, List.copyOf(rows), counts);
    }

    List<Row> due() {
        return rows.stream().filter(row -> row.status().due()).toList();
    }
}
