package com.perflab.mall.admin.oplog;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface OperationLogMapper {

    String WHERE = """
            <where>
              <if test="f.adminId != null">AND admin_id = #{f.adminId}</if>
              <if test="f.username != null and f.username != ''">AND username = #{f.username}</if>
              <if test="f.path != null and f.path != ''">AND path LIKE CONCAT(#{f.path}, '%')</if>
              <if test="f.from != null">AND create_time &gt;= #{f.from}</if>
              <if test="f.to != null">AND create_time &lt; #{f.to}</if>
            </where>
            """;

    @Insert("""
            INSERT INTO ums_admin_operation_log
              (admin_id, username, method, path, params, status, ip, duration_ms, create_time)
            VALUES (#{adminId}, #{username}, #{method}, #{path}, #{params}, #{status}, #{ip}, #{durationMs},
                    #{createTime})
            """)
    void insert(OperationLogEntry entry);

    @Select("<script>SELECT COUNT(*) FROM ums_admin_operation_log" + WHERE + "</script>")
    long count(@Param("f") OperationLogFilter filter);

    /** Newest first; the id breaks ties within one millisecond. */
    @Select("<script>SELECT id, admin_id, username, method, path, params, status, ip, duration_ms, create_time"
            + " FROM ums_admin_operation_log" + WHERE
            + " ORDER BY create_time DESC, id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<OperationLogEntry> page(@Param("f") OperationLogFilter filter, @Param("offset") long offset,
            @Param("limit") int limit);
}
