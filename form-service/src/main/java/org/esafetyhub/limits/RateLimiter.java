package org.esafetyhub.limits;

/** At most so many requests per key (a client's address, a case reference) in a period: see {@link RateLimits}. */
public interface RateLimiter {

    /** Takes one request's worth for this key; false when the key has used up its allowance for now. */
    boolean allow(String key);

    /** Whether the key still has allowance, without using any. */
    boolean hasRoom(String key);
}
