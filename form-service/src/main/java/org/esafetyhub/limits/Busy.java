package org.esafetyhub.limits;

import java.time.Duration;

/**
 * The service is doing as much of one kind of costly work as its memory allows, and a request waited its
 * turn in vain: answered 503 with Retry-After, never queued without end (which is how memory runs out).
 */
public final class Busy extends RuntimeException {

    private final Duration retryAfter;

    public Busy(String what, Duration retryAfter) {
        super(what, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** When to try again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
