package com.perflab.mall.portal.order;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * SQL of the order flow. Every state change is a conditional UPDATE whose row count the service checks:
 * the database, not a read-then-write in Java, decides who wins a race.
 */
@Mapper
interface OrderMapper {

    String IN_IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    // ---- reads for confirm / generate

    @Select("<script>SELECT c.id, c.product_sku_id, c.quantity FROM oms_cart_item c"
            + " WHERE c.member_id = #{memberId} AND c.delete_status = 0 AND c.id IN " + IN_IDS
            + " ORDER BY c.id</script>")
    List<CartLine> findCartLines(@Param("memberId") long memberId, @Param("ids") Collection<Long> ids);

    @Select("SELECT " + MemberAddress.COLUMNS + " FROM ums_member_receive_address a WHERE a.member_id = #{memberId}"
            + " ORDER BY a.default_status DESC, a.id")
    List<MemberAddress> findAddresses(@Param("memberId") long memberId);

    @Select("SELECT " + MemberAddress.COLUMNS + " FROM ums_member_receive_address a"
            + " WHERE a.id = #{id} AND a.member_id = #{memberId}")
    MemberAddress findAddress(@Param("memberId") long memberId, @Param("id") long id);

    /** Unused coupons of the member whose time window is open now. */
    @Select("""
            SELECT h.id, h.coupon_id, h.member_id, h.coupon_code, h.use_status, c.name, c.amount, c.min_point,
                   c.use_type, c.start_time, c.end_time, c.note
            FROM sms_coupon_history h JOIN sms_coupon c ON c.id = h.coupon_id
            WHERE h.member_id = #{memberId} AND h.use_status = 0
              AND (c.start_time IS NULL OR c.start_time <= NOW()) AND (c.end_time IS NULL OR c.end_time >= NOW())
            ORDER BY c.amount DESC, h.id""")
    List<CouponHistoryRow> findUnusedCoupons(@Param("memberId") long memberId);

    @Select("<script>SELECT r.coupon_id, r.product_id AS target_id FROM sms_coupon_product_relation r"
            + " WHERE r.coupon_id IN " + IN_IDS + "</script>")
    List<CouponScope> findCouponProducts(@Param("ids") Collection<Long> couponIds);

    @Select("<script>SELECT r.coupon_id, r.product_category_id AS target_id FROM sms_coupon_product_category_relation r"
            + " WHERE r.coupon_id IN " + IN_IDS + "</script>")
    List<CouponScope> findCouponCategories(@Param("ids") Collection<Long> couponIds);

    @Select("SELECT m.integration FROM ums_member m WHERE m.id = #{memberId}")
    Integer findIntegration(@Param("memberId") long memberId);

    @Select("SELECT s.id, s.deduction_per_amount, s.max_percent_per_order, s.use_unit, s.coupon_status"
            + " FROM ums_integration_consume_setting s ORDER BY s.id LIMIT 1")
    IntegrationConsumeSetting findIntegrationSetting();

    /** The shop's one settings row (the first, as the back office shows it). */
    @Select("SELECT s.normal_order_overtime, s.confirm_overtime FROM oms_order_setting s ORDER BY s.id LIMIT 1")
    TimeoutSetting findTimeoutSetting();

    /** normal_order_overtime in minutes, confirm_overtime in days. */
    record TimeoutSetting(Integer normalOrderOvertime, Integer confirmOvertime) {
    }

    /**
     * The highest per-day counter the portal drew on this day (yyyyMMdd), to re-seed a lost Redis counter: a range
     * of uk_order_sn, only the portal's 18-character numbers below {@code limit} (generated ones are above it).
     */
    @Select("SELECT MAX(CAST(SUBSTRING(o.order_sn, 11) AS UNSIGNED)) FROM oms_order o"
            + " WHERE o.order_sn >= #{day} AND o.order_sn < #{nextDay} AND CHAR_LENGTH(o.order_sn) = 18"
            + " AND CAST(SUBSTRING(o.order_sn, 11) AS UNSIGNED) < #{limit}")
    Long findMaxDailyCounter(@Param("day") String day, @Param("nextDay") String nextDay, @Param("limit") long limit);

