package com.perflab.mall.admin.order;

import java.time.LocalDateTime;

/** One change of an order (oms_order_operate_history): who, when, the status after it and a note. */
record OperateHistory(long id, long orderId, String operateMan, LocalDateTime createTime, Integer orderStatus,
                      String note) {
}
