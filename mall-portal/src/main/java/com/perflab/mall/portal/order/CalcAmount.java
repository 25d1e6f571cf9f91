package com.perflab.mall.portal.order;

import java.math.BigDecimal;

/** Totals of a confirm page: payAmount = totalAmount + freightAmount - promotionAmount. */
record CalcAmount(BigDecimal totalAmount, BigDecimal freightAmount, BigDecimal promotionAmount,
                  BigDecimal payAmount) {
}
