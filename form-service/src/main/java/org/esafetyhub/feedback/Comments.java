package org.esafetyhub.feedback;

import io.javalin.http.NotFoundResponse;
import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.db.RandomIds;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The comments on the codes of conduct: the form adds them, reviewers read those in their scope and mark them considered. */
public final class Comments {

    private final Jdbi jdbi;
    private final Clock clock;

    public Comments(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Keeps the day only, not the time. @param academySlug the school chosen, or null for the whole trust */
    void add(String documentUrl, String academySlug, String writer, String body) {
        jdbi.useExtension(FeedbackStore.class, store -> store.add(RandomIds.uuid(), documentUrl, academySlug, writer, body,
                LocalDate.now(clock).toString()));
    }

    /** The scope's comments and the trust-wide ones. */
    List<FeedbackStore.Comment> inScope(AcademyScope scope) {
        return jdbi.withExtension(FeedbackStore.class, store -> store.comments(scope));
    }

    /** Marks a comment considered once; one outside the scope does not exist (404). */
    void consider(String id, AcademyScope scope, String staffId) {
        jdbi.useTransaction(handle -> {
            var store = handle.attach(FeedbackStore.class);
            if (store.visible(id, scope) == 0) {
                throw new NotFoundResponse("No such comment");
            }
            store.consider(id, scope, staffId, clock.millis());
        });
    }
}
