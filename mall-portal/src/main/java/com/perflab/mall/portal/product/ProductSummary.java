package com.perflab.mall.portal.product;

import java.math.BigDecimal;

/** A product in a list (home blocks, brand pages): what a product card needs, not the whole detail. */
public record ProductSummary(
        Long id,
        String name,
        String subTitle,
        String pic,
        String productSn,
        BigDecimal price,
        BigDecimal promotionPrice,
        BigDecimal originalPrice,
        Integer sale,
        Integer stock,
        String unit,
        Long brandId,
        String brandName,
        Long productCategoryId,
        String productCategoryName,
        Integer newStatus,
        Integer recommandStatus,
        Integer promotionType,
        Integer sort) {

    /** The columns of {@code pms_product p} for this record, for mapper queries. */
    public static final String COLUMNS = "p.id, p.name, p.sub_title, p.pic, p.product_sn, p.price, p.promotion_price, "
            + "p.original_price, p.sale, p.stock, p.unit, p.brand_id, p.brand_name, p.product_category_id, "
            + "p.product_category_name, p.new_status, p.recommand_status, p.promotion_type, p.sort";

    /** Only products a shopper may see: on sale and not deleted. */
    public static final String ON_SALE = "p.publish_status = 1 AND p.delete_status = 0";
}
