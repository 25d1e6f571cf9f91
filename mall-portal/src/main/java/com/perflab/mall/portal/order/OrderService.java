package com.perflab.mall.portal.order;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.portal.promotion.PricedLine;
import com.perflab.mall.portal.promotion.PromotionService;
import com.perflab.mall.portal.promotion.QuoteLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirm and generate orders, and the member's order views. State changes live in {@link OrderStateService}. */
@Service
class OrderService {

    static final int MAX_CART_ITEMS = 100;
    /** Orders placed through this API come from the app, as in the course system. */
    static final int SOURCE_APP = 1;
    static final int ORDER_NORMAL = 0;
    static final int ORDER_FLASH = 1;
    /** Numbers tried for one order before giving up with 503. */
    static final int SN_ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderMapper mapper;
    private final PromotionService promotions;
    private final OrderStateService states;
    private final OrderSnGenerator snGenerator;
    private final CancelPublisher cancelPublisher;
    private final OrderTimeouts timeouts;

    OrderService(OrderMapper mapper, PromotionService promotions, OrderStateService states,
                 OrderSnGenerator snGenerator, CancelPublisher cancelPublisher, OrderTimeouts timeouts) {
        this.mapper = mapper;
        this.promotions = promotions;
        this.states = states;
        this.snGenerator = snGenerator;
        this.cancelPublisher = cancelPublisher;
        this.timeouts = timeouts;
    }

