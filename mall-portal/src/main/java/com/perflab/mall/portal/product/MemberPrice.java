package com.perflab.mall.portal.product;

import java.math.BigDecimal;

/** The price for members of one level (pms_member_price). */
record MemberPrice(Long id, Long productId, Long memberLevelId, BigDecimal memberPrice, String memberLevelName) {
}
