package org.esafetyhub.limits;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;

/**
 * Where rate limits count: in this process's memory (one node on SQLite), or in the database, so
 * that every node behind a proxy counts in the same allowance (PostgreSQL). The database holds only
 * a keyed hash of each key, for one window of at most an hour.
 */
public final class RateLimits {

    private final Jdbi jdbi;
    private final byte[] hashKey;
    private final Clock clock;

    private RateLimits(Jdbi jdbi, byte[] hashKey, Clock clock) {
        this.jdbi = jdbi;
        this.hashKey = hashKey;
        this.clock = clock;
    }

    public static RateLimits inMemory() {
        return new RateLimits(null, null, null);
    }

    /** @param hashKey the secret the keys are hashed with (the same on every node) */
    public static RateLimits inDatabase(Jdbi jdbi, byte[] hashKey, Clock clock) {
        return new RateLimits(jdbi, hashKey.clone(), clock);
    }

    /**
     * @param name     tells this limiter's keys from another's in the database
     * @param capacity requests allowed per key in each period
     * @param period   at most an hour
     */
    public RateLimiter limiter(String name, long capacity, Duration period) {
        if (jdbi == null) {
            return new MemoryRateLimiter(capacity, period);
        }
        if (period.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("a counter kept in the database lasts an hour at most");
        }
        return new DatabaseRateLimiter(jdbi, new KeyedHash(hashKey, name), capacity, period, clock);
    }
}
