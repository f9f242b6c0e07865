package org.esafetyhub.agreement;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.limits.RateLimiter;
import org.esafetyhub.limits.RateLimits;
import org.esafetyhub.site.PageRenderer;
import org.esafetyhub.trust.Trust;

import java.time.Duration;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

/**
 * The parents' and carers' signing page, linked from their agreement: works without JavaScript, a problem
 * shows the form again with everything typed, and a class code from the teacher fixes the academy and
 * the class. Limited per client like reports; the client's address is never stored.
 */
public final class AgreementRoutes {

    public static final String SIGN_URL = "/agreements/parents/sign";

    private final PageRenderer renderer;
    private final ParentSigning signing;
    private final ClientKey clients;
    private final RateLimiter signingByClient;
    private final String keptFor;

    public AgreementRoutes(PageRenderer renderer, Trust trust, ParentSigning signing, RateLimits limits) {
        this.renderer = renderer;
        this.signing = signing;
        this.clients = new ClientKey(trust.service().trustedProxies());
        this.signingByClient = limits.limiter("signatures", trust.service().reportsPerClient(), Duration.ofMinutes(10));
        this.keptFor = inWords(trust.retention().agreementSignaturesPeriod());
    }

    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(SIGN_URL, ctx -> ctx.html(form(version(), SigningForm.empty(), Map.of())));
        routes.post(SIGN_URL, this::sign);
    }

    private String version() {
        return signing.currentVersion().orElseThrow(() -> new NotFoundResponse("No agreement is published"));
    }

    private void sign(Context ctx) {
        var version = version();
        if (!signingByClient.allow(clients.of(ctx))) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600").html(renderer.render("service/agreement-problem.ftl",
                    SIGN_URL, "Too many attempts", Map.of("message",
                            "There have been too many attempts from here. Please wait a few minutes and try again.")));
            return;
        }
        var form = SigningForm.from(ctx);
        var errors = form.check(true);
        var inClass = signing.classOf(form.classCode());
        if (form.classCode().isEmpty()) {
            errors.put("classCode", "Enter the class code your child's teacher gave you");
        } else if (inClass.isEmpty()) {
            errors.put("classCode", "We do not know the class code " + form.classCode()
                    + ". Check it with your child's teacher: it looks like 7B-2Q9K");
        }
        var read = ctx.formParam("version");
        if (read != null && !read.equals(version)) {
            // the agreement was re-published while the form was open: what is signed must be what was read
            errors.put("version", "The agreement has changed since you opened this page. Read the new version, then sign again");
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(form(version, form, errors));
            return;
        }
        var signature = signing.record(inClass.get(), form, version);
        ctx.header("Cache-Control", "no-store").html(renderer.render("service/agreement-signed.ftl", SIGN_URL,
                "Thank you for signing", Map.of("signature", signature, "keptFor", keptFor)));
    }

    private String form(String version, SigningForm form, Map<String, String> errors) {
        var values = new HashMap<String, Object>();
        values.put("version", version);
        values.put("form", form.model());
        values.put("errors", errors);
        values.put("relationships", SigningForm.RELATIONSHIPS);
        values.put("keptFor", keptFor);
        values.put("agreementUrl", Agreements.url(Agreements.PARENTS));
        return renderer.render("service/agreement-sign.ftl", SIGN_URL, "Sign the Acceptable IT Use Agreement", values);
    }

    /** A retention period as the privacy notice says it: "2 years", "18 months". */
    static String inWords(Period period) {
        var parts = new java.util.ArrayList<String>();
        unit(parts, period.getYears(), "year");
        unit(parts, period.getMonths(), "month");
        unit(parts, period.getDays(), "day");
        return String.join(" and ", parts);
    }

    private static void unit(java.util.List<String> parts, int count, String name) {
        if (count > 0) {
            parts.add(count + " " + name + (count == 1 ? "" : "s"));
        }
    }
}
