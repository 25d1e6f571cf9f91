package com.perflab.mall.common.access;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * What an admin may do, read straight from the role tables; only disabled roles grant nothing. Added to
 * the service's MyBatis configuration by {@link AdminAccessAutoConfiguration} (no {@code @Mapper} scan:
 * a mapper bean of mall-common would switch off the service's own mapper scanning).
 */
interface AccessMapper {

    @Select("SELECT status FROM ums_admin WHERE id = #{adminId}")
    Integer findStatus(@Param("adminId") long adminId);

    @Select("SELECT r.name FROM ums_admin_role_relation ar JOIN ums_role r ON r.id = ar.role_id"
            + " WHERE ar.admin_id = #{adminId} AND r.status = 1")
    List<String> findRoleNames(@Param("adminId") long adminId);

    @Select("SELECT DISTINCT res.url FROM ums_admin_role_relation ar"
            + " JOIN ums_role r ON r.id = ar.role_id AND r.status = 1"
            + " JOIN ums_role_resource_relation rr ON rr.role_id = r.id"
            + " JOIN ums_resource res ON res.id = rr.resource_id"
            + " WHERE ar.admin_id = #{adminId}")
    List<String> findResourceUrls(@Param("adminId") long adminId);
}
