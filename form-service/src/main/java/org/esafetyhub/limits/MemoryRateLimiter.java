package org.esafetyhub.limits;

import io.github.bucket4j.Bucket;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most so many requests per key (a client's address, a case reference) in a period, held only
 * in this process's memory and never stored: the most recently used 10,000 keys are remembered.
 * For one node on SQLite, where no other node counts.
 */
final class MemoryRateLimiter implements RateLimiter {

    private static final int KEYS_REMEMBERED = 10_000;

    private final long capacity;
    private final Duration period;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > KEYS_REMEMBERED;
        }
    };

    MemoryRateLimiter(long capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    @Override
    public boolean allow(String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                    .build());
        }
        return bucket.tryConsume(1);
    }

    @Override
    public boolean hasRoom(String key) {
        synchronized (buckets) {
            var bucket = buckets.get(key);
            return bucket == null || bucket.getAvailableTokens() > 0;
        }
    }
}
