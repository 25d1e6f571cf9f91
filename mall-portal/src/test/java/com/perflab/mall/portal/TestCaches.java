package com.perflab.mall.portal;

import com.perflab.mall.portal.cache.PortalCaches;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Test access to the portal caches: emptying them between tests, reading TTLs and hit/miss counts. */
public final class TestCaches {

    private static final String[] CACHES = {PortalCaches.HOME_CONTENT, PortalCaches.PRODUCT_DETAIL};

    private final CacheManager cacheManager;
    private final StringRedisTemplate redis;
    private final MeterRegistry meterRegistry;

    public TestCaches(CacheManager cacheManager, StringRedisTemplate redis, MeterRegistry meterRegistry) {
        this.cacheManager = cacheManager;
        this.redis = redis;
        this.meterRegistry = meterRegistry;
    }

    /**
     * Empties both caches, and keeps emptying them until they stay empty: with Lettuce, Spring Data Redis 4
     * stores an entry asynchronously, so the previous request's entry may land just after an invalidation
     * (seen under load: a test found product 27 cached right after emptying the caches).
     */
    public void clearAll() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        do {
            for (String name : CACHES) {
                // invalidate, not clear: Cache#clear may be deferred, invalidate is immediate
                Objects.requireNonNull(cacheManager.getCache(name)).invalidate();
            }
            LockSupport.parkNanos(30_000_000L);
        } while (hasEntries() && System.nanoTime() < deadline);
    }

    private boolean hasEntries() {
        for (String name : CACHES) {
            if (!redis.keys(PortalIntegrationTest.KEY_PREFIX + name + "::*").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    public static String redisKey(String cacheName, Object key) {
        return PortalIntegrationTest.KEY_PREFIX + cacheName + "::" + key;
    }

    /** Seconds the entry has left: -2 when there is no entry, -1 when it never expires. */
    public long ttlSeconds(String cacheName, Object key) {
        return redis.getExpire(redisKey(cacheName, key));
    }

    /**
     * The TTL of an entry once it is written. With Lettuce, Spring Data Redis 4 stores cache entries
     * asynchronously, so the SET may reach Redis just after the reply; wait for it (up to two seconds).
     */
    public long awaitEntryTtlSeconds(String cacheName, Object key) throws InterruptedException {
        long deadline = System.nanoTime() + 2_000_000_000L;
        long ttl = ttlSeconds(cacheName, key);
        while (ttl == -2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            ttl = ttlSeconds(cacheName, key);
        }
        return ttl;
    }

    public double gets(String cacheName, String result) {
        return meterRegistry.get("cache.gets").tag("cache", cacheName).tag("result", result).functionCounter().count();
    }
}
