package com.perflab.mall.common.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a store that only speeds a path up (a Redis cache) for a while after it failed, so that while
 * it is down or silent only one request per interval waits for the store's timeout and every other one takes
 * the slow path (MySQL) at once. When the interval has passed, one request (the first to claim it) tries the
 * store again; a successful read closes the breaker.
 *
 * <p>Hand-written rather than Sentinel's circuit breaker: Sentinel is only on the cart's and gateway's classpath,
 * needs an entry/exit around every call, and cannot express "writes may only open it, a read closes it"
 * (Lettuce acknowledges writes before Redis answered). Spring's {@code @ConcurrencyLimit} and retry support
 * limit or repeat calls; neither skips a failed store for a while.
 */
public final class StoreBreaker {

    private static final Logger log = LoggerFactory.getLogger(StoreBreaker.class);
    private static final long CLOSED = Long.MIN_VALUE;

    private final String name;
    private final long retryAfterNanos;
    private final LongSupplier nanoTime;
    /** CLOSED, or the System.nanoTime() from which one request may try the store again */
    private final AtomicLong retryAt = new AtomicLong(CLOSED);

    public StoreBreaker(String name, Duration retryAfter) {
        this(name, retryAfter, System::nanoTime);
    }

    StoreBreaker(String name, Duration retryAfter, LongSupplier nanoTime) {
        this.name = name;
        this.retryAfterNanos = retryAfter.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Whether this call may use the store: always while closed; once per interval while open. */
    public boolean allows() {
        long at = retryAt.get();
        if (at == CLOSED) {
            return true;
        }
        long now = nanoTime.getAsLong();
        return now - at >= 0 && retryAt.compareAndSet(at, now + retryAfterNanos);
    }

    /** A read answered: the store is back. (Not for writes that may return before the store answered.) */
    public void succeeded() {
        if (retryAt.get() != CLOSED && retryAt.getAndSet(CLOSED) != CLOSED) {
            log.info("{} answers again: using it again", name);
        }
    }

    public void failed(String operation, RuntimeException e) {
        long previous = retryAt.getAndSet(nanoTime.getAsLong() + retryAfterNanos);
        if (previous == CLOSED) {
            log.warn("{} failed on {} ({}): going without it for {}", name, operation, e.toString(),
                    Duration.ofNanos(retryAfterNanos));
        }
    }

    public boolean isOpen() {
        return retryAt.get() != CLOSED;
    }
}
