package com.perflab.mall.portal.promotion;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Prices and promotion rules of SKUs; every method is one statement for a whole set of ids. */
@Mapper
interface CatalogMapper {

    /** Published, not deleted products only; the effective price is decided here, by the database clock. */
    @Select("""
            <script>
            SELECT s.id AS sku_id, s.product_id, p.name AS product_name, COALESCE(s.pic, p.pic) AS product_pic,
                   p.sub_title AS product_sub_title, p.product_sn, p.brand_name AS product_brand,
                   COALESCE(p.product_category_id, 0) AS product_category_id, s.sku_code, s.sp_data AS product_attr,
                   CASE WHEN p.promotion_type = 1 AND s.promotion_price IS NOT NULL
                             AND p.promotion_start_time &lt;= NOW() AND p.promotion_end_time &gt;= NOW()
                        THEN s.promotion_price ELSE s.price END AS price,
                   s.price AS original_price, s.stock, s.lock_stock, p.promotion_type,
                   p.gift_point, p.gift_growth
            FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id
            WHERE p.publish_status = 1 AND p.delete_status = 0
              AND s.id IN <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>
            ORDER BY s.id
            </script>""")
    List<SkuSnapshot> findSkus(@Param("ids") Collection<Long> ids);

    @Select("""
            <script>
            SELECT l.product_id, l.count, l.discount FROM pms_product_ladder l
            WHERE l.product_id IN <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>
            </script>""")
    List<Ladder> findLadders(@Param("ids") Collection<Long> productIds);

    @Select("""
            <script>
            SELECT r.product_id, r.full_price, r.reduce_price FROM pms_product_full_reduction r
            WHERE r.product_id IN <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>
            </script>""")
    List<FullReduction> findFullReductions(@Param("ids") Collection<Long> productIds);

    /**
     * The offers of these products in the flash-sale slot on now, by the database clock and the home page's rule:
     * the online campaign of the day (the latest started, then the highest id), the enabled slot covering the
     * time (the later-starting one where two touch). At most one offer per product: the first by id.
     */
    @Select("""
            <script>
            SELECT r.id AS relation_id, r.product_id, r.flash_promotion_price AS price,
                   r.flash_promotion_count AS remaining, r.flash_promotion_limit AS member_limit
            FROM sms_flash_promotion_product_relation r
            WHERE r.flash_promotion_id = (SELECT f.id FROM sms_flash_promotion f WHERE f.status = 1
                      AND f.start_date &lt;= CURDATE() AND f.end_date &gt;= CURDATE()
                      ORDER BY f.start_date DESC, f.id DESC LIMIT 1)
              AND r.flash_promotion_session_id = (SELECT s.id FROM sms_flash_promotion_session s WHERE s.status = 1
                      AND s.start_time &lt;= CURTIME() AND s.end_time &gt;= CURTIME()
                      ORDER BY s.start_time DESC, s.id LIMIT 1)
              AND r.product_id IN <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>
            ORDER BY r.id
            </script>""")
    List<FlashOffer> findFlashOffers(@Param("ids") Collection<Long> productIds);

    /**
     * The member's level's prices of these products, where the level has the member-price privilege: one
     * statement, so the level is read where the price is.
     */
    @Select("""
            <script>
            SELECT mp.product_id, MIN(mp.member_price) AS member_price
            FROM ums_member m JOIN ums_member_level l ON l.id = m.member_level_id AND l.priviledge_member_price = 1
                 JOIN pms_member_price mp ON mp.member_level_id = m.member_level_id
            WHERE m.id = #{memberId}
              AND mp.product_id IN <foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>
            GROUP BY mp.product_id
            </script>""")
    List<LevelPrice> findLevelPrices(@Param("memberId") long memberId, @Param("ids") Collection<Long> productIds);
}
