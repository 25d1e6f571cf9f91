package com.perflab.mall.admin.coupon;

import com.perflab.mall.admin.coupon.CouponDetail.CategoryRelation;
import com.perflab.mall.admin.coupon.CouponDetail.ProductRelation;
import com.perflab.mall.admin.product.CouponChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coupons with the products or categories they apply to, each write in one transaction. The shop's confirm
 * order reads these rows: a category scope names second-level categories (a line's own category) and a
 * product scope live products. The shop's product pages list the coupons to claim, so every write announces
 * which pages changed ({@link CouponChanged}, written to the event outbox in the write's transaction): the products
 * of a product scope before and after, every product for any other scope; mall-portal evicts those pages.
 */
@Service
class CouponService {

    private final CouponMapper coupons;
    private final ApplicationEventPublisher events;

    CouponService(CouponMapper coupons, ApplicationEventPublisher events) {
        this.coupons = coupons;
        this.events = events;
    }

    PageResult<Coupon> list(String name, Integer type, PageQuery page) {
        String filter = name == null || name.isBlank() ? null : name.trim();
        long total = coupons.count(filter, type);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, coupons.page(filter, type, page.offset(), page.pageSize()));
    }

    CouponDetail get(long id) {
        Coupon coupon = coupons.findById(id);
        if (coupon == null) {
            throw ApiException.notFound("优惠券不存在");
        }
        return new CouponDetail(coupon, coupons.products(id), coupons.categories(id));
    }

    @Transactional
    CouponDetail create(CouponRequest request) {
        Scope scope = check(request);
        coupons.insert(request, request.total());
        long id = coupons.lastInsertId(); // before the event: its outbox insert moves LAST_INSERT_ID()
        insertScope(id, scope);
        events.publishEvent(scope.pages(request.useType()));
        return get(id);
    }

    @Transactional
    CouponDetail update(long id, CouponRequest request) {
        Coupon before = coupons.lock(id);
        if (before == null) {
            throw ApiException.notFound("优惠券不存在");
        }
        CouponChanged pagesBefore = pages(before);
        Scope scope = check(request);
        if (coupons.update(id, request, request.total()) == 0) {
            throw ApiException.conflict("publishCount: 发行量不能少于已领取的数量");
        }
        coupons.deleteProducts(id);
        coupons.deleteCategories(id);
        insertScope(id, scope);
        events.publishEvent(pagesBefore.and(scope.pages(request.useType())));
        return get(id);
    }

    /** Coupons that members hold stay: their history rows, and orders that used them, refer to them. */
    @Transactional
    void delete(long id) {
        Coupon coupon = coupons.lock(id);
        if (coupon == null) {
            throw ApiException.notFound("优惠券不存在");
        }
        if (coupons.countHolders(id) > 0) {
            throw ApiException.conflict("已有会员领取该优惠券，不能删除");
        }
        CouponChanged pages = pages(coupon);
        coupons.deleteProducts(id);
        coupons.deleteCategories(id);
        coupons.delete(id);
        events.publishEvent(pages);
    }

    /** The product pages that list a stored coupon. */
    private CouponChanged pages(Coupon coupon) {
        return coupon.useType() == CouponRequest.PRODUCTS
                ? CouponChanged.of(coupons.products(coupon.id()).stream().map(ProductRelation::productId).toList())
                : CouponChanged.EVERY_PRODUCT;
    }

    PageResult<CouponHistory> history(Long couponId, Integer useStatus, String orderSn, PageQuery page) {
        String sn = orderSn == null || orderSn.isBlank() ? null : orderSn.trim();
        long total = coupons.countHistory(couponId, useStatus, sn);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, coupons.historyPage(couponId, useStatus, sn, page.offset(),
                        page.pageSize()));
    }

    private record Scope(List<ProductRelation> products, List<CategoryRelation> categories) {

        /** The product pages that list a coupon of this scope. */
        CouponChanged pages(int useType) {
            return useType == CouponRequest.PRODUCTS
                    ? CouponChanged.of(products.stream().map(ProductRelation::productId).toList())
                    : CouponChanged.EVERY_PRODUCT;
        }
    }

    /** The checks Bean Validation cannot express; the scope rows come with names from the catalog. */
    private Scope check(CouponRequest request) {
        if (request.total() == null) {
            throw ApiException.badRequest("publishCount: 发行量不能为空");
        }
        if (!request.startTime().isBefore(request.endTime())) {
            throw ApiException.badRequest("endTime: 结束时间必须晚于开始时间");
        }
        // minPoint 0 is "no threshold" (the shop caps such a coupon at the matching items' total); above 0 a
        // coupon worth more than its threshold would pay for more than the spend that unlocks it
        if (request.minPoint().signum() > 0 && request.amount().compareTo(request.minPoint()) > 0) {
            throw ApiException.invalid("amount", "面额不能大于使用门槛 minPoint " + request.minPoint().toPlainString());
        }
        if (request.enableTime() != null && !request.enableTime().isBefore(request.endTime())) {
            throw ApiException.invalid("enableTime", "领取开始时间必须早于结束时间");
        }
        if (request.total() > 0 && request.perLimit() > request.total()) {
            throw ApiException.invalid("perLimit", "每人限领不能多于发行量");
        }
        if (request.memberLevel() != null && coupons.countLevel(request.memberLevel()) == 0) {
            throw ApiException.badRequest("memberLevel: 会员等级不存在");
        }
        return switch (request.useType()) {
            case CouponRequest.CATEGORIES -> new Scope(List.of(), categories(request));
            case CouponRequest.PRODUCTS -> new Scope(products(request), List.of());
            default -> new Scope(List.of(), List.of());
        };
    }

    private List<CategoryRelation> categories(CouponRequest request) {
        Set<Long> ids = new LinkedHashSet<>();
        request.productCategoryRelationList().forEach(r -> ids.add(r.productCategoryId()));
        if (ids.isEmpty()) {
            throw ApiException.badRequest("productCategoryRelationList: 指定分类的优惠券至少需要一个分类");
        }
        List<CategoryRelation> found = coupons.catalogCategories(ids);
        if (found.size() != ids.size()) {
            throw ApiException.badRequest("productCategoryRelationList.productCategoryId: 分类不存在或不是二级分类");
        }
        return found;
    }

    private List<ProductRelation> products(CouponRequest request) {
        Set<Long> ids = new LinkedHashSet<>();
        request.productRelationList().forEach(r -> ids.add(r.productId()));
        if (ids.isEmpty()) {
            throw ApiException.badRequest("productRelationList: 指定商品的优惠券至少需要一个商品");
        }
        List<ProductRelation> found = coupons.catalogProducts(ids);
        if (found.size() != ids.size()) {
            throw ApiException.badRequest("productRelationList.productId: 商品不存在或已删除");
        }
        return found;
    }

    private void insertScope(long couponId, Scope scope) {
        if (!scope.products().isEmpty()) {
            coupons.insertProducts(couponId, scope.products());
        }
        if (!scope.categories().isEmpty()) {
            coupons.insertCategories(couponId, scope.categories());
        }
    }
}