    // ---- writes of generateOrder

    @Update("UPDATE pms_sku_stock SET lock_stock = lock_stock + #{q} WHERE id = #{skuId} AND stock - lock_stock >= #{q}")
    int lockStock(@Param("skuId") long skuId, @Param("q") int quantity);

    @Update("<script>UPDATE oms_cart_item SET delete_status = 1, modify_date = NOW()"
            + " WHERE member_id = #{memberId} AND delete_status = 0 AND id IN " + IN_IDS + "</script>")
    int deleteCartLines(@Param("memberId") long memberId, @Param("ids") Collection<Long> ids);

    @Update("UPDATE sms_coupon_history SET use_status = 1, use_time = NOW(), order_id = #{orderId},"
            + " order_sn = #{orderSn} WHERE id = #{historyId} AND member_id = #{memberId} AND use_status = 0")
    int useCoupon(@Param("historyId") long historyId, @Param("memberId") long memberId,
                  @Param("orderId") long orderId, @Param("orderSn") String orderSn);

    @Update("UPDATE ums_member SET integration = integration - #{n} WHERE id = #{memberId} AND integration >= #{n}")
    int deductIntegration(@Param("memberId") long memberId, @Param("n") int points);

    @Insert("""
            INSERT INTO oms_order (member_id, coupon_id, order_sn, create_time, member_username, total_amount,
                pay_amount, freight_amount, promotion_amount, integration_amount, coupon_amount, discount_amount,
                pay_type, source_type, status, order_type, auto_confirm_day, integration, growth, promotion_info,
                receiver_name, receiver_phone, receiver_post_code, receiver_province, receiver_city, receiver_region,
                receiver_detail_address, confirm_status, delete_status, use_integration)
            VALUES (#{memberId}, #{couponId}, #{orderSn}, NOW(), #{memberUsername}, #{totalAmount}, #{payAmount},
                #{freightAmount}, #{promotionAmount}, #{integrationAmount}, #{couponAmount}, 0, #{payType},
                #{sourceType}, 0, #{orderType}, #{autoConfirmDay}, #{integration}, #{growth}, #{promotionInfo},
                #{address.name}, #{address.phoneNumber}, #{address.postCode}, #{address.province}, #{address.city},
                #{address.region}, #{address.detailAddress}, 0, 0, #{useIntegration})""")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int insertOrder(NewOrder order);

    @Insert("""
            <script>
            INSERT INTO oms_order_item (order_id, order_sn, product_id, product_pic, product_name, product_brand,
                product_sn, product_price, product_quantity, product_sku_id, product_sku_code, product_category_id,
                promotion_name, promotion_amount, coupon_amount, integration_amount, real_amount, gift_integration,
                gift_growth, product_attr, flash_relation_id)
            VALUES <foreach collection='items' item='i' separator=','>
                (#{orderId}, #{orderSn}, #{i.productId}, #{i.productPic}, #{i.productName}, #{i.productBrand},
                 #{i.productSn}, #{i.productPrice}, #{i.productQuantity}, #{i.productSkuId}, #{i.productSkuCode},
                 #{i.productCategoryId}, #{i.promotionName}, #{i.promotionAmount}, #{i.couponAmount},
                 #{i.integrationAmount}, #{i.realAmount}, #{i.giftIntegration}, #{i.giftGrowth}, #{i.productAttr},
                 #{i.flashRelationId})
            </foreach>
            </script>""")
    int insertItems(@Param("orderId") long orderId, @Param("orderSn") String orderSn,
                    @Param("items") List<NewOrderItem> items);

    @Insert("INSERT INTO oms_order_operate_history (order_id, operate_man, create_time, order_status, note)"
            + " VALUES (#{orderId}, #{operator}, NOW(), #{status}, #{note})")
    int insertHistory(@Param("orderId") long orderId, @Param("operator") String operator,
                      @Param("status") int status, @Param("note") String note);

    // ---- status transitions

