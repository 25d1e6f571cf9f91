package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;

/** The price of a product for the member level of one member (pms_member_price, promotion_type 2). */
record LevelPrice(long productId, BigDecimal memberPrice) {
}
