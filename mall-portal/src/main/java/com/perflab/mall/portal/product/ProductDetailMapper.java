package com.perflab.mall.portal.product;

import com.perflab.mall.portal.brand.Brand;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** One query per block of the detail page, each by the product's id (or its type/category), never per row. */
@Mapper
interface ProductDetailMapper {

    @Select("SELECT " + Product.COLUMNS + " FROM pms_product p WHERE p.id = #{id} AND " + ProductSummary.ON_SALE)
    Product findOnSale(@Param("id") long id);

    @Select("SELECT " + Brand.COLUMNS + " FROM pms_brand b WHERE b.id = #{id}")
    Brand findBrand(@Param("id") long id);

    @Select("SELECT a.id, a.product_attribute_category_id, a.name, a.select_type, a.input_type, a.input_list, a.sort,"
            + " a.filter_type, a.search_type, a.related_status, a.hand_add_status, a.type"
            + " FROM pms_product_attribute a WHERE a.product_attribute_category_id = #{attributeCategoryId}"
            + " ORDER BY a.type, a.sort DESC, a.id")
    List<ProductAttribute> findAttributes(@Param("attributeCategoryId") long attributeCategoryId);

    @Select("SELECT v.id, v.product_id, v.product_attribute_id, v.value FROM pms_product_attribute_value v"
            + " WHERE v.product_id = #{productId} ORDER BY v.id")
    List<ProductAttributeValue> findAttributeValues(@Param("productId") long productId);

    @Select("SELECT s.id, s.product_id, s.sku_code, s.price, s.stock, s.low_stock, s.pic, s.sale, s.promotion_price,"
            + " s.lock_stock, s.sp_data FROM pms_sku_stock s WHERE s.product_id = #{productId} ORDER BY s.id")
    List<SkuStock> findSkus(@Param("productId") long productId);

    @Select("SELECT l.id, l.product_id, l.count, l.discount, l.price FROM pms_product_ladder l"
            + " WHERE l.product_id = #{productId} ORDER BY l.count")
    List<ProductLadder> findLadders(@Param("productId") long productId);

    @Select("SELECT r.id, r.product_id, r.full_price, r.reduce_price FROM pms_product_full_reduction r"
            + " WHERE r.product_id = #{productId} ORDER BY r.full_price")
    List<ProductFullReduction> findFullReductions(@Param("productId") long productId);

    @Select("SELECT m.id, m.product_id, m.member_level_id, m.member_price, m.member_level_name FROM pms_member_price m"
            + " WHERE m.product_id = #{productId} ORDER BY m.member_level_id")
    List<MemberPrice> findMemberPrices(@Param("productId") long productId);

    /** Coupons valid now for every product, for this product's category, or for this product itself. */
    @Select("""
            SELECT c.id, c.type, c.name, c.platform, c.count, c.amount, c.per_limit, c.min_point, c.start_time,
                   c.end_time, c.use_type, c.note, c.publish_count, c.use_count, c.receive_count, c.enable_time,
                   c.code, c.member_level
            FROM sms_coupon c
            WHERE (c.start_time IS NULL OR c.start_time <= NOW())
              AND (c.end_time IS NULL OR c.end_time >= NOW())
              AND (c.use_type = 0
                   OR (c.use_type = 1 AND EXISTS (SELECT 1 FROM sms_coupon_product_category_relation cr
                        WHERE cr.coupon_id = c.id AND cr.product_category_id = #{categoryId}))
                   OR (c.use_type = 2 AND EXISTS (SELECT 1 FROM sms_coupon_product_relation pr
                        WHERE pr.coupon_id = c.id AND pr.product_id = #{productId})))
            ORDER BY c.amount DESC, c.id""")
    List<Coupon> findApplicableCoupons(@Param("productId") long productId, @Param("categoryId") Long categoryId);
}
