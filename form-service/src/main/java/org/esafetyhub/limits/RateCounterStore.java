package org.esafetyhub.limits;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

import java.util.Optional;

/** Requests counted per keyed hash in the current fixed window; a new window starts the count again. */
interface RateCounterStore {

    @SqlUpdate("""
            INSERT INTO rate_counter (counter_key, window_start, hits, expires_at)
            VALUES (:key, :window, 1, :expires)
            ON CONFLICT (counter_key) DO UPDATE SET
                hits = CASE WHEN rate_counter.window_start = :window THEN rate_counter.hits + 1 ELSE 1 END,
                window_start = :window,
                expires_at = :expires""")
    void count(@Bind("key") String key, @Bind("window") long window, @Bind("expires") long expires);

    @SqlQuery("SELECT hits FROM rate_counter WHERE counter_key = :key AND window_start = :window")
    Optional<Integer> hits(@Bind("key") String key, @Bind("window") long window);

    /** Counts one request and returns the window's count with it, in one transaction. */
    @Transaction
    default int countAndRead(String key, long window, long expires) {
        count(key, window, expires);
        return hits(key, window).orElseThrow();
    }

    @SqlUpdate("DELETE FROM rate_counter WHERE expires_at < :now")
    int deleteExpired(@Bind("now") long now);
}
