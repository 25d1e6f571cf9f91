package com.perflab.mall.search.product;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.perflab.mall.common.api.PageResult;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Result pages of recent searches, kept for a few seconds ({@code mall.search.result-cache-ttl}, 0 = off).
 * Shoppers ask the same few keywords over and over (search is 54 % of the course's mix): without it each of
 * those searches ran the same scored query again, 1.5-3 ms of Elasticsearch CPU and about 1 ms of this
 * service's on 2 cores. Concurrent searches for the same page wait for one query instead of each sending it.
 * <p>
 * Any change this instance writes to the index (import, sync of a product event, delete) empties it. Keys
 * carry a generation so that a search already running when the index changed cannot put its older page
 * back. Other instances of mall-search (the cluster runs at least two) do not see this instance's product
 * events: their pages may lag a change by up to the TTL. Stock shown in results is informational; the order
 * path reads stock from MySQL.
 */
@Component
class SearchResultCache {

    /** What identifies a result page. */
    record Key(long generation, String keyword, Long brandId, Long productCategoryId, SearchSort sort,
            int pageNum, int pageSize) {
    }

    private final Cache<Key, PageResult<EsProduct>> pages;
    private final AtomicLong generation = new AtomicLong();

    SearchResultCache(IndexProperties properties, MeterRegistry meters) {
        if (properties.resultCacheTtl().isZero()) {
            pages = null;
            return;
        }
        pages = Caffeine.newBuilder()
                .expireAfterWrite(properties.resultCacheTtl())
                .maximumSize(properties.resultCacheSize())
                .recordStats()
                .build();
        // cache_gets_total{cache="search-results",result="hit|miss"}, cache_size, cache_evictions_total
        CaffeineCacheMetrics.monitor(meters, pages, "search-results");
    }

    PageResult<EsProduct> page(String keyword, Long brandId, Long productCategoryId, SearchSort sort,
            int pageNum, int pageSize, Supplier<PageResult<EsProduct>> search) {
        if (pages == null) {
            return search.get();
        }
        Key key = new Key(generation.get(), keyword, brandId, productCategoryId, sort, pageNum, pageSize);
        // a failed search (Elasticsearch down: 503) throws through and caches nothing
        return pages.get(key, k -> search.get());
    }

    /** After any write to the index. */
    void clear() {
        generation.incrementAndGet();
        if (pages != null) {
            pages.invalidateAll();
        }
    }
}
