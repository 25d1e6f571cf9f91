package com.perflab.mall.portal.order;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.order.OrderStatuses;
import com.perflab.mall.common.tx.LockRetry;
import com.perflab.mall.portal.order.OrderMetrics.CancelReason;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of an order's state, each one transaction of conditional UPDATEs with checked row counts.
 * A transition that lost a race (or was already done) changes nothing, which is what makes pay and cancel
 * idempotent under concurrency and redelivery. This is the one implementation of each transition: the
 * member's calls, the timeout and the back office (through {@code /internal/order/**}) all come here, so
 * closing an order gives back stock, coupon and points the same way whoever closes it.
 */
@Service
class OrderStateService {

    static final String SYSTEM = "system";

    private final OrderMapper mapper;
    private final OrderMetrics metrics;

    OrderStateService(OrderMapper mapper, OrderMetrics metrics) {
        this.mapper = mapper;
        this.metrics = metrics;
    }

    /**
     * Writes the order. The stock locks come last on purpose: the hot SKU rows are then held only for the
     * time to commit, not for the inserts. Any failure rolls everything back. {@code flashLimits}: the units one
     * member may hold of each flash-sale offer the items were priced from.
     */
    @Transactional
    public OrderDetail place(NewOrder order, List<NewOrderItem> items, List<Long> cartIds, Long couponHistoryId,
                             int points, Map<Long, Integer> flashLimits) {
        long memberId = order.memberId;
        if (mapper.deleteCartLines(memberId, cartIds) != cartIds.size()) {
            throw ApiException.conflict("购物车已变化，请刷新后重试");
        }
        mapper.insertOrder(order);
        long orderId = order.id;
        mapper.insertItems(orderId, order.orderSn, items);
        if (couponHistoryId != null && mapper.useCoupon(couponHistoryId, memberId, orderId, order.orderSn) != 1) {
            throw ApiException.conflict("优惠券已被使用");
        }
        if (points > 0 && mapper.deductIntegration(memberId, points) != 1) {
            throw ApiException.conflict("积分不足");
        }
        mapper.insertHistory(orderId, order.memberUsername, Order.UNPAID, "提交订单");
        metrics.created();
        // one conditional statement per SKU, in id order so two orders never wait on each other in a cycle
        for (Map.Entry<Long, Integer> sku : perSku(items).entrySet()) {
            if (mapper.lockStock(sku.getKey(), sku.getValue()) != 1) {
                throw ApiException.conflict("库存不足");
            }
        }
        // flash-sale offers, in id order too: the offer's units first (its row lock orders every buyer of the
        // offer, so its units never go below zero), then the member's own count (its row orders the member's
        // concurrent orders, so the limit holds)
        for (Map.Entry<Long, Integer> offer : perFlashOffer(items).entrySet()) {
            long relationId = offer.getKey();
            if (mapper.takeFlashUnits(relationId, offer.getValue()) != 1) {
                throw ApiException.conflict("秒杀商品已抢完");
            }
            mapper.addFlashQuota(relationId, memberId, offer.getValue());
            int limit = flashLimits.getOrDefault(relationId, 0);
            if (mapper.flashQuota(relationId, memberId) > limit) {
                throw ApiException.conflict("超出秒杀限购数量：每人限购 " + limit + " 件");
            }
        }
        return new OrderDetail(mapper.findById(orderId), mapper.findItems(List.of(orderId)));
    }

    /** Unpaid -> to ship; locked units become sold. A repeated call for a paid order changes nothing. */
    @Transactional
    public void pay(long memberId, String operator, long orderId, int payType) {
        if (mapper.markPaid(orderId, memberId, payType) == 0) {
            Order order = ownOrThrow(orderId, memberId);
            if (order.status() == Order.CLOSED || order.status() > Order.DONE) {
                throw ApiException.conflict("订单已关闭，不能支付");
            }
            return;
        }
        for (SkuQuantity sku : mapper.findSkuQuantities(orderId)) {
            if (mapper.sellLocked(sku.skuId(), sku.quantity()) != 1) {
                // locked stock is held for every unpaid order, so this is a broken invariant, not a user error
                throw new IllegalStateException("order " + orderId + ": SKU " + sku.skuId()
                        + " holds fewer locked units than the order");
            }
        }
        mapper.insertHistory(orderId, operator, Order.TO_SHIP, "支付成功");
        metrics.paid(mapper.payAmount(orderId));
    }

    /** The member cancels an unpaid order; cancelling a cancelled order again is a no-op. */
    @Transactional
    public void cancelByMember(long memberId, String operator, long orderId) {
        if (!close(orderId, memberId, operator, "用户取消订单", CancelReason.USER)) {
            Order order = ownOrThrow(orderId, memberId);
            if (order.status() != Order.CLOSED) {
                throw ApiException.conflict("只能取消待付款的订单");
            }
        }
    }

