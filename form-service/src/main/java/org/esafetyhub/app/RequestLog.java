package org.esafetyhub.app;

import io.javalin.http.Context;
import org.esafetyhub.db.RandomIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.regex.Pattern;

/**
 * Every request gets an id (sent back as {@code X-Request-Id}, carried by every log line written
 * while it is handled) and one access log line: method, path, status and time. Never the client's
 * address, browser or referrer, never a query string, and one-time tokens in paths are masked.
 */
final class RequestLog {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";

    private static final Logger LOG = LoggerFactory.getLogger("access");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern SECRET_IN_PATH = Pattern.compile("^(/staff/set-password/)[^/]+");
    private static final int LONGEST_PATH = 200;

    private RequestLog() {
    }

    static void begin(Context ctx) {
        // a proxy's id is kept so one request can be followed through both logs; anything else is replaced
        var given = ctx.header(HEADER);
        var id = given != null && PLAIN_ID.matcher(given).matches() ? given : RandomIds.uuid();
        ctx.attribute(MDC_KEY, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    static void end(Context ctx, Float milliseconds) {
        String id = ctx.attribute(MDC_KEY);
        if (id != null) {
            MDC.put(MDC_KEY, id);
        }
        var path = path(ctx);
        LOG.atInfo().addKeyValue("method", ctx.method().name()).addKeyValue("path", path)
                .addKeyValue("status", ctx.statusCode()).addKeyValue("ms", Math.round(milliseconds))
                .log("{} {} {} {} ms", ctx.method().name(), path, ctx.statusCode(), Math.round(milliseconds));
        MDC.remove(MDC_KEY);
    }

    /** The path as logs may show it: no query string, no token, not overly long. */
    static String path(Context ctx) {
        var path = SECRET_IN_PATH.matcher(ctx.path()).replaceFirst("$1…");
        return path.length() > LONGEST_PATH ? path.substring(0, LONGEST_PATH) + "…" : path;
    }
}
