package com.perflab.mall.admin.order;

/** oms_order_setting: minutes for the unpaid timeouts, days for the others. */
record OrderSetting(long id, int flashOrderOvertime, int normalOrderOvertime, int confirmOvertime,
                    int finishOvertime, int commentOvertime) {
}
