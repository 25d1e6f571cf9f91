package com.perflab.mall.admin.account;

import com.perflab.mall.common.auth.TokenRevocations;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface AdminMapper {

    @Select("SELECT " + AdminCredentials.COLUMNS + " FROM ums_admin WHERE username = #{username}")
    AdminCredentials findCredentials(@Param("username") String username);

    @Select("SELECT " + AdminCredentials.COLUMNS + " FROM ums_admin WHERE id = #{id}")
    AdminCredentials findCredentialsById(@Param("id") long id);

    @Select("SELECT " + AdminView.COLUMNS + " FROM ums_admin WHERE id = #{id}")
    AdminView findView(@Param("id") long id);

    /** Enabled roles only: a disabled role grants nothing, so it is not put into tokens either. */
    @Select("SELECT r.name FROM ums_admin_role_relation ar JOIN ums_role r ON r.id = ar.role_id"
            + " WHERE ar.admin_id = #{adminId} AND r.status = 1 ORDER BY r.id")
    List<String> findRoleNames(@Param("adminId") long adminId);

    @Select("SELECT r.id, r.name, r.description, r.status FROM ums_admin_role_relation ar"
            + " JOIN ums_role r ON r.id = ar.role_id WHERE ar.admin_id = #{adminId} ORDER BY r.id")
    List<AdminRole> findRoles(@Param("adminId") long adminId);

    @Select("SELECT DISTINCT m.id, m.parent_id, m.title, m.level, m.sort, m.name, m.icon"
            + " FROM ums_admin_role_relation ar"
            + " JOIN ums_role r ON r.id = ar.role_id AND r.status = 1"
            + " JOIN ums_role_menu_relation rm ON rm.role_id = r.id"
            + " JOIN ums_menu m ON m.id = rm.menu_id"
            + " WHERE ar.admin_id = #{adminId} AND m.hidden = 0"
            + " ORDER BY m.level, m.sort DESC, m.id")
    List<InfoMenu> findMenus(@Param("adminId") long adminId);

    @Update("UPDATE ums_admin SET login_time = #{time} WHERE id = #{id}")
    void updateLoginTime(@Param("id") long id, @Param("time") LocalDateTime time);

    @Insert("INSERT INTO ums_admin_login_log (admin_id, create_time, ip, user_agent)"
            + " VALUES (#{adminId}, #{time}, #{ip}, #{userAgent})")
    void insertLoginLog(@Param("adminId") long adminId, @Param("time") LocalDateTime time,
                        @Param("ip") String ip, @Param("userAgent") String userAgent);

    String KEYWORD_FILTER = "<where><if test='keyword != null'>"
            + "username LIKE CONCAT('%', #{keyword}, '%') OR nick_name LIKE CONCAT('%', #{keyword}, '%')"
            + "</if></where>";

    @Select("<script>SELECT COUNT(*) FROM ums_admin " + KEYWORD_FILTER + "</script>")
    long count(@Param("keyword") String keyword);

    @Select("<script>SELECT " + AdminView.COLUMNS + " FROM ums_admin " + KEYWORD_FILTER
            + " ORDER BY id LIMIT #{offset}, #{limit}</script>")
    List<AdminView> page(@Param("keyword") String keyword, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT EXISTS (SELECT 1 FROM ums_admin WHERE username = #{username} AND id <> #{exceptId})")
    boolean usernameTaken(@Param("username") String username, @Param("exceptId") long exceptId);

    @Insert("INSERT INTO ums_admin (username, password, icon, email, nick_name, note, create_time, status)"
            + " VALUES (#{r.username}, #{hash}, #{r.icon}, #{r.email}, #{r.nickName}, #{r.note}, #{time}, 1)")
    void insert(@Param("r") AdminRequest request, @Param("hash") String passwordHash,
                @Param("time") LocalDateTime time);

    @Select("SELECT LAST_INSERT_ID()")
    long lastInsertId();

    @Update("UPDATE ums_admin SET username = #{r.username}, icon = #{r.icon}, email = #{r.email},"
            + " nick_name = #{r.nickName}, note = #{r.note} WHERE id = #{id}")
    int update(@Param("id") long id, @Param("r") AdminUpdateRequest request);

    @Update("UPDATE ums_admin SET status = #{status} WHERE id = #{id}")
    int updateStatus(@Param("id") long id, @Param("status") int status);

    /**
     * Conditional on the hash that was checked, so two concurrent changes cannot both succeed; BINARY because
     * the column's collation would compare case-insensitively.
     */
    @Update("UPDATE ums_admin SET password = #{newHash} WHERE id = #{id} AND BINARY password = #{oldHash}")
    int updatePassword(@Param("id") long id, @Param("oldHash") String oldHash, @Param("newHash") String newHash);

    @Delete("DELETE FROM ums_admin WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Delete("DELETE FROM ums_admin_role_relation WHERE admin_id = #{adminId}")
    void deleteRoles(@Param("adminId") long adminId);

    @Select("<script>SELECT COUNT(*) FROM ums_role WHERE id IN"
            + "<foreach collection='roleIds' item='id' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int countRoles(@Param("roleIds") List<Long> roleIds);

    @Insert("<script>INSERT INTO ums_admin_role_relation (admin_id, role_id) VALUES"
            + "<foreach collection='roleIds' item='id' separator=','>(#{adminId}, #{id})</foreach></script>")
    void insertRoles(@Param("adminId") long adminId, @Param("roleIds") List<Long> roleIds);

    /** The denormalised admin_count of every role; the role table is small, so one statement is cheap. */
    @Update("UPDATE ums_role r SET admin_count ="
            + " (SELECT COUNT(*) FROM ums_admin_role_relation ar WHERE ar.role_id = r.id)")
    void recountRoleAdmins();

    /** Every token of the admin issued at or before {@code revokedAt} (epoch ms) is refused from now on. */
    @Insert(TokenRevocations.UPSERT)
    void revokeTokens(@Param("type") String type, @Param("id") long id, @Param("revokedAt") long revokedAt,
                      @Param("reason") String reason);
}
