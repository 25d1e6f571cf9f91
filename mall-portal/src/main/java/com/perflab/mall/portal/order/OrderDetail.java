package com.perflab.mall.portal.order;

import java.util.List;

/** An order with its lines: the reply of generateOrder and detail, and one element of the order list. */
record OrderDetail(Order order, List<OrderItem> orderItemList) {
}
