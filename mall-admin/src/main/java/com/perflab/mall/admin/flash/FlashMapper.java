package com.perflab.mall.admin.flash;

import com.perflab.mall.admin.flash.FlashRequests.NewProduct;
import com.perflab.mall.admin.flash.FlashRequests.ProductOffer;
import com.perflab.mall.admin.flash.FlashRequests.Promotion;
import com.perflab.mall.admin.flash.FlashRequests.Session;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface FlashMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    // ---- campaigns

    String KEYWORD = "<where><if test='keyword != null'>title LIKE CONCAT('%', #{keyword}, '%')</if></where>";

    @Select("<script>SELECT COUNT(*) FROM sms_flash_promotion " + KEYWORD + "</script>")
    long countPromotions(@Param("keyword") String keyword);

    @Select("<script>SELECT " + FlashPromotion.COLUMNS + " FROM sms_flash_promotion " + KEYWORD
            + " ORDER BY id DESC LIMIT #{offset}, #{limit}</script>")
    List<FlashPromotion> promotions(@Param("keyword") String keyword, @Param("offset") long offset,
                                    @Param("limit") int limit);

    @Select("SELECT " + FlashPromotion.COLUMNS + " FROM sms_flash_promotion WHERE id = #{id}")
    FlashPromotion findPromotion(@Param("id") long id);

    @Select("SELECT " + FlashPromotion.COLUMNS + " FROM sms_flash_promotion WHERE id = #{id} FOR UPDATE")
    FlashPromotion lockPromotion(@Param("id") long id);

    @Insert("INSERT INTO sms_flash_promotion (title, start_date, end_date, status, create_time)"
            + " VALUES (#{p.title}, #{p.startDate}, #{p.endDate}, #{p.status}, NOW())")
    void insertPromotion(@Param("p") Promotion promotion);

    @Update("UPDATE sms_flash_promotion SET title = #{p.title}, start_date = #{p.startDate},"
            + " end_date = #{p.endDate}, status = #{p.status} WHERE id = #{id}")
    int updatePromotion(@Param("id") long id, @Param("p") Promotion promotion);

    /** Conditional: 0 rows when the campaign was not in the expected state. */
    @Update("UPDATE sms_flash_promotion SET status = #{status} WHERE id = #{id} AND status = #{from}")
    int updatePromotionStatus(@Param("id") long id, @Param("from") int from, @Param("status") int status);

    @Delete("DELETE FROM sms_flash_promotion WHERE id = #{id}")
    int deletePromotion(@Param("id") long id);

    @Delete("DELETE FROM sms_flash_promotion_product_relation WHERE flash_promotion_id = #{id}")
    int deletePromotionProducts(@Param("id") long promotionId);

    // ---- slots

    @Select("SELECT COUNT(*) FROM sms_flash_promotion_session")
    long countSessions();

    @Select("SELECT " + FlashSession.COLUMNS + ", NULL AS product_count FROM sms_flash_promotion_session s"
            + " ORDER BY s.start_time, s.id LIMIT #{offset}, #{limit}")
    List<FlashSession> sessions(@Param("offset") long offset, @Param("limit") int limit);

    /** Enabled slots with the number of the campaign's products in each: one grouped query. */
    @Select("SELECT " + FlashSession.COLUMNS + ", COUNT(r.id) AS product_count FROM sms_flash_promotion_session s"
            + " LEFT JOIN sms_flash_promotion_product_relation r ON r.flash_promotion_session_id = s.id"
            + " AND r.flash_promotion_id = #{promotionId}"
            + " WHERE s.status = 1 GROUP BY s.id ORDER BY s.start_time, s.id")
    List<FlashSession> enabledSessionsWithCounts(@Param("promotionId") long promotionId);

    @Select("SELECT " + FlashSession.COLUMNS + ", NULL AS product_count FROM sms_flash_promotion_session s"
            + " WHERE s.id = #{id}")
    FlashSession findSession(@Param("id") long id);

    @Select("SELECT " + FlashSession.COLUMNS + ", NULL AS product_count FROM sms_flash_promotion_session s"
            + " WHERE s.id = #{id} FOR UPDATE")
    FlashSession lockSession(@Param("id") long id);

    /**
     * Locks the enabled slots (and, through the status index, the gap new ones would enter), so two
     * concurrent enables cannot both miss each other's overlap.
     */
    @Select("SELECT " + FlashSession.COLUMNS + ", NULL AS product_count FROM sms_flash_promotion_session s"
            + " WHERE s.status = 1 ORDER BY s.id FOR UPDATE")
    List<FlashSession> lockEnabledSessions();

    @Insert("INSERT INTO sms_flash_promotion_session (name, start_time, end_time, status, create_time)"
            + " VALUES (#{s.name}, #{s.startTime}, #{s.endTime}, #{s.status}, NOW())")
    void insertSession(@Param("s") Session session);

    @Update("UPDATE sms_flash_promotion_session SET name = #{s.name}, start_time = #{s.startTime},"
            + " end_time = #{s.endTime}, status = #{s.status} WHERE id = #{id}")
    int updateSession(@Param("id") long id, @Param("s") Session session);

    /** Conditional: 0 rows when the slot was not in the expected state. */
    @Update("UPDATE sms_flash_promotion_session SET status = #{status} WHERE id = #{id} AND status = #{from}")
    int updateSessionStatus(@Param("id") long id, @Param("from") int from, @Param("status") int status);

    @Select("SELECT COUNT(*) FROM sms_flash_promotion_product_relation WHERE flash_promotion_session_id = #{id}"
            + " LOCK IN SHARE MODE")
    long countSessionProducts(@Param("id") long sessionId);

    @Delete("DELETE FROM sms_flash_promotion_session WHERE id = #{id}")
    int deleteSession(@Param("id") long id);

    // ---- products of a slot

    String PRODUCT_FILTER = "<where><if test='promotionId != null'>r.flash_promotion_id = #{promotionId}</if>"
            + "<if test='sessionId != null'> AND r.flash_promotion_session_id = #{sessionId}</if></where>";

    @Select("<script>SELECT COUNT(*) FROM sms_flash_promotion_product_relation r " + PRODUCT_FILTER + "</script>")
    long countProducts(@Param("promotionId") Long promotionId, @Param("sessionId") Long sessionId);

    @Select("<script>SELECT " + FlashProduct.COLUMNS + FlashProduct.FROM + " " + PRODUCT_FILTER
            + " ORDER BY r.sort DESC, r.id LIMIT #{offset}, #{limit}</script>")
    List<FlashProduct> products(@Param("promotionId") Long promotionId, @Param("sessionId") Long sessionId,
                                @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + FlashProduct.COLUMNS + FlashProduct.FROM + " WHERE r.id = #{id}")
    FlashProduct findProduct(@Param("id") long id);

    @Select("SELECT flash_promotion_id FROM sms_flash_promotion_product_relation WHERE id = #{id}")
    Long promotionOfProduct(@Param("id") long id);

    @Select("<script>SELECT id FROM sms_flash_promotion WHERE id IN " + IDS + " ORDER BY id FOR UPDATE</script>")
    List<Long> lockPromotions(@Param("ids") Collection<Long> ids);

    @Select("<script>SELECT id FROM sms_flash_promotion_session WHERE id IN " + IDS
            + " LOCK IN SHARE MODE</script>")
    List<Long> lockSessions(@Param("ids") Collection<Long> ids);

    @Select("<script>SELECT id FROM pms_product WHERE delete_status = 0 AND id IN " + IDS
            + " LOCK IN SHARE MODE</script>")
    List<Long> liveProducts(@Param("ids") Collection<Long> ids);

    @Select("SELECT EXISTS (SELECT 1 FROM sms_flash_promotion_product_relation WHERE flash_promotion_id = #{p}"
            + " AND flash_promotion_session_id = #{s} AND product_id = #{productId})")
    boolean productInSession(@Param("p") long promotionId, @Param("s") long sessionId,
                             @Param("productId") long productId);

    @Insert("INSERT INTO sms_flash_promotion_product_relation (flash_promotion_id, flash_promotion_session_id,"
            + " product_id, flash_promotion_price, flash_promotion_count, flash_promotion_limit, sort) VALUES"
            + " (#{r.flashPromotionId}, #{r.flashPromotionSessionId}, #{r.productId}, #{r.flashPromotionPrice},"
            + " #{r.flashPromotionCount}, #{r.flashPromotionLimit}, #{r.sort})")
    void insertProduct(@Param("r") NewProduct row);

    @Update("UPDATE sms_flash_promotion_product_relation SET flash_promotion_price = #{o.flashPromotionPrice},"
            + " flash_promotion_count = #{o.flashPromotionCount}, flash_promotion_limit = #{o.flashPromotionLimit},"
            + " sort = #{o.sort} WHERE id = #{id}")
    int updateProduct(@Param("id") long id, @Param("o") ProductOffer offer);

    @Delete("DELETE FROM sms_flash_promotion_product_relation WHERE id = #{id}")
    int deleteProduct(@Param("id") long id);
}
