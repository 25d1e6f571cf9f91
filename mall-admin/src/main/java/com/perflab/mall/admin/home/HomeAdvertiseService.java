package com.perflab.mall.admin.home;

import com.perflab.mall.admin.product.HomeContentChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home carousel, and the subject picker. Every carousel write announces a home content change, on which
 * mall-portal evicts its cached home page.
 */
@Service
class HomeAdvertiseService {

    private final HomeAdvertiseMapper advertises;
    private final ApplicationEventPublisher events;

    HomeAdvertiseService(HomeAdvertiseMapper advertises, ApplicationEventPublisher events) {
        this.advertises = advertises;
        this.events = events;
    }

    PageResult<HomeAdvertise> list(String name, Integer type, LocalDate endDay, PageQuery page) {
        String filter = name == null || name.isBlank() ? null : name.trim();
        long total = advertises.count(filter, type, endDay);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, advertises.page(filter, type, endDay, page.offset(), page.pageSize()));
    }

    HomeAdvertise get(long id) {
        HomeAdvertise advertise = advertises.findById(id);
        if (advertise == null) {
            throw ApiException.notFound("广告不存在");
        }
        return advertise;
    }

    @Transactional
    HomeAdvertise create(AdvertiseRequest request) {
        checkWindow(request);
        advertises.insert(request);
        long id = advertises.lastInsertId(); // before the event: its outbox insert moves LAST_INSERT_ID()
        events.publishEvent(HomeContentChanged.INSTANCE);
        return get(id);
    }

    @Transactional
    HomeAdvertise update(long id, AdvertiseRequest request) {
        checkWindow(request);
        if (advertises.update(id, request) == 0) {
            throw ApiException.notFound("广告不存在");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
        return get(id);
    }

    /** Online/offline: 409 when the slide is already in that state (a stale screen). */
    @Transactional
    void updateStatus(long id, int status) {
        if (advertises.updateStatus(id, 1 - status, status) == 0) {
            get(id);
            throw ApiException.conflict(status == 1 ? "广告已上线" : "广告已下线");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    @Transactional
    void updateSort(long id, int sort) {
        if (advertises.updateSort(id, sort) == 0) {
            throw ApiException.notFound("广告不存在");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    @Transactional
    void delete(List<Long> ids) {
        List<Long> distinct = ids.stream().distinct().toList();
        List<Long> found = advertises.lockAll(distinct);
        if (found.size() != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在的广告");
        }
        advertises.delete(found);
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    PageResult<HomeSubject> subjects(String keyword, PageQuery page) {
        String filter = keyword == null || keyword.isBlank() ? null : keyword.trim();
        long total = advertises.countSubjects(filter);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, advertises.subjects(filter, page.offset(), page.pageSize()));
    }

    private static void checkWindow(AdvertiseRequest request) {
        if (!request.startTime().isBefore(request.endTime())) {
            throw ApiException.badRequest("endTime: 结束时间必须晚于开始时间");
        }
    }
}
