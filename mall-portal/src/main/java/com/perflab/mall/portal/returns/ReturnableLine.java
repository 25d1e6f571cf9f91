package com.perflab.mall.portal.returns;

import java.math.BigDecimal;

/** An order line of the member's paid, shipped or done order that a return may be asked for. */
record ReturnableLine(long orderId, String orderSn, long productId, String productPic, String productName,
                      String productBrand, String productAttr, int productCount, BigDecimal productPrice,
                      BigDecimal productRealPrice) {
}
