package com.perflab.mall.common.order;

/**
 * The names of oms_order.status as the back office shows them, for messages of refused transitions: the
 * portal (which owns close and delete) and mall-admin (delivery, note, receiver, money) name a state alike.
 */
public final class OrderStatuses {

    private static final String[] NAMES = {"待付款", "待发货", "已发货", "已完成", "已关闭", "无效订单"};

    private OrderStatuses() {
    }

    public static String name(int status) {
        return status >= 0 && status < NAMES.length ? NAMES[status] : "状态 " + status;
    }
}
