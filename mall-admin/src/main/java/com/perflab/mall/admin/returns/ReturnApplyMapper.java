package com.perflab.mall.admin.returns;

import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Return requests; each transition is a conditional UPDATE on the status it starts from. */
@Mapper
interface ReturnApplyMapper {

    /* idx_return_apply_status_time (status, create_time) serves status and the day; the rest has no index. */
    String LIST_FILTER = "<where>"
            + "<if test='f.id != null'> AND a.id = #{f.id}</if>"
            + "<if test='f.status != null'> AND a.status = #{f.status}</if>"
            + "<if test='f.createTime != null'> AND a.create_time &gt;= #{f.createdFrom}"
            + " AND a.create_time &lt; #{f.createdBefore}</if>"
            + "<if test='f.handleMan != null'> AND a.handle_man = #{f.handleMan}</if>"
            + "<if test='f.handleTime != null'> AND a.handle_time &gt;= #{f.handledFrom}"
            + " AND a.handle_time &lt; #{f.handledBefore}</if>"
            + "<if test='f.receiverKeyword != null'> AND (a.return_name LIKE #{f.receiverPrefix}"
            + " OR a.return_phone LIKE #{f.receiverPrefix})</if>"
            + "</where>";

    @Select("<script>SELECT COUNT(*) FROM oms_order_return_apply a " + LIST_FILTER + "</script>")
    long count(@Param("f") ReturnApplyFilter filter);

    @Select("<script>SELECT " + ReturnApply.COLUMNS + " FROM oms_order_return_apply a " + LIST_FILTER
            + " ORDER BY a.id DESC LIMIT #{offset}, #{limit}</script>")
    List<ReturnApply> page(@Param("f") ReturnApplyFilter filter, @Param("offset") long offset,
                           @Param("limit") int limit);

    @Select("SELECT " + ReturnApply.COLUMNS + " FROM oms_order_return_apply a WHERE a.id = #{id}")
    ReturnApply findById(@Param("id") long id);

    @Select("SELECT id, address_name, send_status, receive_status, name, phone, province, city, region,"
            + " detail_address FROM oms_company_address WHERE id = #{id}")
    ReturnAddress findAddress(@Param("id") long id);

    /** What the member paid for the returned units: the refund may not exceed it. */
    @Select("SELECT product_real_price * product_count FROM oms_order_return_apply WHERE id = #{id}")
    BigDecimal paidAmount(@Param("id") long id);

    @Update("UPDATE oms_order_return_apply SET status = 1, return_amount = #{amount},"
            + " company_address_id = #{addressId}, handle_note = #{note}, handle_man = #{man}, handle_time = NOW()"
            + " WHERE id = #{id} AND status = 0")
    int accept(@Param("id") long id, @Param("amount") BigDecimal amount, @Param("addressId") long addressId,
               @Param("note") String note, @Param("man") String man);

    @Update("UPDATE oms_order_return_apply SET status = 3, handle_note = #{note}, handle_man = #{man},"
            + " handle_time = NOW() WHERE id = #{id} AND status = 0")
    int refuse(@Param("id") long id, @Param("note") String note, @Param("man") String man);

    @Update("UPDATE oms_order_return_apply SET status = 2, receive_note = #{note}, receive_man = #{man},"
            + " receive_time = NOW() WHERE id = #{id} AND status = 1")
    int receive(@Param("id") long id, @Param("note") String note, @Param("man") String man);
}
