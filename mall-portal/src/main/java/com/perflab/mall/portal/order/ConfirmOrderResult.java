package com.perflab.mall.portal.order;

import java.util.List;

/** The confirm page, shaped as in the course system. */
record ConfirmOrderResult(List<CartPromotionItem> cartPromotionItemList,
                          List<MemberAddress> memberReceiveAddressList,
                          List<CouponHistoryDetail> couponHistoryDetailList,
                          int memberIntegration,
                          IntegrationConsumeSetting integrationConsumeSetting,
                          CalcAmount calcAmount) {
}
