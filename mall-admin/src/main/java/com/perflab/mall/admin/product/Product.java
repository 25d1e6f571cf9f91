package com.perflab.mall.admin.product;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A product row, all columns. */
record Product(long id, Long brandId, Long productCategoryId, Long feightTemplateId, Long productAttributeCategoryId,
               String name, String pic, String productSn, int deleteStatus, int publishStatus, int newStatus,
               int recommandStatus, int verifyStatus, int sort, int sale, BigDecimal price, BigDecimal promotionPrice,
               int giftGrowth, int giftPoint, Integer usePointLimit, String subTitle, String description,
               BigDecimal originalPrice, int stock, Integer lowStock, String unit, BigDecimal weight, int previewStatus,
               String serviceIds, String keywords, String note, String albumPics, String detailTitle, String detailDesc,
               String detailHtml, String detailMobileHtml, LocalDateTime promotionStartTime,
               LocalDateTime promotionEndTime, Integer promotionPerLimit, int promotionType, String brandName,
               String productCategoryName) {

    static final String COLUMNS = "id, brand_id, product_category_id, feight_template_id, product_attribute_category_id,"
            + " name, pic, product_sn, delete_status, publish_status, new_status, recommand_status, verify_status, sort,"
            + " sale, price, promotion_price, gift_growth, gift_point, use_point_limit, sub_title, description,"
            + " original_price, stock, low_stock, unit, weight, preview_status, service_ids, keywords, note, album_pics,"
            + " detail_title, detail_desc, detail_html, detail_mobile_html, promotion_start_time, promotion_end_time,"
            + " promotion_per_limit, promotion_type, brand_name, product_category_name";
}
