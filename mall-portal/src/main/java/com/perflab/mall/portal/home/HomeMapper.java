package com.perflab.mall.portal.home;

import com.perflab.mall.portal.brand.Brand;
import com.perflab.mall.portal.product.ProductSummary;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** Home page blocks: each block is one query joining the sms_home_* choice with what it points at. */
@Mapper
interface HomeMapper {

    String NEW_PRODUCTS = " FROM sms_home_new_product h JOIN pms_product p ON p.id = h.product_id"
            + " WHERE h.recommend_status = 1 AND " + ProductSummary.ON_SALE;
    String HOT_PRODUCTS = " FROM sms_home_recommend_product h JOIN pms_product p ON p.id = h.product_id"
            + " WHERE h.recommend_status = 1 AND " + ProductSummary.ON_SALE;
    String RECOMMENDED_PRODUCTS = " FROM pms_product p WHERE p.recommand_status = 1 AND " + ProductSummary.ON_SALE;
    String HOME_ORDER = " ORDER BY h.sort DESC, h.id LIMIT #{offset}, #{limit}";

    /** App slides (type 1) that are online and within their time window. */
    @Select("SELECT a.id, a.name, a.type, a.pic, a.start_time, a.end_time, a.status, a.click_count, a.order_count,"
            + " a.url, a.note, a.sort FROM sms_home_advertise a"
            + " WHERE a.type = 1 AND a.status = 1 AND a.start_time <= NOW() AND a.end_time >= NOW()"
            + " ORDER BY a.sort DESC, a.id LIMIT #{limit}")
    List<HomeAdvertise> findAppAdvertises(@Param("limit") int limit);

    @Select("SELECT " + Brand.COLUMNS + " FROM sms_home_brand hb JOIN pms_brand b ON b.id = hb.brand_id"
            + " WHERE hb.recommend_status = 1 AND b.show_status = 1 ORDER BY hb.sort DESC, hb.id LIMIT #{limit}")
    List<Brand> findHomeBrands(@Param("limit") int limit);

    /** The online campaign running on the day; the most recently started one if several overlap. */
    @Select("SELECT f.id FROM sms_flash_promotion f WHERE f.status = 1 AND f.start_date <= #{day} AND f.end_date >= #{day}"
            + " ORDER BY f.start_date DESC, f.id DESC LIMIT 1")
    Long findFlashPromotionOn(@Param("day") LocalDate day);

    /** Every enabled slot of the day: a handful of rows, picked from in Java. */
    @Select("SELECT s.id, s.name, s.start_time, s.end_time FROM sms_flash_promotion_session s"
            + " WHERE s.status = 1 ORDER BY s.start_time, s.id")
    List<FlashSession> findEnabledFlashSessions();

    @Select("SELECT p.id, p.name, p.sub_title, p.pic, p.product_sn, p.price, p.original_price, p.sale, p.brand_id,"
            + " p.brand_name, p.product_category_id, r.flash_promotion_price, r.flash_promotion_count,"
            + " r.flash_promotion_limit"
            + " FROM sms_flash_promotion_product_relation r JOIN pms_product p ON p.id = r.product_id"
            + " WHERE r.flash_promotion_id = #{promotionId} AND r.flash_promotion_session_id = #{sessionId}"
            + " AND " + ProductSummary.ON_SALE + " ORDER BY r.sort DESC, r.id LIMIT #{limit}")
    List<FlashPromotionProduct> findFlashProducts(@Param("promotionId") long promotionId,
            @Param("sessionId") long sessionId, @Param("limit") int limit);

    @Select("SELECT COUNT(*)" + NEW_PRODUCTS)
    long countNewProducts();

    @Select("SELECT " + ProductSummary.COLUMNS + NEW_PRODUCTS + HOME_ORDER)
    List<ProductSummary> findNewProducts(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*)" + HOT_PRODUCTS)
    long countHotProducts();

    @Select("SELECT " + ProductSummary.COLUMNS + HOT_PRODUCTS + HOME_ORDER)
    List<ProductSummary> findHotProducts(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*)" + RECOMMENDED_PRODUCTS)
    long countRecommendedProducts();

    @Select("SELECT " + ProductSummary.COLUMNS + RECOMMENDED_PRODUCTS
            + " ORDER BY p.sort DESC, p.id LIMIT #{offset}, #{limit}")
    List<ProductSummary> findRecommendedProducts(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + Subject.COLUMNS + " FROM sms_home_recommend_subject h JOIN cms_subject s ON s.id = h.subject_id"
            + " WHERE h.recommend_status = 1 AND s.show_status = 1 ORDER BY h.sort DESC, h.id LIMIT #{limit}")
    List<Subject> findHomeSubjects(@Param("limit") int limit);

    @Select("<script>SELECT COUNT(*) FROM cms_subject s WHERE s.show_status = 1"
            + "<if test='categoryId != null'> AND s.category_id = #{categoryId}</if></script>")
    long countSubjects(@Param("categoryId") Long categoryId);

    @Select("<script>SELECT " + Subject.COLUMNS + " FROM cms_subject s WHERE s.show_status = 1"
            + "<if test='categoryId != null'> AND s.category_id = #{categoryId}</if>"
            + " ORDER BY s.create_time DESC, s.id DESC LIMIT #{offset}, #{limit}</script>")
    List<Subject> findSubjects(@Param("categoryId") Long categoryId, @Param("offset") long offset,
            @Param("limit") int limit);
}