    /*
     * Each transition names its order by id and must lock it by the primary key. With "AND member_id = ?" or
     * "AND status = ?" the optimizer may walk idx_order_member or idx_order_status_time instead (small or skewed
     * tables), locking the index record first: pay racing a timeout cancel or the back office's close of the same
     * order then deadlocks (seen in mall-admin's concurrent close test), and one side fails with an error instead
     * of simply finding the order no longer in its state.
     */
    String BY_ID = "FORCE INDEX (PRIMARY)";

    @Update("UPDATE oms_order " + BY_ID + " SET status = 1, pay_type = #{payType}, payment_time = NOW(),"
            + " modify_time = NOW()"
            + " WHERE id = #{id} AND member_id = #{memberId} AND status = 0 AND delete_status = 0")
    int markPaid(@Param("id") long id, @Param("memberId") long memberId, @Param("payType") int payType);

    /** memberId null: the timeout consumer, which acts for the system. */
    @Update("<script>UPDATE oms_order " + BY_ID + " SET status = 4, modify_time = NOW()"
            + " WHERE id = #{id} AND status = 0"
            + "<if test='memberId != null'> AND member_id = #{memberId} AND delete_status = 0</if></script>")
    int markClosed(@Param("id") long id, @Param("memberId") Long memberId);

    @Update("UPDATE oms_order " + BY_ID + " SET status = 3, confirm_status = 1, receive_time = NOW(),"
            + " modify_time = NOW()"
            + " WHERE id = #{id} AND member_id = #{memberId} AND status = 2 AND delete_status = 0")
    int markReceived(@Param("id") long id, @Param("memberId") long memberId);

    /** memberId null: the back office, which may delete any member's order. */
    @Update("<script>UPDATE oms_order " + BY_ID + " SET delete_status = 1, modify_time = NOW()"
            + " WHERE id = #{id} AND status IN (3, 4) AND delete_status = 0"
            + "<if test='memberId != null'> AND member_id = #{memberId}</if></script>")
    int markDeleted(@Param("id") long id, @Param("memberId") Long memberId);

    /**
     * Unpaid orders placed more than {@code overdueSeconds} ago (by the database's clock, which wrote
     * create_time), after the position (afterTime, afterId), oldest first. Walks
     * idx_order_status_time (status, create_time, and the id InnoDB appends) in its own order: reads about
     * {@code limit} index entries beyond the position, with no sort, however many orders the table holds.
     */
    @Select("SELECT o.id, o.create_time FROM oms_order o"
            + " WHERE o.status = 0 AND o.create_time < NOW() - INTERVAL #{overdueSeconds} SECOND"
            + " AND o.create_time >= #{afterTime} AND (o.create_time > #{afterTime} OR o.id > #{afterId})"
            + " ORDER BY o.create_time, o.id LIMIT #{limit}")
    List<OverdueOrder> findOverdueUnpaid(@Param("overdueSeconds") long overdueSeconds,
                                         @Param("afterTime") java.time.LocalDateTime afterTime,
                                         @Param("afterId") long afterId, @Param("limit") int limit);

    record OverdueOrder(long id, java.time.LocalDateTime createTime) {
    }

    @Select("SELECT i.product_sku_id AS sku_id, SUM(i.product_quantity) AS quantity FROM oms_order_item i"
            + " WHERE i.order_id = #{orderId} GROUP BY i.product_sku_id ORDER BY i.product_sku_id")
    List<SkuQuantity> findSkuQuantities(@Param("orderId") long orderId);

    @Update("UPDATE pms_sku_stock SET stock = stock - #{q}, lock_stock = lock_stock - #{q}, sale = sale + #{q}"
            + " WHERE id = #{skuId} AND lock_stock >= #{q} AND stock >= #{q}")
    int sellLocked(@Param("skuId") long skuId, @Param("q") int quantity);

    @Update("UPDATE pms_sku_stock SET lock_stock = lock_stock - #{q} WHERE id = #{skuId} AND lock_stock >= #{q}")
    int releaseLocked(@Param("skuId") long skuId, @Param("q") int quantity);

    // ---- flash sales: an offer's units, and each member's units per offer

    /** Takes units of a flash-sale offer if that many are left; the row lock orders the offer's buyers. */
    @Update("UPDATE sms_flash_promotion_product_relation SET flash_promotion_count = flash_promotion_count - #{q}"
            + " WHERE id = #{relationId} AND flash_promotion_count >= #{q}")
    int takeFlashUnits(@Param("relationId") long relationId, @Param("q") int quantity);

