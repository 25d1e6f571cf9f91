package com.perflab.mall.admin.returns;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A member's return request (oms_order_return_apply). status: 0 pending, 1 accepted (returning), 2 received
 * (done), 3 refused. productRealPrice is what the member paid per unit.
 */
record ReturnApply(long id, long orderId, Long memberId, Long companyAddressId, long productId, String orderSn,
                   LocalDateTime createTime, String memberUsername, BigDecimal returnAmount, String returnName,
                   String returnPhone, int status, LocalDateTime handleTime, String productPic, String productName,
                   String productBrand, String productAttr, Integer productCount, BigDecimal productPrice,
                   BigDecimal productRealPrice, String reason, String description, String proofPics,
                   String handleNote, String handleMan, String receiveMan, LocalDateTime receiveTime,
                   String receiveNote) {

    static final String COLUMNS = "a.id, a.order_id, a.member_id, a.company_address_id, a.product_id, a.order_sn,"
            + " a.create_time, a.member_username, a.return_amount, a.return_name, a.return_phone, a.status,"
            + " a.handle_time, a.product_pic, a.product_name, a.product_brand, a.product_attr, a.product_count,"
            + " a.product_price, a.product_real_price, a.reason, a.description, a.proof_pics, a.handle_note,"
            + " a.handle_man, a.receive_man, a.receive_time, a.receive_note";

    static final int PENDING = 0;
    static final int ACCEPTED = 1;
    static final int RECEIVED = 2;
    static final int REFUSED = 3;
}
