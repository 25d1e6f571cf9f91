package com.perflab.mall.member.sso;

import static com.perflab.mall.member.support.TestMembers.as;
import static com.perflab.mall.member.support.TestMembers.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.common.auth.LoginLockoutProperties;
import com.perflab.mall.common.auth.TokenRevocations;
import com.perflab.mall.member.support.MemberApiTest;
import com.perflab.mall.member.support.TestMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Logout and password change write the member's revocation row (V4) in MySQL; invalid requests write none. */
@MemberApiTest
class MemberTokenRevocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JwtTokens tokens;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    SsoProperties sso;
    @Autowired
    LoginLockoutProperties lockout;

    TestMembers members;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        members = new TestMembers(jdbc);
    }

    @AfterEach
    void cleanUp() {
        ids.forEach(id -> jdbc.update("DELETE FROM auth_token_revocation WHERE user_type = 'MEMBER' AND user_id = ?", id));
        members.deleteAll();
    }

    @Test
    void logoutRevokesTheTokensIssuedBeforeItButNotALoginAfterIt() throws Exception {
        long id = member("out");
        long before = issuedAt(login("out"));
        Thread.sleep(2);
        mvc.perform(post("/sso/logout").with(asMember(id, members.username("out")))).andExpect(status().isOk());
        Map<String, Object> row = row(id);
        assertThat(row.get("reason")).isEqualTo(TokenRevocations.LOGOUT);
        long revokedAt = ((Number) row.get("revoked_at")).longValue();
        assertThat(TokenRevocations.revokes(revokedAt, before)).isTrue();

        Thread.sleep(2);
        long after = issuedAt(login("out"));
        assertThat(TokenRevocations.revokes(revokedAt, after)).as("logging in again works").isFalse();
    }

    @Test
    void logoutNeedsAMemberAndThenWritesNothing() throws Exception {
        long id = member("nobody");
        mvc.perform(post("/sso/logout")).andExpect(status().isUnauthorized());
        mvc.perform(post("/sso/logout").with(as(AuthenticatedUser.admin(id, "admin", List.of("超级管理员")))))
                .andExpect(status().isForbidden());
        assertThat(rows(id)).isZero();
    }

    @Test
    void passwordChangeRevokesAndARefusedOneWritesNothing() throws Exception {
        long id = member("pw");
        String username = members.username("pw");
        String phone = jdbc.queryForObject("SELECT phone FROM ums_member WHERE id = ?", String.class, id);
        String code = authCode(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";
        mvc.perform(post("/sso/updatePassword").with(asMember(id, username)).param("telephone", phone)
                .param("password", "new-secret").param("authCode", wrong)).andExpect(status().isBadRequest());
        mvc.perform(post("/sso/updatePassword").with(asMember(id, username)).param("telephone", phone)
                .param("password", "x")).andExpect(status().isBadRequest());
        assertThat(rows(id)).as("refused changes revoke nothing").isZero();

        long before = issuedAt(login("pw"));
        Thread.sleep(2);
        mvc.perform(post("/sso/updatePassword").with(asMember(id, username)).param("telephone", phone)
                .param("password", "new-secret").param("authCode", code)).andExpect(status().isOk());
        Map<String, Object> row = row(id);
        assertThat(row.get("reason")).isEqualTo(TokenRevocations.PASSWORD);
        assertThat(TokenRevocations.revokes(((Number) row.get("revoked_at")).longValue(), before)).isTrue();
    }

    @Test
    void revocationIsNotKeptInRedisDeletingThisServicesKeysChangesNothing() throws Exception {
        long id = member("redis");
        long before = issuedAt(login("redis"));
        Thread.sleep(2);
        mvc.perform(post("/sso/logout").with(asMember(id, members.username("redis")))).andExpect(status().isOk());

        // what a Redis restart without persistence does to this service's keys (only ours, never FLUSHALL)
        for (String prefix : List.of(lockout.keyPrefix(), sso.authCode().limitKeyPrefix())) {
            assertThat(prefix).contains(":mall_test");
            redis.delete(redis.keys(prefix + "*"));
        }
        assertThat(TokenRevocations.revokes(((Number) row(id).get("revoked_at")).longValue(), before)).isTrue();
    }

    private long member(String name) {
        long id = members.create(name, "secret-1", 1);
        ids.add(id);
        return id;
    }

    private String login(String name) throws Exception {
        String body = mvc.perform(post("/sso/login").param("username", members.username(name)).param("password", "secret-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.data.token");
    }

    private long issuedAt(String token) {
        return tokens.verifyToken(token).issuedAtMillis();
    }

    private String authCode(String phone) throws Exception {
        String body = mvc.perform(get("/sso/getAuthCode").param("telephone", phone))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.data");
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("SELECT revoked_at, reason FROM auth_token_revocation"
                + " WHERE user_type = 'MEMBER' AND user_id = ?", id);
    }

    private int rows(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM auth_token_revocation WHERE user_type = 'MEMBER' AND user_id = ?",
                Integer.class, id);
    }
}