    @Transactional(readOnly = true)
    public ConfirmOrderResult confirm(long memberId, List<Long> cartIds) {
        Checkout checkout = checkout(memberId, cartIds);
        List<PricedLine> lines = checkout.lines();
        List<CartPromotionItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            items.add(cartItem(checkout.cartLines().get(i).id(), lines.get(i)));
        }
        Integer integration = mapper.findIntegration(memberId);
        BigDecimal total = sum(lines, l -> l.sku().originalPrice());
        BigDecimal promotion = sum(lines, l -> l.quote().reduceAmount());
        BigDecimal freight = BigDecimal.ZERO;
        return new ConfirmOrderResult(items, mapper.findAddresses(memberId), usableCoupons(memberId, lines),
                integration == null ? 0 : integration, mapper.findIntegrationSetting(),
                new CalcAmount(total, freight, promotion, total.add(freight).subtract(promotion)));
    }

    /**
     * Reads and checks happen before the transaction; the transaction itself is only conditional writes
     * (each re-checks what the reads saw), and the cancel message goes out after it committed.
     */
    public OrderDetail generate(AuthenticatedUser user, GenerateOrderRequest request) {
        long memberId = user.memberId();
        Checkout checkout = checkout(memberId, request.cartIds());
        List<PricedLine> lines = checkout.lines();
        MemberAddress address = mapper.findAddress(memberId, request.memberReceiveAddressId());
        if (address == null) {
            throw ApiException.badRequest("memberReceiveAddressId: no such address of yours");
        }
        BigDecimal total = sum(lines, l -> l.sku().originalPrice());
        BigDecimal promotion = sum(lines, l -> l.quote().reduceAmount());
        BigDecimal afterPromotion = total.subtract(promotion);

        // coupon: one unused history row of this coupon, applicable to these lines
        CouponHistoryDetail coupon = null;
        BigDecimal couponAmount = BigDecimal.ZERO;
        BigDecimal couponBase = BigDecimal.ZERO;
        if (request.couponId() != null) {
            coupon = usableCoupons(memberId, lines).stream()
                    .filter(c -> c.couponId() == request.couponId()).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("couponId: not a usable coupon of yours for these items"));
            couponBase = applicableAmount(coupon, lines);
            couponAmount = coupon.coupon().amount().min(couponBase);
        }

        int points = request.useIntegration() == null ? 0 : request.useIntegration();
        BigDecimal integrationAmount = BigDecimal.ZERO;
        if (points > 0) {
            integrationAmount = integrationAmount(memberId, points, coupon != null,
                    afterPromotion.subtract(couponAmount));
        }

        List<NewOrderItem> items = new ArrayList<>();
        int giftIntegration = 0;
        int giftGrowth = 0;
        Set<String> promotionInfo = new LinkedHashSet<>();
        Map<Long, Integer> flashLimits = new HashMap<>();
        for (PricedLine line : lines) {
            if (line.flash() != null) {
                flashLimits.put(line.flash().relationId(), line.flash().memberLimit());
            }
            BigDecimal lineCoupon = BigDecimal.ZERO;
            if (coupon != null && applies(coupon).test(line)) {
                lineCoupon = share(couponAmount, line.quote().realPrice(), couponBase);
            }
            BigDecimal lineIntegration = share(integrationAmount, line.quote().realPrice(), afterPromotion);
            int gi = line.quote().integration() == null ? 0 : line.quote().integration();
            int gg = line.quote().growth() == null ? 0 : line.quote().growth();
            giftIntegration += gi * line.quantity();
            giftGrowth += gg * line.quantity();
            if (!"无优惠".equals(line.quote().promotionMessage())) {
                promotionInfo.add(line.quote().promotionMessage());
            }
            var sku = line.sku();
            items.add(new NewOrderItem(sku.productId(), sku.productPic(), sku.productName(), sku.productBrand(),
                    sku.productSn(), sku.originalPrice(), line.quantity(), sku.skuId(), sku.skuCode(),
                    sku.productCategoryId(), line.quote().promotionMessage(), line.quote().reduceAmount(),
                    lineCoupon, lineIntegration,
                    line.quote().realPrice().subtract(lineCoupon).subtract(lineIntegration).max(BigDecimal.ZERO),
                    gi, gg, sku.productAttr(), line.flash() == null ? null : line.flash().relationId()));
        }

        NewOrder order = new NewOrder();
        order.memberId = memberId;
        order.memberUsername = user.username();
        order.couponId = coupon == null ? null : coupon.couponId();
        order.totalAmount = total;
        order.freightAmount = BigDecimal.ZERO;
        order.promotionAmount = promotion;
        order.couponAmount = couponAmount;
        order.integrationAmount = integrationAmount;
        order.payAmount = afterPromotion.subtract(couponAmount).subtract(integrationAmount).max(BigDecimal.ZERO);
        order.payType = request.payType();
        order.sourceType = SOURCE_APP;
        order.orderType = flashLimits.isEmpty() ? ORDER_NORMAL : ORDER_FLASH;
        order.integration = giftIntegration;
        order.growth = giftGrowth;
        order.promotionInfo = promotionInfo.isEmpty() ? null : String.join(";", promotionInfo);
        order.address = address;
        order.useIntegration = points > 0 ? points : null;
        // both timeouts as the back office has them set now; the cancel below uses the same reading
        OrderTimeouts.Current timeout = timeouts.current();
        order.autoConfirmDay = timeout.autoConfirmDays();
        List<Long> cartIds = checkout.cartLines().stream().map(CartLine::id).toList();
        OrderDetail placed = placeWithFreshNumber(order, items, cartIds, coupon == null ? null : coupon.id(), points,
                flashLimits);
        cancelPublisher.scheduleCancel(placed.order().id(), timeout.cancelDelay());
        return placed;
    }

    /**
     * Places the order under a new number. A number the database already holds (the Redis counter lost its data
     * or fell behind) rolls the whole order back; it is placed again under a number drawn after raising the
     * counter above the day's orders. Never a 500: after {@value #SN_ATTEMPTS} refusals the answer is 503.
     */
    private OrderDetail placeWithFreshNumber(NewOrder order, List<NewOrderItem> items, List<Long> cartIds,
                                             Long couponHistoryId, int points, Map<Long, Integer> flashLimits) {
        for (int attempt = 1; ; attempt++) {
            order.orderSn = attempt == 1 ? snGenerator.next(SOURCE_APP) : snGenerator.nextAfterDuplicate(SOURCE_APP);
            try {
                return states.place(order, items, cartIds, couponHistoryId, points, flashLimits);
            } catch (DuplicateKeyException e) {
                if (!isOrderSnDuplicate(e)) {
                    throw e;
                }
                log.warn("Order number {} is taken (attempt {} of {})", order.orderSn, attempt, SN_ATTEMPTS);
                if (attempt >= SN_ATTEMPTS) {
                    throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "下单繁忙，请稍后重试");
                }
            }
        }
    }

    private static boolean isOrderSnDuplicate(DuplicateKeyException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("uk_order_sn")) {
                return true;
            }
        }
        return false;
    }

    @Transactional(readOnly = true)
    public PageResult<OrderDetail> list(long memberId, Integer status, PageQuery page) {
        Integer filter = status == null || status < 0 ? null : status;
        long total = mapper.countOwn(memberId, filter);
        if (total == 0 || page.offset() >= total) {
            return PageResult.of(page, total, List.of());
        }
        List<Order> orders = mapper.findOwnPage(memberId, filter, page.offset(), page.pageSize());
        // one query for the items of the whole page, grouped here (no N+1)
        Map<Long, List<OrderItem>> items = mapper.findItems(orders.stream().map(Order::id).toList()).stream()
                .collect(Collectors.groupingBy(OrderItem::orderId));
        return PageResult.of(page, total,
                orders.stream().map(o -> new OrderDetail(o, items.getOrDefault(o.id(), List.of()))).toList());
    }

    @Transactional(readOnly = true)
    public OrderDetail detail(long memberId, long orderId) {
        Order order = mapper.findOwn(orderId, memberId);
        if (order == null) {
            throw ApiException.notFound("order " + orderId + " not found");
        }
        return new OrderDetail(order, mapper.findItems(List.of(orderId)));
    }

    // ---- pricing helpers

    /** The member's own live cart lines, all of them, priced from the catalog (never from the cart). */
    private Checkout checkout(long memberId, List<Long> requestedIds) {
        Set<Long> ids = new LinkedHashSet<>(requestedIds);
        List<CartLine> carts = mapper.findCartLines(memberId, ids);
        if (carts.size() != ids.size()) {
            // someone else's, removed or unknown: indistinguishable on purpose
            throw ApiException.notFound("cart items not found: " + missing(ids, carts));
        }
        List<PricedLine> lines = promotions.price(memberId, carts.stream()
                .map(c -> new QuoteLine(c.productSkuId(), c.quantity())).toList());
        if (lines.size() != carts.size()) {
            throw ApiException.conflict("商品已下架");
        }
        return new Checkout(carts, lines);
    }

    private static Set<Long> missing(Set<Long> ids, List<CartLine> found) {
        Set<Long> rest = new LinkedHashSet<>(ids);
        found.forEach(c -> rest.remove(c.id()));
        return rest;
    }

    private static CartPromotionItem cartItem(long cartId, PricedLine line) {
        var sku = line.sku();
        var quote = line.quote();
        return new CartPromotionItem(cartId, sku.productId(), sku.skuId(), line.quantity(), sku.productName(),
                sku.productPic(), sku.productSubTitle(), sku.productSn(), sku.productBrand(),
                sku.productCategoryId(), sku.skuCode(), sku.productAttr(), sku.originalPrice(),
                quote.reduceAmount(), quote.realPrice(), quote.promotionMessage(), quote.realStock(),
                quote.integration(), quote.growth());
    }

    /** Unused, in-window coupons of the member whose scope covers at least min_point of these lines. */
    private List<CouponHistoryDetail> usableCoupons(long memberId, List<PricedLine> lines) {
        List<CouponHistoryRow> rows = mapper.findUnusedCoupons(memberId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> scoped = new HashSet<>();
        rows.stream().filter(r -> r.useType() != 0).forEach(r -> scoped.add(r.couponId()));
        Map<Long, List<Long>> products = scoped.isEmpty() ? Map.of() : scopeMap(mapper.findCouponProducts(scoped));
        Map<Long, List<Long>> categories = scoped.isEmpty() ? Map.of() : scopeMap(mapper.findCouponCategories(scoped));
        List<CouponHistoryDetail> usable = new ArrayList<>();
        for (CouponHistoryRow row : rows) {
            CouponHistoryDetail detail = new CouponHistoryDetail(row.id(), row.couponId(), row.memberId(),
                    row.couponCode(), row.useStatus(), row.coupon(),
                    products.getOrDefault(row.couponId(), List.of()),
                    categories.getOrDefault(row.couponId(), List.of()));
            BigDecimal amount = applicableAmount(detail, lines);
            if (amount.signum() > 0 && amount.compareTo(row.minPoint()) >= 0) {
                usable.add(detail);
            }
        }
        return usable;
    }

    private static Map<Long, List<Long>> scopeMap(List<CouponScope> scopes) {
        return scopes.stream().collect(Collectors.groupingBy(CouponScope::couponId,
                Collectors.mapping(CouponScope::targetId, Collectors.toList())));
    }

    private static Predicate<PricedLine> applies(CouponHistoryDetail coupon) {
        return switch (coupon.coupon().useType()) {
            case 0 -> line -> true;
            case 1 -> line -> coupon.categoryIds().contains(line.sku().productCategoryId());
            case 2 -> line -> coupon.productIds().contains(line.sku().productId());
            default -> line -> false;
        };
    }

    private static BigDecimal applicableAmount(CouponHistoryDetail coupon, List<PricedLine> lines) {
        return lines.stream().filter(applies(coupon)).map(PricedLine::realTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Value of the points, checked against the consume setting and the balance (the UPDATE re-checks it). */
    private BigDecimal integrationAmount(long memberId, int points, boolean withCoupon, BigDecimal payable) {
        IntegrationConsumeSetting setting = mapper.findIntegrationSetting();
        if (setting == null) {
            throw ApiException.badRequest("useIntegration: points cannot be used");
        }
        if (withCoupon && setting.couponStatus() == 0) {
            throw ApiException.badRequest("useIntegration: points cannot be combined with a coupon");
        }
        if (setting.useUnit() > 0 && points % setting.useUnit() != 0) {
            throw ApiException.badRequest("useIntegration: must be a multiple of " + setting.useUnit());
        }
        Integer balance = mapper.findIntegration(memberId);
        if (balance == null || balance < points) {
            throw ApiException.badRequest("useIntegration: more than your balance");
        }
        BigDecimal amount = BigDecimal.valueOf(points)
                .divide(BigDecimal.valueOf(setting.deductionPerAmount()), 2, RoundingMode.DOWN);
        BigDecimal max = payable.multiply(BigDecimal.valueOf(setting.maxPercentPerOrder()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        if (amount.compareTo(max) > 0) {
            throw ApiException.badRequest("useIntegration: points may pay at most "
                    + setting.maxPercentPerOrder() + "% of the order");
        }
        return amount;
    }

    /** This unit's part of an order-level amount, in proportion to its price. */
    private static BigDecimal share(BigDecimal amount, BigDecimal unitPrice, BigDecimal base) {
        if (amount.signum() == 0 || base.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return amount.multiply(unitPrice).divide(base, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal sum(List<PricedLine> lines, java.util.function.Function<PricedLine, BigDecimal> unit) {
        return lines.stream().map(l -> unit.apply(l).multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
