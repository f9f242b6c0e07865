package org.esafetyhub.feedback;

import io.javalin.http.Context;
import org.esafetyhub.forms.TypedText;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.limits.RateLimiter;
import org.esafetyhub.limits.RateLimits;
import org.esafetyhub.site.BakedDocuments;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The anonymous feedback form of the codes of conduct (policy 3.4). A comment keeps what was written,
 * parent or pupil, the school if one was chosen (else the whole trust) and the day: no address, browser
 * or time. Rate-limited per client like reports; a problem shows the form again with what was typed.
 */
public final class FeedbackRoutes {

    public static final String URL = "/feedback/";
    static final int MAX_COMMENT = 2_000;
    static final Map<String, String> WRITERS = Map.of("PARENT", "Parent or carer", "PUPIL", "Pupil");

    private final PageRenderer renderer;
    private final Comments comments;
    private final Path site;
    private final Map<String, String> academies = new LinkedHashMap<>();
    private final ClientKey clients;
    private final RateLimiter commentsByClient;

    /** @param site the baked site, whose pages with the feedback form are the documents a comment may be about */
    public FeedbackRoutes(PageRenderer renderer, Trust trust, Comments comments, Path site, RateLimits limits) {
        this.renderer = renderer;
        this.comments = comments;
        this.site = site;
        trust.academies().forEach(a -> academies.put(a.slug(), a.name()));
        this.clients = new ClientKey(trust.service().trustedProxies());
        this.commentsByClient = limits.limiter("feedback", trust.service().reportsPerClient(), Duration.ofMinutes(10));
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(URL, ctx -> ctx.html(page(Map.of("document", String.valueOf(ctx.queryParam("document"))), Map.of(), "")));
        routes.post(URL, this::comment);
    }

    private void comment(Context ctx) {
        var typed = new HashMap<String, String>();
        for (var field : new String[] {"document", "who", "academy", "comment"}) {
            typed.put(field, TypedText.field(ctx, field));
        }
        if (!commentsByClient.allow(clients.of(ctx))) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600").html(page(typed, Map.of(),
                    "There have been too many comments from here. Please wait a few minutes and try again."));
            return;
        }
        var errors = check(typed);
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(page(typed, errors, ""));
            return;
        }
        comments.add(typed.get("document"), typed.get("academy").isEmpty() ? null : typed.get("academy"), typed.get("who"),
                typed.get("comment"));
        ctx.html(renderer.render("service/feedback-thanks.ftl", URL, "Thank you for your comment",
                Map.of("document", typed.get("document"))));
    }

    private Map<String, String> check(Map<String, String> typed) {
        var errors = new LinkedHashMap<String, String>();
        if (feedbackPage(typed.get("document")).isEmpty()) {
            errors.put("document", "Choose the code of conduct your comment is about");
        }
        if (!WRITERS.containsKey(typed.get("who"))) {
            errors.put("who", "Say whether you are a parent or carer, or a pupil");
        }
        if (!typed.get("academy").isEmpty() && !academies.containsKey(typed.get("academy"))) {
            errors.put("academy", "Choose one of the trust's schools, or all of them");
        }
        var comment = typed.get("comment");
        if (comment.isEmpty()) {
            errors.put("comment", "Write your comment");
        } else if (comment.length() > MAX_COMMENT) {
            errors.put("comment", "Your comment must be " + MAX_COMMENT + " characters or fewer (it has " + comment.length() + ")");
        }
        return errors;
    }

    private java.util.Optional<BakedDocuments.Document> feedbackPage(String url) {
        return BakedDocuments.at(site, url).filter(BakedDocuments.Document::takesFeedback);
    }

    /**
     * The pages the comment may be about, by URL, with their titles: the one it came from (a hidden field,
     * as on that page), or, when none was given, every page with the feedback form to choose from.
     */
    private Map<String, String> documents(String document) {
        var documents = new LinkedHashMap<String, String>();
        var from = feedbackPage(document);
        if (from.isPresent()) {
            documents.put(from.get().url(), from.get().title());
        } else {
            BakedDocuments.under(site).stream().filter(BakedDocuments.Document::takesFeedback)
                    .forEach(d -> documents.put(d.url(), d.title()));
        }
        return documents;
    }

    private String page(Map<String, String> typed, Map<String, String> errors, String problem) {
        var documents = documents(typed.get("document"));
        var values = new HashMap<String, Object>();
        values.put("documents", documents);
        values.put("document", documents.containsKey(typed.get("document")) ? typed.get("document") : "");
        values.put("academies", academies);
        values.put("values", typed);
        values.put("errors", errors);
        values.put("problem", problem);
        return renderer.render("service/feedback.ftl", URL, "Comment on a code of conduct", values);
    }
}
