package com.perflab.mall.search.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The result-page cache on its own: when a search runs again and when it does not. */
class SearchResultCacheTest {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final AtomicInteger searches = new AtomicInteger();

    @Test
    void theSamePageIsSearchedOnceAndADifferentOneAgain() {
        SearchResultCache cache = cache(Duration.ofMinutes(1));
        PageResult<EsProduct> first = page(cache, "手机", 1);
        assertThat(page(cache, "手机", 1)).isSameAs(first);
        assertThat(searches).hasValue(1);
        page(cache, "手机", 2);
        page(cache, "电脑", 1);
        assertThat(searches).hasValue(3);
        assertThat(meters.get("cache.gets").tag("cache", "search-results").tag("result", "hit").functionCounter().count())
                .isEqualTo(1);
    }

    @Test
    void aChangeOfTheIndexSendsTheNextSearchToElasticsearch() {
        SearchResultCache cache = cache(Duration.ofMinutes(1));
        page(cache, "手机", 1);
        cache.clear();
        page(cache, "手机", 1);
        assertThat(searches).hasValue(2);
    }

    @Test
    void aSearchThatRanWhileTheIndexChangedIsNotReused() {
        SearchResultCache cache = cache(Duration.ofMinutes(1));
        // the index changes while this search is on its way: its page may predate the change
        cache.page("手机", null, null, SearchSort.RELEVANCE, 1, 10, () -> {
            searches.incrementAndGet();
            cache.clear();
            return PageResult.empty(new PageQuery(1, 10));
        });
        page(cache, "手机", 1);
        assertThat(searches).hasValue(2);
    }

    @Test
    void aFailedSearchIsNotKept() {
        SearchResultCache cache = cache(Duration.ofMinutes(1));
        Supplier<PageResult<EsProduct>> down = () -> {
            searches.incrementAndGet();
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "search is unavailable, please retry later");
        };
        assertThatThrownBy(() -> cache.page("手机", null, null, SearchSort.RELEVANCE, 1, 10, down)).isInstanceOf(ApiException.class);
        page(cache, "手机", 1);
        assertThat(searches).hasValue(2);
    }

    @Test
    void aZeroTtlTurnsItOff() {
        SearchResultCache cache = cache(Duration.ZERO);
        page(cache, "手机", 1);
        page(cache, "手机", 1);
        assertThat(searches).hasValue(2);
    }

    private SearchResultCache cache(Duration ttl) {
        return new SearchResultCache(new IndexProperties("pms", "standard", "standard", 1, 0, 500, ttl, 100), meters);
    }

    private PageResult<EsProduct> page(SearchResultCache cache, String keyword, int pageNum) {
        return cache.page(keyword, null, null, SearchSort.RELEVANCE, pageNum, 10, () -> {
            searches.incrementAndGet();
            return PageResult.of(new PageQuery(pageNum, 10), 0, List.of());
        });
    }
}
