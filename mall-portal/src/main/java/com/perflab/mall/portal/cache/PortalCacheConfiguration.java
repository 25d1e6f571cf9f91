package com.perflab.mall.portal.cache;

import com.perflab.mall.common.store.StoreBreaker;
import com.perflab.mall.portal.home.HomeContent;
import com.perflab.mall.portal.product.ProductDetail;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheResolver;
import org.springframework.cache.interceptor.SimpleCacheResolver;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declares every portal cache on Spring Boot's RedisCacheManager: each with its TTL and a JSON serializer
 * bound to the cached type, so entries are readable in redis-cli, carry no class names, and come back as
 * the same records. Declaring the names up front lets Micrometer bind hit/miss metrics at start-up.
 * With Lettuce, Spring Data Redis 4 writes entries asynchronously: a miss replies without waiting for the
 * SET, and a request arriving in that window simply misses once more.
 * The caches are a speed-up, never a dependency: {@code @Cacheable} resolves them through
 * {@link FailSoftCacheResolver}, so Redis down or silent means a miss and a MySQL read (and for
 * {@code mall.portal.cache.retry-after} no Redis call at all), not a 503.
 * Emptying a whole cache (a coupon of every product changed, {@link CacheEvictionConsumer}) finds its keys with
 * SCAN in batches rather than Boot's default KEYS, which would block Redis while it walks every key.
 * With {@code mall.portal.cache.enabled=false} {@code @Cacheable} resolves no-op caches instead (every call reads
 * MySQL, Redis is not asked); the cache manager, its metrics and {@link CacheEvictionConsumer} stay as they are,
 * so events still evict Redis entries and nothing stale is left for when the caches are turned on again.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(PortalCacheProperties.class)
class PortalCacheConfiguration implements CachingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PortalCacheConfiguration.class);

    private final ObjectProvider<CacheManager> cacheManager;
    private final PortalCacheProperties properties;

    PortalCacheConfiguration(ObjectProvider<CacheManager> cacheManager, PortalCacheProperties properties) {
        this.cacheManager = cacheManager;
        this.properties = properties;
    }

    @Override
    public CacheResolver cacheResolver() {
        // called once, when the cache interceptor is set up at start-up
        if (!properties.enabled()) {
            log.warn("portal caches are off (mall.portal.cache.enabled=false)");
            return new SimpleCacheResolver(new NoOpCacheManager());
        }
        return new FailSoftCacheResolver(cacheManager, new StoreBreaker("Portal caches (Redis)", properties.retryAfter()));
    }

    @Bean
    RedisCacheManagerBuilderCustomizer portalCaches(PortalCacheProperties properties, JsonMapper jsonMapper,
            RedisConnectionFactory connectionFactory) {
        return builder -> {
            // Boot's writer but for the batch strategy; its statistics are still added when the manager is built
            builder.cacheWriter(RedisCacheWriter.nonLockingRedisCacheWriter(connectionFactory, BatchStrategies.scan(500)));
            RedisCacheConfiguration defaults = builder.cacheDefaults();
            builder.withCacheConfiguration(PortalCaches.HOME_CONTENT,
                    typed(defaults, jsonMapper, HomeContent.class, properties.homeTtl()));
            builder.withCacheConfiguration(PortalCaches.PRODUCT_DETAIL,
                    typed(defaults, jsonMapper, ProductDetail.class, properties.productDetailTtl()));
            // a cache name used without being declared here would have no TTL of its own: refuse it
            builder.disableCreateOnMissingCache();
        };
    }

    private static RedisCacheConfiguration typed(RedisCacheConfiguration defaults, JsonMapper jsonMapper,
            Class<?> type, Duration ttl) {
        return defaults.entryTtl(ttl)
                .disableCachingNullValues()
                .serializeValuesWith(SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(jsonMapper, type)));
    }
}
