package com.perflab.mall.portal.home;

import java.time.LocalDateTime;
import java.util.List;

/** The flash-sale block: the slot on now with its products, and when the next slot runs (null if none today). */
record HomeFlashPromotion(
        LocalDateTime startTime,
        LocalDateTime endTime,
        LocalDateTime nextStartTime,
        LocalDateTime nextEndTime,
        List<FlashPromotionProduct> productList) {
}
