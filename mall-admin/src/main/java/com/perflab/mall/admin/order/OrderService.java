package com.perflab.mall.admin.order;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.order.OrderStatuses;
import com.perflab.mall.common.tx.LockRetry;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders in the back office. Each change is one transaction of conditional UPDATEs on the status it starts
 * from, plus a history row naming the admin. Batches are all-or-nothing and take their rows in id order, so
 * two batches never wait on each other in a cycle. Which order an answer is about is named in its message.
 * Closing and deleting are mall-portal's ({@link PortalOrders}): those change stock, coupons and points.
 *
 * <p>The changes here race with the portal's pay and cancel on the same order rows; InnoDB may resolve such a
 * race as a deadlock and roll one side back. {@link LockRetry} then runs the whole transaction again.
 */
@Service
class OrderService {

    private final OrderMapper orders;

    OrderService(OrderMapper orders) {
        this.orders = orders;
    }

    /** The dashboard's figures, by the database's calendar (orders carry its clock). */
    @Transactional(readOnly = true)
    public OrderStatistics statistics() {
        LocalDate today = orders.today();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        return new OrderStatistics(today, orders.period(today, today.plusDays(1)),
                orders.period(today.minusDays(1), today), orders.period(monday, today.plusDays(1)), orders.pending());
    }

    @Transactional(readOnly = true)
    PageResult<AdminOrder> list(OrderFilter filter, PageQuery page) {
        long total = orders.count(filter);
        return total == 0 || page.offset() >= total ? PageResult.of(page, total, List.of())
                : PageResult.of(page, total, orders.page(filter, page.offset(), page.pageSize()));
    }

    /** Also shows orders a member deleted: the back office keeps seeing what happened to them. */
    @Transactional(readOnly = true)
    OrderDetail detail(long id) {
        AdminOrder order = orders.findById(id);
        if (order == null) {
            throw ApiException.notFound("订单 " + id + " 不存在");
        }
        return new OrderDetail(order, orders.findLines(id), orders.findHistory(id));
    }

    /** Paid orders (1) become shipped (2); any order not in that state refuses the whole batch. */
    @Transactional
    @LockRetry
    void deliver(List<DeliveryRequest> deliveries, String operator) {
        distinct(deliveries.stream().map(DeliveryRequest::orderId).toList(), "orderId");
        for (DeliveryRequest d : deliveries.stream().sorted(Comparator.comparing(DeliveryRequest::orderId)).toList()) {
            if (orders.markDelivered(d.orderId(), d.deliveryCompany(), d.deliverySn()) != 1) {
                throw refused(d.orderId(), "发货");
            }
            orders.insertHistory(d.orderId(), operator, AdminOrder.SHIPPED,
                    "完成发货：" + d.deliveryCompany() + " " + d.deliverySn());
        }
    }

    @Transactional
    @LockRetry
    void updateNote(long id, String note, int seenStatus, String operator) {
        if (orders.updateNote(id, seenStatus, note) != 1) {
            throw stale(id, seenStatus);
        }
        orders.insertHistory(id, operator, seenStatus, "修改备注：" + note);
    }

    /** Before delivery only (0 or 1): the parcel has not left yet. */
    @Transactional
    @LockRetry
    void updateReceiver(ReceiverInfoRequest request, String operator) {
        if (orders.updateReceiver(request) != 1) {
            int status = liveStatusOrThrow(request.orderId());
            if (status != request.status()) {
                throw stale(request.orderId(), request.status());
            }
            throw ApiException.conflict("订单 " + request.orderId() + " " + name(status) + "，不能修改收货人信息");
        }
        orders.insertHistory(request.orderId(), operator, request.status(), "修改收货人信息");
    }

    /** Unpaid orders only; pay_amount = total + freight - promotion - coupon - integration - discount, never < 0. */
    @Transactional
    @LockRetry
    void updateMoney(MoneyInfoRequest request, String operator) {
        if (orders.updateMoney(request) != 1) {
            int status = liveStatusOrThrow(request.orderId());
            if (status != request.status()) {
                throw stale(request.orderId(), request.status());
            }
            if (status != AdminOrder.UNPAID) {
                throw ApiException.conflict("订单 " + request.orderId() + " " + name(status) + "，不能修改费用");
            }
            BigDecimal result = orders.payAmountWith(request);
            if (result != null && result.signum() < 0) {
                throw ApiException.badRequest("discountAmount: 修改后应付金额为 " + result + "，不能小于 0");
            }
            throw ApiException.conflict("订单 " + request.orderId() + " 已变化，请刷新后重试");
        }
        orders.insertHistory(request.orderId(), operator, AdminOrder.UNPAID,
                "修改费用信息：运费 " + request.freightAmount() + "，折扣 " + request.discountAmount());
    }

    @Transactional(readOnly = true)
    OrderSetting setting(long id) {
        OrderSetting setting = orders.findSetting(id);
        if (setting == null) {
            throw ApiException.notFound("订单设置 " + id + " 不存在");
        }
        return setting;
    }

    @Transactional
    OrderSetting updateSetting(long id, OrderSettingRequest request) {
        if (orders.updateSetting(id, request) != 1) {
            throw ApiException.notFound("订单设置 " + id + " 不存在");
        }
        return setting(id);
    }

    /** The ids sorted, refusing repeats (a repeated id would be refused as "not in the state" otherwise). */
    private static List<Long> distinct(List<Long> ids, String field) {
        Set<Long> seen = new HashSet<>();
        for (Long id : ids) {
            if (!seen.add(id)) {
                throw ApiException.badRequest(field + ": 订单 " + id + " 重复");
            }
        }
        return ids.stream().sorted().toList();
    }

    private ApiException refused(long id, String action) {
        int status = liveStatusOrThrow(id);
        return ApiException.conflict("订单 " + id + " " + name(status) + "，不能" + action);
    }

    private ApiException stale(long id, int seenStatus) {
        int status = liveStatusOrThrow(id);
        return ApiException.conflict("订单 " + id + " 的状态已变为" + name(status) + "（不是"
                + name(seenStatus) + "），请刷新后重试");
    }

    private static String name(int status) {
        return OrderStatuses.name(status);
    }

    private int liveStatusOrThrow(long id) {
        Integer status = orders.liveStatus(id);
        if (status == null) {
            throw ApiException.notFound("订单 " + id + " 不存在");
        }
        return status;
    }
}
