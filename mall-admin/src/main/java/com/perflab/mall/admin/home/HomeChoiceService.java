package com.perflab.mall.admin.home;

import com.perflab.mall.admin.portalcache.PortalCache;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's picks (brands, new products, popular products, subjects). Every write evicts the shop's
 * cached home page; the eviction runs after commit, so a failed write leaves the cache alone.
 */
@Service
class HomeChoiceService {

    private final HomeChoiceMapper choices;
    private final PortalCache portalCache;

    HomeChoiceService(HomeChoiceMapper choices, PortalCache portalCache) {
        this.choices = choices;
        this.portalCache = portalCache;
    }

    PageResult<HomeChoice> list(HomeList list, String name, Integer recommendStatus, PageQuery page) {
        String filter = name == null || name.isBlank() ? null : name.trim();
        long total = choices.count(list, filter, recommendStatus);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, choices.page(list, filter, recommendStatus, page.offset(),
                        page.pageSize()));
    }

    /**
     * Adds picks with the names the catalog has; ones already on the list are skipped (adding is idempotent,
     * and their sort and status are kept). Answers how many were added.
     */
    @Transactional
    int create(HomeList list, List<Long> refIds) {
        Set<Long> ids = new TreeSet<>(refIds);
        List<HomeChoice> sources = choices.lockSources(list, ids);
        if (sources.size() != ids.size()) {
            throw ApiException.badRequest(list.field + ": 含有不存在的" + list.what);
        }
        Set<Long> present = new HashSet<>(choices.presentRefs(list, ids));
        List<HomeChoice> added = sources.stream().filter(s -> !present.contains(s.refId())).toList();
        if (!added.isEmpty()) {
            choices.insert(list, added);
            portalCache.evictHomeContent();
        }
        return added.size();
    }

    @Transactional
    void updateSort(HomeList list, long id, int sort) {
        if (choices.updateSort(list, id, sort) == 0) {
            throw ApiException.notFound("推荐记录不存在");
        }
        portalCache.evictHomeContent();
    }

    @Transactional
    void updateRecommendStatus(HomeList list, List<Long> ids, int status) {
        choices.updateStatus(list, lockAll(list, ids), status);
        portalCache.evictHomeContent();
    }

    @Transactional
    void delete(HomeList list, List<Long> ids) {
        choices.delete(list, lockAll(list, ids));
        portalCache.evictHomeContent();
    }

    /** Every id must name a pick of the list: a partly applied bulk change would be a surprise. */
    private List<Long> lockAll(HomeList list, List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Long> found = choices.lockAll(list, distinct);
        if (found.size() != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在的推荐记录");
        }
        return found;
    }
}
