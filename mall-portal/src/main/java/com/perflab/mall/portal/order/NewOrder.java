package com.perflab.mall.portal.order;

import java.math.BigDecimal;

/** The oms_order row generateOrder inserts; mutable only so MyBatis can hand back the generated id. */
final class NewOrder {
    Long id;
    long memberId;
    Long couponId;
    String orderSn;
    String memberUsername;
    BigDecimal totalAmount;
    BigDecimal payAmount;
    BigDecimal freightAmount;
    BigDecimal promotionAmount;
    BigDecimal integrationAmount;
    BigDecimal couponAmount;
    int payType;
    int sourceType;
    /** 0 normal, 1 flash sale (a line bought at a flash-sale price) */
    int orderType;
    int integration;
    int growth;
    String promotionInfo;
    MemberAddress address;
    Integer useIntegration;
    int autoConfirmDay;
}
