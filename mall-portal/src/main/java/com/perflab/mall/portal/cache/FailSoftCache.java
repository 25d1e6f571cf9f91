package com.perflab.mall.portal.cache;

import com.perflab.mall.common.store.StoreBreaker;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.springframework.cache.Cache;

/**
 * A portal cache whose Redis failures are misses: a read that fails (refused, cut, timed out) returns nothing,
 * so the cached method reads MySQL; a write or eviction that fails is dropped (the entry expires by its TTL).
 * While the {@link StoreBreaker} is open, Redis is not asked at all.
 *
 * <p>Not Spring's {@code CacheErrorHandler}: it also turns a failed get into a miss, but only after the call
 * failed, so while Redis is silent every request would wait for its timeout; the breaker needs to skip the call.
 */
final class FailSoftCache implements Cache {

    private final Cache redis;
    private final StoreBreaker breaker;

    FailSoftCache(Cache redis, StoreBreaker breaker) {
        this.redis = redis;
        this.breaker = breaker;
    }

    @Override
    public String getName() {
        return redis.getName();
    }

    @Override
    public Object getNativeCache() {
        return redis.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        return read(() -> redis.get(key));
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        return read(() -> redis.get(key, type));
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        ValueWrapper cached = get(key);
        if (cached != null) {
            @SuppressWarnings("unchecked")
            T value = (T) cached.get();
            return value;
        }
        T value;
        try {
            value = valueLoader.call();
        } catch (Exception e) {
            throw new ValueRetrievalException(key, valueLoader, e);
        }
        put(key, value);
        return value;
    }

    @Override
    public void put(Object key, Object value) {
        run("put", () -> redis.put(key, value));
    }

    @Override
    public void evict(Object key) {
        run("evict", () -> redis.evict(key));
    }

    @Override
    public void clear() {
        run("clear", redis::clear);
    }

    /** A read that succeeds closes the breaker again; one that fails is a miss. */
    private <T> T read(Supplier<T> call) {
        if (!breaker.allows()) {
            return null;
        }
        try {
            T value = call.get();
            breaker.succeeded();
            return value;
        } catch (RuntimeException e) {
            breaker.failed("get " + getName(), e);
            return null;
        }
    }

    /**
     * Writes only ever open the breaker: with Lettuce a write may return before Redis answered, so its
     * success proves nothing; only a read closes it again.
     */
    private void run(String operation, Runnable call) {
        if (breaker.isOpen()) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            breaker.failed(operation + " " + getName(), e);
        }
    }
}
