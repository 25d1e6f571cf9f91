package com.perflab.mall.admin.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * Orders in the back office. Every change is a conditional UPDATE on the status the change starts from;
 * the service reads the row count, so the database decides races with the portal (pay, timeout cancel).
 * Close and delete are mall-portal's (PortalOrders): nothing here writes stock, coupons or points.
 */
@Mapper
interface OrderMapper {

    /*
     * Indexes (V2): uk_order_sn (order_sn) serves the exact order number, idx_order_status_time
     * (status, create_time) a status with or without the half-open day range; receiver name/phone have
     * none (a prefix LIKE can use one if it is ever added).
     */
    /*
     * Every change names its row by id. On a small or skewed table the optimizer may otherwise walk
     * idx_order_status_time or idx_order_member for "id = ? AND status = ?", locking index records first:
     * that locks more than the row and can deadlock against a portal statement taking the row by its key.
     */
    String BY_ID = "FORCE INDEX (PRIMARY)";

    String LIST_FILTER = "<where> o.delete_status = 0"
            + "<if test='f.orderSn != null'> AND o.order_sn = #{f.orderSn}</if>"
            + "<if test='f.receiverKeyword != null'> AND (o.receiver_name LIKE #{f.receiverPrefix}"
            + " OR o.receiver_phone LIKE #{f.receiverPrefix})</if>"
            + "<if test='f.status != null'> AND o.status = #{f.status}</if>"
            + "<if test='f.orderType != null'> AND o.order_type = #{f.orderType}</if>"
            + "<if test='f.sourceType != null'> AND o.source_type = #{f.sourceType}</if>"
            + "<if test='f.createdFrom() != null'> AND o.create_time &gt;= #{f.createdFrom}</if>"
            + "<if test='f.createdBefore() != null'> AND o.create_time &lt; #{f.createdBefore}</if>"
            + "</where>";

    @Select("<script>SELECT COUNT(*) FROM oms_order o " + LIST_FILTER + "</script>")
    long count(@Param("f") OrderFilter filter);

    @Select("<script>SELECT " + AdminOrder.COLUMNS + " FROM oms_order o " + LIST_FILTER
            + " ORDER BY o.id DESC LIMIT #{offset}, #{limit}</script>")
    List<AdminOrder> page(@Param("f") OrderFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + AdminOrder.COLUMNS + " FROM oms_order o WHERE o.id = #{id}")
    AdminOrder findById(@Param("id") long id);

    /** The status of a live (not deleted) order, null when there is none. */
    @Select("SELECT status FROM oms_order WHERE id = #{id} AND delete_status = 0")
    Integer liveStatus(@Param("id") long id);

    @Select("SELECT " + OrderLine.COLUMNS + " FROM oms_order_item i WHERE i.order_id = #{orderId} ORDER BY i.id")
    List<OrderLine> findLines(@Param("orderId") long orderId);

    @Select("SELECT id, order_id, operate_man, create_time, order_status, note FROM oms_order_operate_history"
            + " WHERE order_id = #{orderId} ORDER BY id")
    List<OperateHistory> findHistory(@Param("orderId") long orderId);

    @Insert("INSERT INTO oms_order_operate_history (order_id, operate_man, create_time, order_status, note)"
            + " VALUES (#{orderId}, #{operator}, NOW(), #{status}, #{note})")
    void insertHistory(@Param("orderId") long orderId, @Param("operator") String operator,
                       @Param("status") int status, @Param("note") String note);

    // ---- transitions

    @Update("UPDATE oms_order " + BY_ID + " SET status = 2, delivery_company = #{company}, delivery_sn = #{sn},"
            + " delivery_time = NOW(), modify_time = NOW() WHERE id = #{id} AND status = 1 AND delete_status = 0")
    int markDelivered(@Param("id") long id, @Param("company") String company, @Param("sn") String sn);