    /** The timeout: closes the order if it is still unpaid; false when there was nothing to do. */
    @Transactional
    public boolean cancelExpired(long orderId) {
        return close(orderId, null, SYSTEM, "超时未支付，系统取消订单", CancelReason.TIMEOUT);
    }

    /**
     * The back office closes unpaid orders, all or none, in id order (two batches never wait on each other in
     * a cycle). A batch can still deadlock against a member's pay or cancel of one of its orders (the order row
     * and a shared SKU row taken in opposite order): the lost attempt changed nothing and runs again.
     */
    @Transactional
    @LockRetry
    public void closeByAdmin(List<Long> ids, String note, String operator) {
        String history = note == null ? "后台关闭订单" : "后台关闭订单：" + note;
        for (long id : sortedDistinct(ids)) {
            if (!close(id, null, operator, history, CancelReason.ADMIN)) {
                throw refused(id, "关闭");
            }
        }
    }

    /** The back office's soft delete of done or closed orders: the member's rule, all or none, with a history row. */
    @Transactional
    @LockRetry
    public void deleteByAdmin(List<Long> ids, String operator) {
        for (long id : sortedDistinct(ids)) {
            if (mapper.markDeleted(id, null) == 0) {
                throw refused(id, "删除");
            }
            mapper.insertHistory(id, operator, mapper.findById(id).status(), "后台删除订单");
        }
    }

    @Transactional
    public void confirmReceive(long memberId, String operator, long orderId) {
        if (mapper.markReceived(orderId, memberId) == 0) {
            ownOrThrow(orderId, memberId);
            throw ApiException.conflict("只能确认已发货的订单");
        }
        mapper.insertHistory(orderId, operator, Order.DONE, "确认收货");
    }

    @Transactional
    public void delete(long memberId, long orderId) {
        if (mapper.markDeleted(orderId, memberId) == 0) {
            ownOrThrow(orderId, memberId);
            throw ApiException.conflict("只能删除已完成或已关闭的订单");
        }
    }

    /**
     * Closes an unpaid order and gives back what it held: locked stock, flash-sale units (to the offer and to the
     * member's limit), the coupon, the points.
     */
    private boolean close(long orderId, Long memberId, String operator, String note, CancelReason reason) {
        if (mapper.markClosed(orderId, memberId) == 0) {
            return false;
        }
        Order order = mapper.findById(orderId);
        for (SkuQuantity sku : mapper.findSkuQuantities(orderId)) {
            if (mapper.releaseLocked(sku.skuId(), sku.quantity()) != 1) {
                throw new IllegalStateException("order " + orderId + ": SKU " + sku.skuId()
                        + " holds fewer locked units than the order");
            }
        }
        for (FlashUnits flash : mapper.findFlashUnits(orderId)) {
            mapper.returnFlashUnits(flash.relationId(), flash.quantity());
            mapper.releaseFlashQuota(flash.relationId(), order.memberId(), flash.quantity());
        }
        if (order.couponId() != null) {
            mapper.restoreCoupon(orderId);
        }
        if (order.useIntegration() != null && order.useIntegration() > 0) {
            mapper.restoreIntegration(order.memberId(), order.useIntegration());
        }
        mapper.insertHistory(orderId, operator, Order.CLOSED, note);
        metrics.cancelled(reason);
        return true;
    }

    /** The ids sorted; a repeated id is refused (it would otherwise be refused as "not in the state"). */
    private static List<Long> sortedDistinct(List<Long> ids) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (!seen.add(id)) {
                throw ApiException.badRequest("ids: 订单 " + id + " 重复");
            }
        }
        return ids.stream().sorted().toList();
    }

    /** 409 naming the order and the state it is in, or 404 when there is no such (undeleted) order. */
    private ApiException refused(long orderId, String action) {
        Integer status = mapper.liveStatus(orderId);
        if (status == null) {
            return ApiException.notFound("订单 " + orderId + " 不存在");
        }
        return ApiException.conflict("订单 " + orderId + " " + OrderStatuses.name(status) + "，不能" + action);
    }

    private Order ownOrThrow(long orderId, long memberId) {
        Order order = mapper.findOwn(orderId, memberId);
        if (order == null) {
            throw ApiException.notFound("order " + orderId + " not found");
        }
        return order;
    }

    private static Map<Long, Integer> perFlashOffer(List<NewOrderItem> items) {
        Map<Long, Integer> perOffer = new TreeMap<>();
        items.stream().filter(i -> i.flashRelationId() != null)
                .forEach(i -> perOffer.merge(i.flashRelationId(), i.productQuantity(), Integer::sum));
        return perOffer;
    }

    private static Map<Long, Integer> perSku(List<NewOrderItem> items) {
        Map<Long, Integer> perSku = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparingLong(NewOrderItem::productSkuId))
                .forEach(i -> perSku.merge(i.productSkuId(), i.productQuantity(), Integer::sum));
        return perSku;
    }
}
