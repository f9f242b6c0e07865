package org.esafetyhub.training;

import org.esafetyhub.csv.Csv;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The training matrix as CSV, one row a member of staff, formula-guarded like the results' CSV files. */
final class TrainingCsv {

    private static final List<String> HEADER = List.of("academy", "name", "email", "role", "status", "last_completed",
            "score", "max", "due_on", "last_attempt", "last_attempt_score", "last_attempt_passed", "course_version");

    private TrainingCsv() {
    }

    static String of(TrainingMatrix matrix, Map<String, String> academyNames) {
        return Csv.of(Stream.concat(Stream.of(HEADER), matrix.rows().stream().map(row -> {
            var member = row.member();
            var status = row.status();
            var pass = status.lastPass();
            var attempt = status.lastAttempt();
            return List.of(academyNames.getOrDefault(member.academySlug(), member.academySlug()), member.name(), member.email(),
                    member.role().label, status.label(),
                    pass == null ? "" : pass.completedOn(), pass == null ? "" : String.valueOf(pass.score()),
                    pass == null ? "" : String.valueOf(pass.maxScore()), status.dueOn(),
                    attempt == null ? "" : attempt.completedOn(), attempt == null ? "" : attempt.score() + "/" + attempt.maxScore(),
                    attempt == null ? "" : attempt.passed() ? "yes" : "no", pass == null ? "" : pass.courseVersion());
        })));
    }
}