    @Update("UPDATE oms_order " + BY_ID + " SET note = #{note}, modify_time = NOW()"
            + " WHERE id = #{id} AND status = #{status}"
            + " AND delete_status = 0")
    int updateNote(@Param("id") long id, @Param("status") int status, @Param("note") String note);

    @Update("UPDATE oms_order " + BY_ID + " SET receiver_name = #{r.receiverName}, receiver_phone = #{r.receiverPhone},"
            + " receiver_post_code = #{r.receiverPostCode}, receiver_province = #{r.receiverProvince},"
            + " receiver_city = #{r.receiverCity}, receiver_region = #{r.receiverRegion},"
            + " receiver_detail_address = #{r.receiverDetailAddress}, modify_time = NOW()"
            + " WHERE id = #{r.orderId} AND status = #{r.status} AND status IN (0, 1) AND delete_status = 0")
    int updateReceiver(@Param("r") ReceiverInfoRequest request);

    /** Recomputes pay_amount in the same statement; refuses (row count 0) a result below zero. */
    @Update("UPDATE oms_order " + BY_ID + " SET freight_amount = #{m.freightAmount},"
            + " discount_amount = #{m.discountAmount},"
            + " pay_amount = " + MoneyInfo.PAY_AMOUNT + ", modify_time = NOW()"
            + " WHERE id = #{m.orderId} AND status = 0 AND status = #{m.status} AND delete_status = 0"
            + " AND " + MoneyInfo.PAY_AMOUNT + " >= 0")
    int updateMoney(@Param("m") MoneyInfoRequest request);

    /** What pay_amount would become, to tell a negative result (400) from a stale status (409). */
    @Select("SELECT " + MoneyInfo.PAY_AMOUNT + " FROM oms_order WHERE id = #{m.orderId}")
    BigDecimal payAmountWith(@Param("m") MoneyInfoRequest request);

    /** Helper for the money statements. */
    final class MoneyInfo {
        static final String PAY_AMOUNT = "(total_amount + #{m.freightAmount} - promotion_amount - coupon_amount"
                + " - integration_amount - #{m.discountAmount})";

        private MoneyInfo() {
        }
    }

    // ---- order settings

    @Select("SELECT id, flash_order_overtime, normal_order_overtime, confirm_overtime, finish_overtime,"
            + " comment_overtime FROM oms_order_setting WHERE id = #{id}")
    OrderSetting findSetting(@Param("id") long id);

    @Update("UPDATE oms_order_setting SET flash_order_overtime = #{s.flashOrderOvertime},"
            + " normal_order_overtime = #{s.normalOrderOvertime}, confirm_overtime = #{s.confirmOvertime},"
            + " finish_overtime = #{s.finishOvertime}, comment_overtime = #{s.commentOvertime} WHERE id = #{id}")
    int updateSetting(@Param("id") long id, @Param("s") OrderSettingRequest setting);

    // ---- the dashboard (status IN lists every status, so the (status, create_time) index serves the range)

    @Select("SELECT CURDATE()")
    LocalDate today();

    @Select("""
            SELECT #{from} AS `from`, #{to} AS `to`, COUNT(*) AS orders,
                   COUNT(CASE WHEN o.status IN (1, 2, 3) THEN 1 END) AS paid_orders,
                   COALESCE(SUM(CASE WHEN o.status IN (1, 2, 3) THEN o.pay_amount END), 0) AS sales
            FROM oms_order o
            WHERE o.status IN (0, 1, 2, 3, 4, 5) AND o.create_time >= #{from} AND o.create_time < #{to}""")
    OrderStatistics.Period period(@Param("from") LocalDate from, @Param("to") LocalDate to);

    @Select("""
            SELECT (SELECT COUNT(*) FROM oms_order WHERE status = 0) AS unpaid,
                   (SELECT COUNT(*) FROM oms_order WHERE status = 1) AS to_ship,
                   (SELECT COUNT(*) FROM oms_order_return_apply WHERE status = 0) AS returns_waiting""")
    OrderStatistics.Pending pending();
}
