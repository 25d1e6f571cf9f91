package com.perflab.mall.admin.flash;

import com.perflab.mall.admin.flash.FlashRequests.NewProduct;
import com.perflab.mall.admin.flash.FlashRequests.ProductOffer;
import com.perflab.mall.admin.flash.FlashRequests.Promotion;
import com.perflab.mall.admin.flash.FlashRequests.Session;
import com.perflab.mall.admin.product.HomeContentChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flash-sale campaigns, their daily slots and the products on offer. The shop's home page shows the running
 * campaign's current slot, so every write announces a home content change (HomeContentChanged, written to the
 * event outbox in the write's transaction); mall-portal evicts its cached home page when the event arrives.
 */
@Service
class FlashService {

    private final FlashMapper flash;
    private final ApplicationEventPublisher events;

    FlashService(FlashMapper flash, ApplicationEventPublisher events) {
        this.flash = flash;
        this.events = events;
    }

    // ---- campaigns

    PageResult<FlashPromotion> promotions(String keyword, PageQuery page) {
        String filter = keyword == null || keyword.isBlank() ? null : keyword.trim();
        long total = flash.countPromotions(filter);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, flash.promotions(filter, page.offset(), page.pageSize()));
    }

    FlashPromotion promotion(long id) {
        FlashPromotion promotion = flash.findPromotion(id);
        if (promotion == null) {
            throw ApiException.notFound("秒杀活动不存在");
        }
        return promotion;
    }

    @Transactional
    FlashPromotion createPromotion(Promotion request) {
        checkDates(request);
        flash.insertPromotion(request);
        long id = flash.lastInsertId(); // before the event: its outbox insert moves LAST_INSERT_ID()
        events.publishEvent(HomeContentChanged.INSTANCE);
        return promotion(id);
    }

    @Transactional
    FlashPromotion updatePromotion(long id, Promotion request) {
        lockPromotion(id);
        checkDates(request);
        flash.updatePromotion(id, request);
        events.publishEvent(HomeContentChanged.INSTANCE);
        return promotion(id);
    }

    /** Online/offline; 409 when already in that state (a stale screen). */
    @Transactional
    void updatePromotionStatus(long id, int status) {
        lockPromotion(id);
        if (flash.updatePromotionStatus(id, 1 - status, status) == 0) {
            throw ApiException.conflict(status == 1 ? "活动已上线" : "活动已下线");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    /** Its products go with it: they mean nothing without the campaign. */
    @Transactional
    void deletePromotion(long id) {
        lockPromotion(id);
        flash.deletePromotionProducts(id);
        flash.deletePromotion(id);
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    private void lockPromotion(long id) {
        if (flash.lockPromotion(id) == null) {
            throw ApiException.notFound("秒杀活动不存在");
        }
    }

    private static void checkDates(Promotion request) {
        if (request.endDate().isBefore(request.startDate())) {
            throw ApiException.badRequest("endDate: 结束日期不能早于开始日期");
        }
    }

    // ---- slots

    PageResult<FlashSession> sessions(PageQuery page) {
        long total = flash.countSessions();
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, flash.sessions(page.offset(), page.pageSize()));
    }

    List<FlashSession> sessionsOf(long promotionId) {
        promotion(promotionId);
        return flash.enabledSessionsWithCounts(promotionId);
    }

    FlashSession session(long id) {
        FlashSession session = flash.findSession(id);
        if (session == null) {
            throw ApiException.notFound("秒杀场次不存在");
        }
        return session;
    }

    @Transactional
    FlashSession createSession(Session request) {
        checkTimes(request.startTime(), request.endTime());
        if (request.status() == 1) {
            checkNoOverlap(0, request.startTime(), request.endTime());
        }
        flash.insertSession(request);
        long id = flash.lastInsertId(); // before the event: its outbox insert moves LAST_INSERT_ID()
        events.publishEvent(HomeContentChanged.INSTANCE);
        return session(id);
    }

    @Transactional
    FlashSession updateSession(long id, Session request) {
        lockSession(id);
        checkTimes(request.startTime(), request.endTime());
        if (request.status() == 1) {
            checkNoOverlap(id, request.startTime(), request.endTime());
        }
        flash.updateSession(id, request);
        events.publishEvent(HomeContentChanged.INSTANCE);
        return session(id);
    }

    /** Enabling checks the slot against the other enabled ones; 409 when already in that state. */
    @Transactional
    void updateSessionStatus(long id, int status) {
        FlashSession current = lockSession(id);
        if (status == 1) {
            checkNoOverlap(id, current.startTime(), current.endTime());
        }
        if (flash.updateSessionStatus(id, 1 - status, status) == 0) {
            throw ApiException.conflict(status == 1 ? "该场次已启用" : "该场次已停用");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    /** A slot that campaigns still offer products in cannot go: their rows would point at nothing. */
    @Transactional
    void deleteSession(long id) {
        lockSession(id);
        if (flash.countSessionProducts(id) > 0) {
            throw ApiException.conflict("该场次下还有秒杀商品，不能删除");
        }
        flash.deleteSession(id);
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    private FlashSession lockSession(long id) {
        FlashSession session = flash.lockSession(id);
        if (session == null) {
            throw ApiException.notFound("秒杀场次不存在");
        }
        return session;
    }

    private static void checkTimes(LocalTime start, LocalTime end) {
        if (!start.isBefore(end)) {
            throw ApiException.badRequest("endTime: 结束时间必须晚于开始时间");
        }
    }

    /**
     * Slots are shared by all campaigns, so two enabled slots overlapping would leave the shop with two
     * current sales; touching (08:00:00 end, 08:00:00 start) is allowed.
     */
    private void checkNoOverlap(long id, LocalTime start, LocalTime end) {
        for (FlashSession other : flash.lockEnabledSessions()) {
            if (other.id() != id && other.overlaps(start, end)) {
                throw ApiException.conflict("startTime: 与已启用的场次 " + other.name() + " 时间重叠");
            }
        }
    }

    // ---- products of a slot

    PageResult<FlashProduct> products(Long promotionId, Long sessionId, PageQuery page) {
        long total = flash.countProducts(promotionId, sessionId);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, flash.products(promotionId, sessionId, page.offset(), page.pageSize()));
    }

    /**
     * Adds offers; the campaigns' rows are locked first, so two concurrent adds of the same product to a slot
     * are serialised and the second sees the first.
     */
    @Transactional
    List<FlashProduct> createProducts(List<NewProduct> rows) {
        Set<Long> promotionIds = new TreeSet<>();
        Set<Long> sessionIds = new HashSet<>();
        Set<Long> productIds = new HashSet<>();
        for (NewProduct row : rows) {
            promotionIds.add(row.flashPromotionId());
            sessionIds.add(row.flashPromotionSessionId());
            productIds.add(row.productId());
        }
        if (flash.lockPromotions(promotionIds).size() != promotionIds.size()) {
            throw ApiException.badRequest("flashPromotionId: 秒杀活动不存在");
        }
        if (flash.lockSessions(sessionIds).size() != sessionIds.size()) {
            throw ApiException.badRequest("flashPromotionSessionId: 秒杀场次不存在");
        }
        if (flash.liveProducts(productIds).size() != productIds.size()) {
            throw ApiException.badRequest("productId: 商品不存在或已删除");
        }
        Set<String> seen = new HashSet<>();
        for (NewProduct row : rows) {
            String key = row.flashPromotionId() + ":" + row.flashPromotionSessionId() + ":" + row.productId();
            if (!seen.add(key) || flash.productInSession(row.flashPromotionId(), row.flashPromotionSessionId(),
                    row.productId())) {
                throw ApiException.conflict("productId: 商品 " + row.productId() + " 已在该场次中");
            }
        }
        List<Long> ids = new ArrayList<>(rows.size());
        for (NewProduct row : rows) {
            flash.insertProduct(row);
            ids.add(flash.lastInsertId());
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
        return ids.stream().map(flash::findProduct).toList();
    }

    @Transactional
    FlashProduct updateProduct(long id, ProductOffer offer) {
        lockProductCampaign(id);
        if (flash.updateProduct(id, offer) == 0) {
            throw ApiException.notFound("秒杀商品不存在");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
        return flash.findProduct(id);
    }

    @Transactional
    void deleteProduct(long id) {
        lockProductCampaign(id);
        if (flash.deleteProduct(id) == 0) {
            throw ApiException.notFound("秒杀商品不存在");
        }
        events.publishEvent(HomeContentChanged.INSTANCE);
    }

    private void lockProductCampaign(long id) {
        Long promotionId = flash.promotionOfProduct(id);
        if (promotionId == null) {
            throw ApiException.notFound("秒杀商品不存在");
        }
        flash.lockPromotion(promotionId);
    }
}
