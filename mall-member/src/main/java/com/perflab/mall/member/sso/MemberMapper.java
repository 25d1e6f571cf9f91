package com.perflab.mall.member.sso;

import com.perflab.mall.common.auth.TokenRevocations;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface MemberMapper {

    @Select("SELECT " + MemberCredentials.COLUMNS + " FROM ums_member WHERE username = #{username}")
    MemberCredentials findCredentials(@Param("username") String username);

    @Select("SELECT " + MemberCredentials.COLUMNS + " FROM ums_member WHERE id = #{id}")
    MemberCredentials findCredentialsById(@Param("id") long id);

    @Select("SELECT " + MemberInfo.COLUMNS + " FROM ums_member m"
            + " LEFT JOIN ums_member_level l ON l.id = m.member_level_id WHERE m.id = #{id}")
    MemberInfo findInfo(@Param("id") long id);

    @Select("SELECT EXISTS (SELECT 1 FROM ums_member WHERE username = #{username})")
    boolean usernameTaken(@Param("username") String username);

    @Select("SELECT EXISTS (SELECT 1 FROM ums_member WHERE phone = #{phone})")
    boolean phoneTaken(@Param("phone") String phone);

    @Select("SELECT id FROM ums_member_level WHERE default_status = 1 ORDER BY id LIMIT 1")
    Long findDefaultLevelId();

    @Insert("INSERT INTO ums_member (member_level_id, username, password, nickname, phone, status, create_time)"
            + " VALUES (#{levelId}, #{username}, #{passwordHash}, #{username}, #{phone}, 1, #{createTime})")
    void insert(@Param("levelId") Long levelId, @Param("username") String username,
                @Param("passwordHash") String passwordHash, @Param("phone") String phone,
                @Param("createTime") LocalDateTime createTime);

    @Update("UPDATE ums_member SET password = #{passwordHash} WHERE id = #{id} AND phone = #{phone}")
    int updatePassword(@Param("id") long id, @Param("phone") String phone,
                       @Param("passwordHash") String passwordHash);

    /**
     * Replaces the hash only while it is still {@code verifiedHash}, so a concurrent password change is never
     * overwritten; BINARY because the column's collation would compare case-insensitively.
     */
    @Update("UPDATE ums_member SET password = #{newHash} WHERE id = #{id} AND BINARY password = #{verifiedHash}")
    int replacePasswordHash(@Param("id") long id, @Param("verifiedHash") String verifiedHash,
                            @Param("newHash") String newHash);

    @Insert("INSERT INTO ums_member_login_log (member_id, create_time, ip, login_type)"
            + " VALUES (#{memberId}, #{createTime}, #{ip}, 0)")
    void insertLoginLog(@Param("memberId") long memberId, @Param("createTime") LocalDateTime createTime,
                        @Param("ip") String ip);

    /** Every token of the member issued at or before {@code revokedAt} (epoch ms) is refused from now on. */
    @Insert(TokenRevocations.UPSERT)
    void revokeTokens(@Param("type") String type, @Param("id") long id, @Param("revokedAt") long revokedAt,
                      @Param("reason") String reason);
}
