package com.perflab.mall.portal.cache;

import com.perflab.mall.common.store.StoreBreaker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheOperationInvocationContext;
import org.springframework.cache.interceptor.CacheResolver;

/**
 * Resolves {@code @Cacheable} names to Boot's Redis caches wrapped in {@link FailSoftCache}. The cache manager
 * itself stays Boot's, so the cache metrics and the tests' direct access see the plain Redis caches.
 */
final class FailSoftCacheResolver implements CacheResolver {

    private final ObjectProvider<CacheManager> cacheManager;
    private final StoreBreaker breaker;
    private final Map<String, Cache> caches = new ConcurrentHashMap<>();

    FailSoftCacheResolver(ObjectProvider<CacheManager> cacheManager, StoreBreaker breaker) {
        this.cacheManager = cacheManager;
        this.breaker = breaker;
    }

    @Override
    public Collection<? extends Cache> resolveCaches(CacheOperationInvocationContext<?> context) {
        Collection<String> names = context.getOperation().getCacheNames();
        List<Cache> resolved = new ArrayList<>(names.size());
        for (String name : names) {
            resolved.add(caches.computeIfAbsent(name, this::wrap));
        }
        return resolved;
    }

    private Cache wrap(String name) {
        Cache cache = cacheManager.getObject().getCache(name);
        if (cache == null) {
            throw new IllegalArgumentException("No portal cache named '" + name + "' is declared");
        }
        return new FailSoftCache(cache, breaker);
    }
}
