package com.perflab.mall.admin.order;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** {@code GET /order/{id}}: the order's fields at the top level (as in the course system), its lines and history. */
record OrderDetail(@JsonUnwrapped AdminOrder order, List<OrderLine> orderItemList, List<OperateHistory> historyList) {
}
