package com.perflab.mall.portal.order;

/**
 * ums_integration_consume_setting: {@code deductionPerAmount} points are worth 1 yuan, spent in multiples of
 * {@code useUnit}, paying at most {@code maxPercentPerOrder} percent of an order.
 */
record IntegrationConsumeSetting(long id, int deductionPerAmount, int maxPercentPerOrder, int useUnit,
                                 int couponStatus) {
}
