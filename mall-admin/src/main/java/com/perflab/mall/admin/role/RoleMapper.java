package com.perflab.mall.admin.role;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface RoleMapper {

    String KEYWORD_FILTER = "<where><if test='keyword != null'>name LIKE CONCAT('%', #{keyword}, '%')</if></where>";

    @Select("<script>SELECT COUNT(*) FROM ums_role " + KEYWORD_FILTER + "</script>")
    long count(@Param("keyword") String keyword);

    @Select("<script>SELECT " + Role.COLUMNS + " FROM ums_role " + KEYWORD_FILTER
            + " ORDER BY sort DESC, id LIMIT #{offset}, #{limit}</script>")
    List<Role> page(@Param("keyword") String keyword, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + Role.COLUMNS + " FROM ums_role ORDER BY sort DESC, id")
    List<Role> findAll();

    @Select("SELECT " + Role.COLUMNS + " FROM ums_role WHERE id = #{id}")
    Role findById(@Param("id") long id);

    @Select("SELECT EXISTS (SELECT 1 FROM ums_role WHERE name = #{name} AND id <> #{exceptId})")
    boolean nameTaken(@Param("name") String name, @Param("exceptId") long exceptId);

    @Insert("INSERT INTO ums_role (name, description, admin_count, create_time, status, sort)"
            + " VALUES (#{r.name}, #{r.description}, 0, #{time}, #{r.status}, #{r.sort})")
    void insert(@Param("r") RoleRequest request, @Param("time") LocalDateTime time);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE ums_role SET name = #{r.name}, description = #{r.description}, status = #{r.status},"
            + " sort = #{r.sort} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("r") RoleRequest request);

    @Update("UPDATE ums_role SET status = #{status} WHERE id = #{id}")
    int updateStatus(@Param("id") long id, @Param("status") int status);

    @Delete("DELETE FROM ums_role WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Delete("DELETE FROM ums_admin_role_relation WHERE role_id = #{roleId}")
    void deleteAdminRelations(@Param("roleId") long roleId);

    @Delete("DELETE FROM ums_role_menu_relation WHERE role_id = #{roleId}")
    void deleteMenus(@Param("roleId") long roleId);

    @Delete("DELETE FROM ums_role_resource_relation WHERE role_id = #{roleId}")
    void deleteResources(@Param("roleId") long roleId);

    @Select("<script>SELECT COUNT(*) FROM ums_menu WHERE id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int countMenus(@Param("ids") List<Long> ids);

    @Select("<script>SELECT COUNT(*) FROM ums_resource WHERE id IN"
            + "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int countResources(@Param("ids") List<Long> ids);

    @Insert("<script>INSERT INTO ums_role_menu_relation (role_id, menu_id) VALUES"
            + "<foreach collection='ids' item='id' separator=','>(#{roleId}, #{id})</foreach></script>")
    void insertMenus(@Param("roleId") long roleId, @Param("ids") List<Long> menuIds);

    @Insert("<script>INSERT INTO ums_role_resource_relation (role_id, resource_id) VALUES"
            + "<foreach collection='ids' item='id' separator=','>(#{roleId}, #{id})</foreach></script>")
    void insertResources(@Param("roleId") long roleId, @Param("ids") List<Long> resourceIds);

    @Select("SELECT m.id, m.parent_id, m.title, m.level, m.sort, m.name, m.icon, m.hidden"
            + " FROM ums_role_menu_relation rm JOIN ums_menu m ON m.id = rm.menu_id"
            + " WHERE rm.role_id = #{roleId} ORDER BY m.level, m.sort DESC, m.id")
    List<RoleMenu> findMenus(@Param("roleId") long roleId);

    @Select("SELECT r.id, r.name, r.url, r.description, r.category_id"
            + " FROM ums_role_resource_relation rr JOIN ums_resource r ON r.id = rr.resource_id"
            + " WHERE rr.role_id = #{roleId} ORDER BY r.id")
    List<RoleResource> findResources(@Param("roleId") long roleId);
}
