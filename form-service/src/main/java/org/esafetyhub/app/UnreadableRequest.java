package org.esafetyhub.app;

import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpException;

import java.util.Map;
import java.util.Optional;

/**
 * A body the server could not read as what it claims to be (a multipart body without its boundary or
 * cut short, say) reaches the handlers as an exception from Jetty carrying a 4xx code: it is the
 * client's fault, answered with that code and a plain message, never a 500.
 */
final class UnreadableRequest {

    private static final String MESSAGE = "We could not read what was sent. Please go back and send it again.";

    private UnreadableRequest() {
    }

    /** The 4xx status Jetty gave the request, if the exception comes from a request it could not read. */
    static Optional<Integer> status(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return Optional.of(http.getCode());
            }
        }
        return Optional.empty();
    }

    static void answer(Context ctx, int status) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.json(Map.of("error", MESSAGE));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result(MESSAGE);
        }
    }
}
