package org.esafetyhub.agreement;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.JavalinDefaultRoutingApi;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.text.MeasureFormat;
import org.esafetyhub.language.Words;
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
 * the class. Limited per client like reports; the client's address is never stored. Offered in every language
 * with template words at /<code>/agreements/parents/sign (English unprefixed); what is signed is always the English
 * agreement's version, the one that counts.
 */
public final class AgreementRoutes {

    public static final String SIGN_URL = "/agreements/parents/sign";

    private final PageRenderer renderer;
    private final ParentSigning signing;
    private final ClientKey clients;
    private final RateLimiter signingByClient;
    private final Period keptFor;

    public AgreementRoutes(PageRenderer renderer, Trust trust, ParentSigning signing, RateLimits limits) {
        this.renderer = renderer;
        this.signing = signing;
        this.clients = new ClientKey(trust.service().trustedProxies());
        this.signingByClient = limits.limiter("signatures", trust.service().reportsPerClient(), Duration.ofMinutes(10));
        this.keptFor = trust.retention().agreementSignaturesPeriod();
    }

    public void register(JavalinDefaultRoutingApi routes) {
        for (var words : renderer.languages()) {
            routes.get(words.url(SIGN_URL), ctx -> ctx.html(form(words, version(), SigningForm.empty(), Map.of())));
            routes.post(words.url(SIGN_URL), ctx -> sign(ctx, words));
        }
    }

    private String version() {
        return signing.currentVersion().orElseThrow(() -> new NotFoundResponse("No agreement is published"));
    }

    private void sign(Context ctx, Words words) {
        var version = version();
        if (!signingByClient.allow(clients.of(ctx))) {
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600").html(renderer.render(words,
                    "service/agreement-problem.ftl", SIGN_URL, words.text("agreement.problem.tooManyTitle"),
                    Map.of("message", words.text("form.error.tooManyAttempts")), false));
            return;
        }
        var form = SigningForm.from(ctx);
        var errors = form.check(true, words);
        var inClass = signing.classOf(form.classCode());
        if (form.classCode().isEmpty()) {
            errors.put("classCode", words.text("agreement.error.classCodeMissing"));
        } else if (inClass.isEmpty()) {
            errors.put("classCode", words.text("agreement.error.classCodeUnknown", form.classCode()));
        }
        var read = ctx.formParam("version");
        if (read != null && !read.equals(version)) {
            // the agreement was re-published while the form was open: what is signed must be what was read
            errors.put("version", words.text("agreement.error.versionChanged"));
        }
        if (!errors.isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).html(form(words, version, form, errors));
            return;
        }
        var signature = signing.record(inClass.get(), form, version);
        ctx.header("Cache-Control", "no-store").html(renderer.render(words, "service/agreement-signed.ftl", SIGN_URL,
                words.text("agreement.signed.title"), Map.of("signature", signature, "keptFor", inWords(keptFor, words),
                        "agreementUrl", signing.agreementUrl(words)), false));
    }

    private String form(Words words, String version, SigningForm form, Map<String, String> errors) {
        var values = new HashMap<String, Object>();
        values.put("version", version);
        values.put("form", form.model());
        values.put("errors", errors);
        values.put("relationships", SigningForm.relationships(words));
        values.put("keptFor", inWords(keptFor, words));
        values.put("agreementUrl", signing.agreementUrl(words));
        return renderer.render(words, "service/agreement-sign.ftl", SIGN_URL, words.text("agreement.sign.title"), values,
                errors.isEmpty());
    }

    /** A retention period as the privacy notice says it, in the page's language: "2 years", "18 months", "2 lata". */
    static String inWords(Period period, Words words) {
        var parts = new java.util.ArrayList<Measure>();
        unit(parts, period.getYears(), MeasureUnit.YEAR);
        unit(parts, period.getMonths(), MeasureUnit.MONTH);
        unit(parts, period.getDays(), MeasureUnit.DAY);
        return MeasureFormat.getInstance(ULocale.forLanguageTag(words.language().htmlLang()), MeasureFormat.FormatWidth.WIDE)
                .formatMeasures(parts.toArray(Measure[]::new));
    }

    private static void unit(java.util.List<Measure> parts, int count, MeasureUnit unit) {
        if (count > 0) {
            parts.add(new Measure(count, unit));
        }
    }
}
