package com.perflab.mall.portal.cache;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the portal caches off for a while after Redis failed, so that while Redis is down or silent only one
 * request per interval waits for the Redis timeout and every other one reads MySQL at once. When the interval
 * has passed, one request (the first to claim it) tries Redis again; if it succeeds, the caches are back on.
 */
final class CacheBreaker {

    private static final Logger log = LoggerFactory.getLogger(CacheBreaker.class);
    private static final long CLOSED = Long.MIN_VALUE;

    private final long retryAfterNanos;
    private final LongSupplier nanoTime;
    /** CLOSED, or the System.nanoTime() from which one request may try Redis again */
    private final AtomicLong retryAt = new AtomicLong(CLOSED);

    CacheBreaker(Duration retryAfter) {
        this(retryAfter, System::nanoTime);
    }

    CacheBreaker(Duration retryAfter, LongSupplier nanoTime) {
        this.retryAfterNanos = retryAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether this call may use Redis: always while closed; once per interval while open. */
    boolean allows() {
        long at = retryAt.get();
        if (at == CLOSED) {
            return true;
        }
        long now = nanoTime.getAsLong();
        return now - at >= 0 && retryAt.compareAndSet(at, now + retryAfterNanos);
    }

    void succeeded() {
        if (retryAt.get() != CLOSED && retryAt.getAndSet(CLOSED) != CLOSED) {
            log.info("Redis answers again: portal caches are back on");
        }
    }

    void failed(String operation, String cache, RuntimeException e) {
        long previous = retryAt.getAndSet(nanoTime.getAsLong() + retryAfterNanos);
        if (previous == CLOSED) {
            log.warn("Portal cache {} failed on {} ({}): reading MySQL without the cache for {}",
                    cache, operation, e.toString(), Duration.ofNanos(retryAfterNanos));
        }
    }

    boolean isOpen() {
        return retryAt.get() != CLOSED;
    }
}
