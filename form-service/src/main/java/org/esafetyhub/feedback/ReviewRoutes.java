package org.esafetyhub.feedback;

import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.staff.StaffPages;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.data.DataFile;
import org.esafetyhub.policy.Policy;
import org.esafetyhub.site.BakedDocuments;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reviews with parents (policy 1, 3.4): the documents of the baked site due for review within
 * {@value #DUE_WITHIN_DAYS} days or overdue, and the anonymous comments on the codes of conduct, each
 * of which can be marked considered. For the Principal (their academy's comments and the trust's) and the
 * trust's eSafety officer (all); anyone else gets a 404. Also the policy's clauses that current guidance differs from.
 */
public final class ReviewRoutes {

    static final int DUE_WITHIN_DAYS = 30;

    private final Comments comments;
    private final StaffPages pages;
    private final Clock clock;
    private final Path site;
    /** The policy's clauses that current guidance differs from: the next review of the policy settles each. */
    private final Map<String, Policy.ReviewNote> clausesToReview;

    public ReviewRoutes(Comments comments, StaffPages pages, Clock clock, Path site, Map<String, Policy.ReviewNote> clausesToReview) {
        this.comments = comments;
        this.pages = pages;
        this.clock = clock;
        this.site = site;
        this.clausesToReview = clausesToReview;
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/staff/reviews", this::show);
        routes.post("/staff/reviews/comments/{id}/considered", this::consider);
    }

    private static StaffAccount reviewer(Context ctx) {
        var staff = StaffSessions.signedIn(ctx).account();
        if (!staff.role().leadsReviews()) {
            throw new NotFoundResponse("No such page");
        }
        return staff;
    }

    private void show(Context ctx) {
        var staff = reviewer(ctx);
        var today = LocalDate.now(clock);
        var documents = BakedDocuments.under(site);
        var reviewed = documents.stream().filter(d -> d.nextReview() != null).toList();
        var titles = new LinkedHashMap<String, String>();
        documents.forEach(d -> titles.put(d.url(), d.title()));
        var byDocument = new LinkedHashMap<String, List<FeedbackStore.Comment>>();
        comments.inScope(StaffSessions.signedIn(ctx).scope())
                .forEach(c -> byDocument.computeIfAbsent(c.documentUrl(), url -> new java.util.ArrayList<>()).add(c));
        var rows = reviewed.stream().map(d -> Map.<String, Object>of("url", d.url(), "title", d.title(),
                "nextReview", d.nextReview().toString(), "overdue", d.nextReview().isBefore(today),
                "due", !d.nextReview().isAfter(today.plusDays(DUE_WITHIN_DAYS)))).toList();
        ctx.html(pages.render("staff/reviews.ftl", "/staff/reviews", "Reviews with parents", StaffSessions.signedIn(ctx), Map.of(
                "clausesToReview", DataFile.asTemplateModel(clausesToReview),
                "due", rows.stream().filter(row -> (Boolean) row.get("due")).toList(),
                "documents", rows, "today", today.toString(), "dueWithin", DUE_WITHIN_DAYS,
                "titles", titles, "comments", byDocument, "saved", ctx.queryParam("saved") != null)));
    }

    private void consider(Context ctx) {
        var staff = reviewer(ctx);
        var id = ctx.pathParam("id");
        comments.consider(id, StaffSessions.signedIn(ctx).scope(), staff.id());
        ctx.redirect("/staff/reviews?saved=1#comment-" + id);
    }
}
