package org.esafetyhub.quiz;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.esafetyhub.db.Database;
import org.esafetyhub.db.GroupCommit;
import org.esafetyhub.db.RandomIds;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Marks an attempt and stores it, to the hour and without anything that identifies the pupil.
 * Attempts come in bursts (a whole school in ten minutes): each is handed to one writer that
 * commits many at once, and the pupil gets the result only once theirs is committed.
 */
public final class Attempts {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);

    private final GroupCommit<AttemptStore.Recorded> writer;
    private final Clock clock;
    private final ClassCodes classCodes;
    /** Each quiz version's questions as JSON, written with its first attempt: made once, not once a request. */
    private final Map<List<String>, String> versionJson = new ConcurrentHashMap<>();

    public Attempts(Database database, Clock clock, ClassCodes classCodes) {
        this.writer = database.groupCommit("quiz-attempts", AttemptStore::writeBatch);
        this.clock = clock;
        this.classCodes = classCodes;
    }

    /** The class a typed code is for, if the service knows it. */
    Optional<ClassCodes.ClassCode> classOf(String typedCode) {
        return classCodes.find(typedCode);
    }

    /** A stored attempt: its id (answered to the API, so a client can tell which attempts were acknowledged) and its marks. */
    record Recorded(String attemptId, @JsonUnwrapped Marking.Result result) {
    }

    /** @param classCode the class the attempt counts for (its academy then wins over the one chosen), or null */
    Recorded record(Quiz quiz, Map<String, Set<String>> answers, String academySlug, ClassCodes.ClassCode classCode,
                    Stage stage) {
        var result = Marking.mark(quiz, answers);
        var id = RandomIds.uuid();
        var hour = HOUR.format(clock.instant().truncatedTo(ChronoUnit.HOURS));
        var attempt = new AttemptStore.Attempt(id, quiz.id(), quiz.version(),
                classCode == null ? academySlug : classCode.academySlug(), classCode == null ? null : classCode.code(),
                stage.value(), hour, result.score(), result.max());
        var rows = result.questions().stream()
                .map(q -> new AttemptStore.Answer(id, q.id(), String.join(",", new TreeSet<>(answers.get(q.id()))), q.correct()))
                .toList();
        var json = versionJson.computeIfAbsent(List.of(quiz.id(), quiz.version()), version -> QuizVersions.toJson(quiz));
        writer.write(new AttemptStore.Recorded(attempt, rows, json));
        return new Recorded(id, result);
    }
}
