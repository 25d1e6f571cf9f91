package com.perflab.mall.portal.coupon;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MemberCouponMapper {

    @Select("""
            SELECT id, type, name, count, per_limit, member_level, enable_time, end_time
            FROM sms_coupon WHERE id = #{id}""")
    ClaimableCoupon findCoupon(long id);

    /** Locks the member's row: one member's claims of any coupon run one after another (per-limit check). */
    @Select("SELECT member_level_id FROM ums_member WHERE id = #{memberId} AND status = 1 FOR UPDATE")
    Long lockMemberLevel(long memberId);

    @Select("SELECT nickname FROM ums_member WHERE id = #{memberId}")
    String nickname(long memberId);

    @Select("SELECT COUNT(*) FROM sms_coupon_history WHERE coupon_id = #{couponId} AND member_id = #{memberId}")
    int heldBy(@Param("couponId") long couponId, @Param("memberId") long memberId);

    /** Takes one from what is left; 0 rows when none is: coupons can never be handed out beyond count. */
    @Update("""
            UPDATE sms_coupon SET count = count - 1, receive_count = receive_count + 1
            WHERE id = #{id} AND count > 0""")
    int takeOne(long id);

    @Insert("""
            INSERT INTO sms_coupon_history
              (coupon_id, member_id, coupon_code, member_nickname, get_type, create_time, use_status)
            VALUES (#{couponId}, #{memberId}, #{code}, #{nickname}, 1, NOW(), 0)""")
    void insertHistory(@Param("couponId") long couponId, @Param("memberId") long memberId,
            @Param("code") String code, @Param("nickname") String nickname);

    /** The member's coupons, newest first; useStatus null = all. A used coupon is never shown as expired. */
    @Select("""
            <script>
            SELECT h.id AS history_id, h.coupon_id, h.coupon_code,
                   CASE WHEN h.use_status = 0 AND c.end_time &lt; NOW() THEN 2 ELSE h.use_status END AS use_status,
                   h.create_time, h.use_time, h.order_sn, c.name, c.amount, c.min_point, c.use_type,
                   c.start_time, c.end_time, c.note
            FROM sms_coupon_history h JOIN sms_coupon c ON c.id = h.coupon_id
            WHERE h.member_id = #{memberId}
            <if test="useStatus == 0">AND h.use_status = 0 AND (c.end_time IS NULL OR c.end_time &gt;= NOW())</if>
            <if test="useStatus == 1">AND h.use_status = 1</if>
            <if test="useStatus == 2">AND h.use_status = 0 AND c.end_time &lt; NOW()</if>
            ORDER BY h.id DESC LIMIT 200
            </script>""")
    List<MemberCoupon> findHeld(@Param("memberId") long memberId, @Param("useStatus") Integer useStatus);
}
