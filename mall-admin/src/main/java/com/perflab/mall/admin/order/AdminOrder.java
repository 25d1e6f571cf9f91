package com.perflab.mall.admin.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An order as the back office sees it (oms_order). status: 0 unpaid, 1 to ship, 2 shipped, 3 done, 4 closed,
 * 5 invalid; orderType 0 normal, 1 flash sale; sourceType 0 PC, 1 app.
 */
record AdminOrder(long id, long memberId, String orderSn, LocalDateTime createTime, String memberUsername,
                  BigDecimal totalAmount, BigDecimal payAmount, BigDecimal freightAmount,
                  BigDecimal promotionAmount, BigDecimal integrationAmount, BigDecimal couponAmount,
                  BigDecimal discountAmount, Long couponId, Integer useIntegration, int payType, int sourceType,
                  int status, int orderType, String deliveryCompany, String deliverySn, Integer autoConfirmDay,
                  int integration, int growth, String promotionInfo, String receiverName, String receiverPhone,
                  String receiverPostCode, String receiverProvince, String receiverCity, String receiverRegion,
                  String receiverDetailAddress, String note, int confirmStatus, int deleteStatus,
                  LocalDateTime paymentTime, LocalDateTime deliveryTime, LocalDateTime receiveTime,
                  LocalDateTime modifyTime) {

    static final String COLUMNS = "o.id, o.member_id, o.order_sn, o.create_time, o.member_username, o.total_amount,"
            + " o.pay_amount, o.freight_amount, o.promotion_amount, o.integration_amount, o.coupon_amount,"
            + " o.discount_amount, o.coupon_id, o.use_integration, o.pay_type, o.source_type, o.status, o.order_type,"
            + " o.delivery_company, o.delivery_sn, o.auto_confirm_day, o.integration, o.growth, o.promotion_info,"
            + " o.receiver_name, o.receiver_phone, o.receiver_post_code, o.receiver_province, o.receiver_city,"
            + " o.receiver_region, o.receiver_detail_address, o.note, o.confirm_status, o.delete_status,"
            + " o.payment_time, o.delivery_time, o.receive_time, o.modify_time";

    static final int UNPAID = 0;
    static final int TO_SHIP = 1;
    static final int SHIPPED = 2;
    static final int DONE = 3;
    static final int CLOSED = 4;
}
