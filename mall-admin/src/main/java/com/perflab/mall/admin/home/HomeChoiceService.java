package com.perflab.mall.admin.home;

import com.perflab.mall.admin.product.HomeContentChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's picks (brands, new products, popular products, subjects). Every write announces a home
 * content change through the event outbox, in its transaction: a failed write rolls the event back with it,
 * and mall-portal evicts its cached home page only on the events of committed writes.
 */
@Service
class HomeChoiceService {

    private final HomeChoiceMapper choices;
    private final ApplicationEventPublisher events;

    HomeChoiceService(HomeChoiceMapper choices, ApplicationEventPublisher events) {
        this.choices = choices;
        this.events = events;
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
            events.publishEvent(HomeContentChanged.INSTANCE);
        }
        return added.size();
    }

    @Transactional
    void updateSort(HomeList list, long id, int sort) {
        if (choices.updateSort(list, id, sort) == 0) {
            throw ApiException.notFound("推荐记录不存在");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    @Transactional
    void updateRecommendStatus(HomeList list, List<Long> ids, int status) {
        choices.updateStatus(list, lockAll(list, ids), status);
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    @Transactional
    void delete(HomeList list, List<Long> ids) {
        choices.delete(list, lockAll(list, ids));
        events.publishEvent(HomeContentChanged.INSTANCE);
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
