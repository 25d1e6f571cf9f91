package com.perflab.mall.portal.returns;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A return request as its member sees it. status: 0 waiting, 1 returning, 2 done, 3 rejected; returnAmount,
 * handleTime and handleNote are the back office's answer (null while it has not answered).
 */
record MyReturn(long id, long orderId, String orderSn, long productId, String productName, String productPic,
                String productAttr, int productCount, BigDecimal productRealPrice, String reason, int status,
                LocalDateTime createTime, BigDecimal returnAmount, LocalDateTime handleTime, String handleNote) {
}
