package com.perflab.mall.common.access;

import com.perflab.mall.common.store.StoreBreaker;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Caches each admin's {@link AccessGrant} in Redis under {@code <prefix><generation>:<adminId>} with a TTL.
 * A change bumps the generation, which orphans every entry at once (they expire by TTL) on all instances
 * of every service sharing the prefix, without scanning for keys; a request that read the old generation
 * can only ever write under the old, unused key. Without Redis the permissions are read from MySQL (still
 * enforced); after a Redis failure the cache is not asked for {@code cache-retry-after}, so a silent Redis
 * costs one request per interval its timeout, not every one.
 *
 * <p>Not Spring Cache: its eviction deletes keys (one instance's view), while the generation counter here
 * invalidates every instance's entries at once without scanning keys, and the cache must step aside (the
 * {@link StoreBreaker}) rather than wait for a silent Redis on every request.
 */
class RedisGrantCache implements GrantCache {

    private static final Logger log = LoggerFactory.getLogger(RedisGrantCache.class);

    private final StringRedisTemplate redis;
    private final AccessProperties properties;
    private final String generationKey;
    private final StoreBreaker breaker;

    RedisGrantCache(StringRedisTemplate redis, AccessProperties properties) {
        this.redis = redis;
        this.properties = properties;
        this.generationKey = properties.cacheKeyPrefix() + "generation";
        this.breaker = new StoreBreaker("Admin access cache (Redis)", properties.cacheRetryAfter());
    }

    @Override
    public AccessGrant get(long adminId, LongFunction<AccessGrant> load) {
        if (!breaker.allows()) {
            return load.apply(adminId);
        }
        String key;
        try {
            String generation = redis.opsForValue().get(generationKey);
            key = properties.cacheKeyPrefix() + (generation == null ? "0" : generation) + ":" + adminId;
            String cached = redis.opsForValue().get(key);
            breaker.succeeded();
            if (cached != null) {
                return AccessGrant.parse(cached);
            }
        } catch (DataAccessException redisDown) {
            // without the cache every request reads the database: slower, but still correct
            breaker.failed("get", redisDown);
            return load.apply(adminId);
        }
        AccessGrant grant = load.apply(adminId);
        try {
            redis.opsForValue().set(key, grant.serialize(), properties.cacheTtl());
        } catch (DataAccessException redisDown) {
            breaker.failed("set", redisDown);
        }
        return grant;
    }

    /** After commit, so no request can cache the state from before the change under the new generation. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(AccessChanged change) {
        try {
            redis.opsForValue().increment(generationKey);
            log.info("admin access rules changed ({}), cache invalidated", change.what());
        } catch (DataAccessException redisDown) {
            // the change is committed; failing the request now would only make the caller retry it
            log.error("admin access rules changed ({}) but the cache could not be invalidated;"
                    + " old permissions may apply until {} have passed", change.what(), properties.cacheTtl(),
                    redisDown);
        }
    }
}
