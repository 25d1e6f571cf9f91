package com.perflab.mall.admin.coupon;

import com.perflab.mall.admin.coupon.CouponDetail.CategoryRelation;
import com.perflab.mall.admin.coupon.CouponDetail.ProductRelation;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface CouponMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    String FILTER = "<where><if test='name != null'>name LIKE CONCAT('%', #{name}, '%')</if>"
            + "<if test='type != null'> AND type = #{type}</if></where>";

    @Select("<script>SELECT COUNT(*) FROM sms_coupon " + FILTER + "</script>")
    long count(@Param("name") String name, @Param("type") Integer type);

    @Select("<script>SELECT " + Coupon.COLUMNS + " FROM sms_coupon " + FILTER
            + " ORDER BY id DESC LIMIT #{offset}, #{limit}</script>")
    List<Coupon> page(@Param("name") String name, @Param("type") Integer type, @Param("offset") long offset,
                      @Param("limit") int limit);

    @Select("SELECT " + Coupon.COLUMNS + " FROM sms_coupon WHERE id = #{id}")
    Coupon findById(@Param("id") long id);

    @Select("SELECT " + Coupon.COLUMNS + " FROM sms_coupon WHERE id = #{id} FOR UPDATE")
    Coupon lock(@Param("id") long id);

    @Select("SELECT id, coupon_id, product_id, product_name, product_sn FROM sms_coupon_product_relation"
            + " WHERE coupon_id = #{id} ORDER BY id")
    List<ProductRelation> products(@Param("id") long couponId);

    @Select("SELECT id, coupon_id, product_category_id, product_category_name, parent_category_name"
            + " FROM sms_coupon_product_category_relation WHERE coupon_id = #{id} ORDER BY id")
    List<CategoryRelation> categories(@Param("id") long couponId);

    String VALUES = "#{c.type}, #{c.name}, #{c.platform}, #{c.amount}, #{c.perLimit}, #{c.minPoint}, #{c.startTime},"
            + " #{c.endTime}, #{c.useType}, #{c.note}, #{c.enableTime}, #{c.memberLevel}";

    /** Nothing received yet: all that is issued is left to hand out. */
    @Insert("INSERT INTO sms_coupon (type, name, platform, amount, per_limit, min_point, start_time, end_time,"
            + " use_type, note, enable_time, member_level, publish_count, count, use_count, receive_count)"
            + " VALUES (" + VALUES + ", #{total}, #{total}, 0, 0)")
    void insert(@Param("c") CouponRequest coupon, @Param("total") int total);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    /**
     * The guard on receive_count makes the check and the write one step, whatever a concurrent claim in the
     * shop does: 0 rows means the new total is below what members already took.
     */
    @Update("UPDATE sms_coupon SET type = #{c.type}, name = #{c.name}, platform = #{c.platform},"
            + " amount = #{c.amount}, per_limit = #{c.perLimit}, min_point = #{c.minPoint},"
            + " start_time = #{c.startTime}, end_time = #{c.endTime}, use_type = #{c.useType}, note = #{c.note},"
            + " enable_time = #{c.enableTime}, member_level = #{c.memberLevel}, publish_count = #{total},"
            + " count = #{total} - receive_count WHERE id = #{id} AND receive_count <= #{total}")
    int update(@Param("id") long id, @Param("c") CouponRequest coupon, @Param("total") int total);

    @Delete("DELETE FROM sms_coupon WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Delete("DELETE FROM sms_coupon_product_relation WHERE coupon_id = #{id}")
    int deleteProducts(@Param("id") long couponId);

    @Delete("DELETE FROM sms_coupon_product_category_relation WHERE coupon_id = #{id}")
    int deleteCategories(@Param("id") long couponId);

    /** Locking read: a claim committed while this transaction waited for the coupon row is seen. */
    @Select("SELECT COUNT(*) FROM sms_coupon_history WHERE coupon_id = #{id} LOCK IN SHARE MODE")
    long countHolders(@Param("id") long couponId);

    /** Live products only; the shared lock keeps them from being deleted before this commits. */
    @Select("<script>SELECT 0 AS id, 0 AS coupon_id, id AS product_id, name AS product_name, product_sn"
            + " FROM pms_product WHERE delete_status = 0 AND id IN " + IDS + " ORDER BY id LOCK IN SHARE MODE</script>")
    List<ProductRelation> catalogProducts(@Param("ids") Collection<Long> ids);

    /** Second-level categories (products hang there, and the shop matches a line's category against them). */
    @Select("<script>SELECT 0 AS id, 0 AS coupon_id, c.id AS product_category_id, c.name AS product_category_name,"
            + " p.name AS parent_category_name FROM pms_product_category c"
            + " LEFT JOIN pms_product_category p ON p.id = c.parent_id"
            + " WHERE c.level = 1 AND c.id IN " + IDS + " ORDER BY c.id LOCK IN SHARE MODE</script>")
    List<CategoryRelation> catalogCategories(@Param("ids") Collection<Long> ids);

    @Insert("<script>INSERT INTO sms_coupon_product_relation (coupon_id, product_id, product_name, product_sn) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{couponId}, #{r.productId}, #{r.productName},"
            + " #{r.productSn})</foreach></script>")
    int insertProducts(@Param("couponId") long couponId, @Param("rows") List<ProductRelation> rows);

    @Insert("<script>INSERT INTO sms_coupon_product_category_relation (coupon_id, product_category_id,"
            + " product_category_name, parent_category_name) VALUES"
            + "<foreach collection='rows' item='r' separator=','>(#{couponId}, #{r.productCategoryId},"
            + " #{r.productCategoryName}, #{r.parentCategoryName})</foreach></script>")
    int insertCategories(@Param("couponId") long couponId, @Param("rows") List<CategoryRelation> rows);

    @Select("SELECT COUNT(*) FROM ums_member_level WHERE id = #{id}")
    int countLevel(@Param("id") long levelId);

    String HISTORY_FILTER = "<where><if test='couponId != null'>coupon_id = #{couponId}</if>"
            + "<if test='useStatus != null'> AND use_status = #{useStatus}</if>"
            + "<if test='orderSn != null'> AND order_sn = #{orderSn}</if></where>";

    @Select("<script>SELECT COUNT(*) FROM sms_coupon_history " + HISTORY_FILTER + "</script>")
    long countHistory(@Param("couponId") Long couponId, @Param("useStatus") Integer useStatus,
                      @Param("orderSn") String orderSn);

    @Select("<script>SELECT " + CouponHistory.COLUMNS + " FROM sms_coupon_history " + HISTORY_FILTER
            + " ORDER BY id DESC LIMIT #{offset}, #{limit}</script>")
    List<CouponHistory> historyPage(@Param("couponId") Long couponId, @Param("useStatus") Integer useStatus,
                                    @Param("orderSn") String orderSn, @Param("offset") long offset,
                                    @Param("limit") int limit);
}
