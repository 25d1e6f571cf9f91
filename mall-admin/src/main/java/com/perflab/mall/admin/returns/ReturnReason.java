package com.perflab.mall.admin.returns;

import java.time.LocalDateTime;

/** A reason members may give for a return (oms_order_return_reason); status 1 = offered. */
record ReturnReason(long id, String name, int sort, int status, LocalDateTime createTime) {

    static final String COLUMNS = "id, name, sort, status, create_time";
}
