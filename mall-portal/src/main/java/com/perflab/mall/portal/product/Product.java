package com.perflab.mall.portal.product;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** Everything the detail page shows about a product (pms_product). */
record Product(
        Long id,
        Long brandId,
        Long productCategoryId,
        Long feightTemplateId,
        Long productAttributeCategoryId,
        String name,
        String pic,
        String productSn,
        Integer deleteStatus,
        Integer publishStatus,
        Integer newStatus,
        Integer recommandStatus,
        Integer verifyStatus,
        Integer sort,
        Integer sale,
        BigDecimal price,
        BigDecimal promotionPrice,
        Integer giftGrowth,
        Integer giftPoint,
        Integer usePointLimit,
        String subTitle,
        String description,
        BigDecimal originalPrice,
        Integer stock,
        Integer lowStock,
        String unit,
        BigDecimal weight,
        Integer previewStatus,
        String serviceIds,
        String keywords,
        String note,
        String albumPics,
        String detailTitle,
        String detailDesc,
        String detailHtml,
        String detailMobileHtml,
        LocalDateTime promotionStartTime,
        LocalDateTime promotionEndTime,
        Integer promotionPerLimit,
        Integer promotionType,
        String brandName,
        String productCategoryName) {

    static final String COLUMNS = "p.id, p.brand_id, p.product_category_id, p.feight_template_id, "
            + "p.product_attribute_category_id, p.name, p.pic, p.product_sn, p.delete_status, p.publish_status, "
            + "p.new_status, p.recommand_status, p.verify_status, p.sort, p.sale, p.price, p.promotion_price, "
            + "p.gift_growth, p.gift_point, p.use_point_limit, p.sub_title, p.description, p.original_price, "
            + "p.stock, p.low_stock, p.unit, p.weight, p.preview_status, p.service_ids, p.keywords, p.note, "
            + "p.album_pics, p.detail_title, p.detail_desc, p.detail_html, p.detail_mobile_html, "
            + "p.promotion_start_time, p.promotion_end_time, p.promotion_per_limit, p.promotion_type, "
            + "p.brand_name, p.product_category_name";
}