    @Update("UPDATE sms_flash_promotion_product_relation SET flash_promotion_count = flash_promotion_count + #{q}"
            + " WHERE id = #{relationId}")
    int returnFlashUnits(@Param("relationId") long relationId, @Param("q") int quantity);

    /** Adds to the member's units of the offer (a first purchase makes the row); the row stays locked. */
    @Insert("INSERT INTO sms_flash_member_quota (relation_id, member_id, quantity) VALUES (#{relationId}, #{memberId}, #{q})"
            + " ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)")
    int addFlashQuota(@Param("relationId") long relationId, @Param("memberId") long memberId, @Param("q") int quantity);

    /** The member's units of the offer, as this transaction has just written them. */
    @Select("SELECT quantity FROM sms_flash_member_quota WHERE relation_id = #{relationId} AND member_id = #{memberId}")
    int flashQuota(@Param("relationId") long relationId, @Param("memberId") long memberId);

    @Update("UPDATE sms_flash_member_quota SET quantity = quantity - #{q}"
            + " WHERE relation_id = #{relationId} AND member_id = #{memberId} AND quantity >= #{q}")
    int releaseFlashQuota(@Param("relationId") long relationId, @Param("memberId") long memberId,
                          @Param("q") int quantity);

    @Select("SELECT i.flash_relation_id AS relation_id, SUM(i.product_quantity) AS quantity FROM oms_order_item i"
            + " WHERE i.order_id = #{orderId} AND i.flash_relation_id IS NOT NULL"
            + " GROUP BY i.flash_relation_id ORDER BY i.flash_relation_id")
    List<FlashUnits> findFlashUnits(@Param("orderId") long orderId);

    @Update("UPDATE sms_coupon_history SET use_status = 0, use_time = NULL, order_id = NULL, order_sn = NULL"
            + " WHERE order_id = #{orderId} AND use_status = 1")
    int restoreCoupon(@Param("orderId") long orderId);

    @Update("UPDATE ums_member SET integration = integration + #{n} WHERE id = #{memberId}")
    int restoreIntegration(@Param("memberId") long memberId, @Param("n") int points);

    // ---- member views

    @Select("SELECT " + Order.COLUMNS + " FROM oms_order o WHERE o.id = #{id}")
    Order findById(@Param("id") long id);

    @Select("SELECT " + Order.COLUMNS + " FROM oms_order o"
            + " WHERE o.id = #{id} AND o.member_id = #{memberId} AND o.delete_status = 0")
    Order findOwn(@Param("id") long id, @Param("memberId") long memberId);

    @Select("<script>SELECT COUNT(*) FROM oms_order o WHERE o.member_id = #{memberId} AND o.delete_status = 0"
            + "<if test='status != null'> AND o.status = #{status}</if></script>")
    long countOwn(@Param("memberId") long memberId, @Param("status") Integer status);

    @Select("<script>SELECT " + Order.COLUMNS + " FROM oms_order o"
            + " WHERE o.member_id = #{memberId} AND o.delete_status = 0"
            + "<if test='status != null'> AND o.status = #{status}</if>"
            + " ORDER BY o.id DESC LIMIT #{offset}, #{limit}</script>")
    List<Order> findOwnPage(@Param("memberId") long memberId, @Param("status") Integer status,
                            @Param("offset") long offset, @Param("limit") int limit);

    @Select("<script>SELECT " + OrderItem.COLUMNS + " FROM oms_order_item i WHERE i.order_id IN " + IN_IDS
            + " ORDER BY i.order_id, i.id</script>")
    List<OrderItem> findItems(@Param("ids") Collection<Long> orderIds);

    /** The status of an order that is not deleted, null when there is none. */
    @Select("SELECT status FROM oms_order WHERE id = #{id} AND delete_status = 0")
    Integer liveStatus(@Param("id") long id);

    @Select("SELECT pay_amount FROM oms_order WHERE id = #{orderId}")
    java.math.BigDecimal payAmount(long orderId);
}
