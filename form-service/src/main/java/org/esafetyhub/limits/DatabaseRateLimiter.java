package org.esafetyhub.limits;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A limit every node counts in: fixed windows of the period, counted in the database under a keyed
 * hash of the key. Over the edge of two windows a client may get up to twice the allowance, which
 * still stops floods. Rows of past windows are deleted now and then.
 */
final class DatabaseRateLimiter implements RateLimiter {

    private static final long SWEEP_EVERY_MILLIS = 60_000;

    private final Jdbi jdbi;
    private final KeyedHash hash;
    private final long capacity;
    private final long periodMillis;
    private final Clock clock;
    private final AtomicLong lastSweep = new AtomicLong();

    DatabaseRateLimiter(Jdbi jdbi, KeyedHash hash, long capacity, Duration period, Clock clock) {
        this.jdbi = jdbi;
        this.hash = hash;
        this.capacity = capacity;
        this.periodMillis = period.toMillis();
        this.clock = clock;
    }

    @Override
    public boolean allow(String key) {
        long now = clock.millis();
        long window = now - now % periodMillis;
        sweep(now);
        int hits = jdbi.onDemand(RateCounterStore.class).countAndRead(hash.of(key), window, window + periodMillis);
        return hits <= capacity;
    }

    @Override
    public boolean hasRoom(String key) {
        long now = clock.millis();
        long window = now - now % periodMillis;
        return jdbi.onDemand(RateCounterStore.class).hits(hash.of(key), window).orElse(0) < capacity;
    }

    private void sweep(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY_MILLIS && lastSweep.compareAndSet(last, now)) {
            jdbi.onDemand(RateCounterStore.class).deleteExpired(now);
        }
    }
}
