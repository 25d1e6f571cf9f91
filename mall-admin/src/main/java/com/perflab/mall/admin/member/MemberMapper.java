package com.perflab.mall.admin.member;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MemberMapper {

    String IDS = "<foreach collection='ids' item='id' open='(' separator=',' close=')'>#{id}</foreach>";

    String FILTER = "<where>"
            + "<if test='f.keyword != null'>(m.username LIKE CONCAT(#{f.keyword}, '%')"
            + " OR m.phone LIKE CONCAT(#{f.keyword}, '%') OR m.nickname LIKE CONCAT('%', #{f.keyword}, '%'))</if>"
            + "<if test='f.status != null'> AND m.status = #{f.status}</if>"
            + "<if test='f.memberLevelId != null'> AND m.member_level_id = #{f.memberLevelId}</if>"
            + "</where>";

    @Select("<script>SELECT COUNT(*) FROM ums_member m " + FILTER + "</script>")
    long count(@Param("f") MemberFilter filter);

    @Select("<script>SELECT " + Member.COLUMNS + Member.FROM + " " + FILTER
            + " ORDER BY m.id DESC LIMIT #{offset}, #{limit}</script>")
    List<Member> page(@Param("f") MemberFilter filter, @Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT " + Member.COLUMNS + Member.FROM + " WHERE m.id = #{id}")
    Member findById(@Param("id") long id);

    @Select("<script>SELECT id FROM ums_member WHERE id IN " + IDS + " ORDER BY id FOR UPDATE</script>")
    List<Long> lockAll(@Param("ids") List<Long> ids);

    @Update("<script>UPDATE ums_member SET status = #{status} WHERE id IN " + IDS + "</script>")
    int updateStatus(@Param("ids") List<Long> ids, @Param("status") int status);

    @Update("<script>UPDATE ums_member SET member_level_id = #{levelId} WHERE id IN " + IDS + "</script>")
    int updateLevel(@Param("ids") List<Long> ids, @Param("levelId") long levelId);

    /** Shared lock: the level cannot be deleted before the members pointing at it are committed. */
    @Select("SELECT COUNT(*) FROM ums_member_level WHERE id = #{id} LOCK IN SHARE MODE")
    int lockLevel(@Param("id") long id);

    @Select("<script>SELECT " + MemberLevel.COLUMNS + " FROM ums_member_level"
            + "<where><if test='defaultStatus != null'>default_status = #{defaultStatus}</if></where>"
            + " ORDER BY growth_point, id</script>")
    List<MemberLevel> levels(@Param("defaultStatus") Integer defaultStatus);

    /** Every token of these members issued at or before {@code revokedAt} (epoch ms) is refused (V4). */
    @Insert("<script>INSERT INTO auth_token_revocation (user_type, user_id, revoked_at, reason) VALUES"
            + "<foreach collection='ids' item='id' separator=','>('MEMBER', #{id}, #{revokedAt}, #{reason})</foreach>"
            + " ON DUPLICATE KEY UPDATE reason = IF(VALUES(revoked_at) > revoked_at, VALUES(reason), reason),"
            + " revoked_at = GREATEST(revoked_at, VALUES(revoked_at))</script>")
    void revokeTokens(@Param("ids") List<Long> ids, @Param("revokedAt") long revokedAt, @Param("reason") String reason);
}
