package com.perflab.mall.admin.returns;

import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface ReturnReasonMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    @Select("SELECT COUNT(*) FROM oms_order_return_reason")
    long count();

    @Select("SELECT " + ReturnReason.COLUMNS + " FROM oms_order_return_reason ORDER BY sort DESC, id"
            + " LIMIT #{offset}, #{limit}")
    List<ReturnReason> page(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + ReturnReason.COLUMNS + " FROM oms_order_return_reason WHERE id = #{id}")
    ReturnReason findById(@Param("id") long id);

    @Insert("INSERT INTO oms_order_return_reason (name, sort, status, create_time)"
            + " VALUES (#{r.name}, #{r.sort}, #{r.status}, NOW())")
    void insert(@Param("r") ReturnReasonRequest reason);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE oms_order_return_reason SET name = #{r.name}, sort = #{r.sort}, status = #{r.status}"
            + " WHERE id = #{id}")
    int update(@Param("id") long id, @Param("r") ReturnReasonRequest reason);

    @Select("<script>SELECT COUNT(*) FROM oms_order_return_reason WHERE id IN " + IDS + "</script>")
    int countIds(@Param("ids") List<Long> ids);

    @Delete("<script>DELETE FROM oms_order_return_reason WHERE id IN " + IDS + "</script>")
    int delete(@Param("ids") List<Long> ids);

    @Update("<script>UPDATE oms_order_return_reason SET status = #{status} WHERE id IN " + IDS + "</script>")
    int updateStatus(@Param("ids") List<Long> ids, @Param("status") int status);
}
