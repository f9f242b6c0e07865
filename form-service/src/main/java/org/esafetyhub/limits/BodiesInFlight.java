package org.esafetyhub.limits;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@link #PER_CLIENT} requests with a body (a POST, say) from one client handled at once, checked before
 * anything reads the body: one address sending bodies slowly then holds no more than that many of the server's
 * threads (issue 19, finding 2), and the rest are answered 429 at once. Counted in this process, whose threads
 * it guards; the client key is held only while its requests are in hand.
 */
public final class BodiesInFlight {

    /** Far above what a classroom behind one address sends at the same instant. */
    public static final int PER_CLIENT = 32;
    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "OPTIONS");
    private static final String HELD = "limits.bodyInFlight";
    private static final String MESSAGE = "There are too many requests from here at once. Please wait a few seconds and try again.";

    private final ClientKey clients;
    private final int perClient;
    private final Map<String, Integer> inFlight = new ConcurrentHashMap<>();

    public BodiesInFlight(ClientKey clients) {
        this(clients, PER_CLIENT);
    }

    BodiesInFlight(ClientKey clients, int perClient) {
        this.clients = clients;
        this.perClient = perClient;
    }

    /** Registers the check before every other handler, and the release after every request, whatever became of it. */
    public void register(JavalinDefaultRoutingApi routes) {
        routes.before(this::enter);
        routes.after(this::leave);
    }

    private void enter(Context ctx) {
        if (WITHOUT_BODY.contains(ctx.method().name())) {
            return;
        }
        var client = clients.of(ctx);
        if (inFlight.merge(client, 1, Integer::sum) > perClient) {
            release(client);
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "5");
            if (ctx.path().startsWith("/api/")) {
                ctx.json(Map.of("error", MESSAGE));
            } else {
                ctx.contentType("text/plain; charset=utf-8").result(MESSAGE);
            }
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(HELD, client);
    }

    private void leave(Context ctx) {
        String client = ctx.attribute(HELD);
        if (client != null) {
            ctx.attribute(HELD, null);
            release(client);
        }
    }

    private void release(String client) {
        inFlight.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** How many clients have a request with a body in hand: none once every request has ended. */
    int clientsInFlight() {
        return inFlight.size();
    }
}
