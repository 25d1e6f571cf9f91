package com.perflab.mall.member.sso;

import static com.perflab.mall.member.support.TestMembers.as;
import static com.perflab.mall.member.support.TestMembers.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.member.support.MemberApiTest;
import com.perflab.mall.member.support.TestMembers;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MemberApiTest
class SsoApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JwtTokens tokens;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    TestMembers members;

    @BeforeEach
    void setUp() {
        members = new TestMembers(jdbc);
    }

    @AfterEach
    void cleanUp() {
        members.deleteAll();
    }

    @Test
    void registerThenLoginThenReadTheProfileWithoutThePasswordHash() throws Exception {
        String username = members.username("flow");
        String phone = TestMembers.phone();

        register(username, "secret-1", phone, authCode(phone))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200));

        String login = mvc.perform(post("/sso/login").param("username", username).param("password", "secret-1")
                        .header("X-Forwarded-For", "203.0.113.7, 10.0.0.1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.tokenHead").value("Bearer "))
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(login, "$.data.token");
        AuthenticatedUser user = tokens.verify(token);
        long id = members.idOf(username);
        assertThat(user).isEqualTo(AuthenticatedUser.member(id, username));
        assertThat(jdbc.queryForObject("SELECT ip FROM ums_member_login_log WHERE member_id = ?", String.class, id))
                .isEqualTo("203.0.113.7");

        String info = mvc.perform(get("/sso/info").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").value(id))
                .andExpect(jsonPath("$.data.username").value(username))
                .andExpect(jsonPath("$.data.phone").value(phone))
                .andExpect(jsonPath("$.data.memberLevelId").value(1))
                .andExpect(jsonPath("$.data.memberLevelName").value("普通会员"))
                .andExpect(jsonPath("$.data.status").value(1))
                .andExpect(jsonPath("$.data.createTime").isNotEmpty())
                .andExpect(jsonPath("$.data.password").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(info).doesNotContain("$2a$").doesNotContainIgnoringCase("password");

        String hash = jdbc.queryForObject("SELECT password FROM ums_member WHERE id = ?", String.class, id);
        assertThat(hash).startsWith("$2a$10$");
    }

    @Test
    void loginAcceptsJsonToo() throws Exception {
        long id = members.create("json", "secret-2", 1);
        mvc.perform(post("/sso/login").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + members.username("json") + "\",\"password\":\"secret-2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.token").isNotEmpty());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ums_member_login_log WHERE member_id = ?",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSame401() throws Exception {
        members.create("known", "secret-3", 1);
        String wrongPassword = login(members.username("known"), "not-it")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(401))
                .andReturn().getResponse().getContentAsString();
        String unknownUser = login(members.username("nobody"), "secret-3")
                .andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknownUser).isEqualTo(wrongPassword);
    }

    @Test
    void disabledMemberIsRefusedWith403AfterTheRightPassword() throws Exception {
        long id = members.create("off", "secret-4", 0);
        login(members.username("off"), "secret-4").andExpect(status().isForbidden());
        login(members.username("off"), "wrong-pw").andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ums_member_login_log WHERE member_id = ?",
                Integer.class, id)).isZero();
    }

    @Test
    void loginsAreCountedBySuccessAndFailureAndScrapedByPrometheus() throws Exception {
        members.create("counted", "secret-5", 1);
        double ok = loginCount("success");
        double failed = loginCount("failure");

        login(members.username("counted"), "secret-5").andExpect(status().isOk());
        login(members.username("counted"), "wrong").andExpect(status().isUnauthorized());
        login(members.username("counted"), "wrong").andExpect(status().isUnauthorized());

        assertThat(loginCount("success")).isEqualTo(ok + 1);
        assertThat(loginCount("failure")).isEqualTo(failed + 2);
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "mall_logins_total{application=\"mall-member\",")));
    }

    private double loginCount(String result) {
        return meters.get("mall.logins").tag("type", "member").tag("result", result).counter().count();
    }

    @Test
    void seededDemoMemberCanLogIn() throws Exception {
        long lastLog = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM ums_member_login_log", Long.class);
        login("test", "123456").andExpect(status().isOk());
        jdbc.update("DELETE FROM ums_member_login_log WHERE member_id = 1 AND id > ?", lastLog);
    }

    @Test
    void takenUsernameIs409AndWritesNoSecondRow() throws Exception {
        members.create("taken", "secret-5", 1);
        String phone = TestMembers.phone();
        register(members.username("taken"), "secret-5", phone, authCode(phone))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409));
        assertThat(members.count(members.username("taken"))).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ums_member WHERE phone = ?", Integer.class, phone)).isZero();

        // the code was not used up by the conflict: another name still registers with it
        String code = redisCodeStillThere(phone);
        register(members.username("free"), "secret-5", phone, code).andExpect(status().isOk());
    }

    @Test
    void takenTelephoneIs409() throws Exception {
        String phone = TestMembers.phone();
        register(members.username("first"), "secret-6", phone, authCode(phone)).andExpect(status().isOk());
        String again = newAuthCodeIgnoringRateLimit(phone);
        register(members.username("second"), "secret-6", phone, again).andExpect(status().isConflict());
        assertThat(members.idOf(members.username("second"))).isNull();
    }

    @Test
    void wrongOrMissingAuthCodeIs400AndWritesNothing() throws Exception {
        String phone = TestMembers.phone();
        String code = authCode(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";
        register(members.username("badcode"), "secret-7", phone, wrong)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("验证码错误"));
        String otherPhone = TestMembers.phone();
        register(members.username("nocode"), "secret-7", otherPhone, "123456")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(matchesPattern(".*过期.*")));
        assertThat(members.idOf(members.username("badcode"))).isNull();
        assertThat(members.idOf(members.username("nocode"))).isNull();
    }

    @Test
    void codeIsSingleUse() throws Exception {
        String phone = TestMembers.phone();
        String code = authCode(phone);
        register(members.username("once"), "secret-8", phone, code).andExpect(status().isOk());
        register(members.username("twice"), "secret-8", phone, code).andExpect(status().isBadRequest());
    }

    @Test
    void repeatedWrongGuessesDiscardTheCode() throws Exception {
        String phone = TestMembers.phone();
        String code = authCode(phone);
        String wrong = code.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < 5; i++) {
            register(members.username("guess"), "secret-9", phone, wrong).andExpect(status().isBadRequest());
        }
        register(members.username("guess"), "secret-9", phone, code).andExpect(status().isBadRequest());
        assertThat(members.idOf(members.username("guess"))).isNull();
    }

    @Test
    void invalidInputsAre400NamingTheFields() throws Exception {
        register("ab", "short", "2800000000", "12ab")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("username")))
                .andExpect(jsonPath("$.data[*].field", hasItem("password")))
                .andExpect(jsonPath("$.data[*].field", hasItem("telephone")))
                .andExpect(jsonPath("$.data[*].field", hasItem("authCode")));
        mvc.perform(post("/sso/register").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"bad name!\",\"password\":\"secret-10\","
                                + "\"telephone\":\"13800000000\",\"authCode\":\"123456\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].field").value("username"));
        mvc.perform(get("/sso/getAuthCode").param("telephone", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("telephone"));
        mvc.perform(get("/sso/getAuthCode"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("telephone"));
        login("", "").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("username")));
    }

    @Test
    void chineseUsernamesAreAccepted() throws Exception {
        String username = members.username("张三");
        String phone = TestMembers.phone();
        register(username, "secret-11", phone, authCode(phone)).andExpect(status().isOk());
        login(username, "secret-11").andExpect(status().isOk());
    }

    @Test
    void authCodeIsRateLimitedPerTelephone() throws Exception {
        String phone = TestMembers.phone();
        authCode(phone);
        mvc.perform(get("/sso/getAuthCode").param("telephone", phone))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value(429));
    }

    @Test
    void infoNeedsTheGatewaysIdentityAndAMember() throws Exception {
        mvc.perform(get("/sso/info")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value(401));
        mvc.perform(get("/sso/info").with(as(AuthenticatedUser.admin(1, "admin", List.of("超级管理员")))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sso/info").with(asMember(Long.MAX_VALUE, "ghost"))).andExpect(status().isNotFound());
    }

    @Test
    void updatePasswordWithTheMembersPhoneAndCode() throws Exception {
        String username = members.username("reset");
        String phone = TestMembers.phone();
        register(username, "old-secret", phone, authCode(phone)).andExpect(status().isOk());
        long id = members.idOf(username);
        String code = newAuthCodeIgnoringRateLimit(phone);

        mvc.perform(post("/sso/updatePassword").param("telephone", phone).param("password", "new-secret")
                .param("authCode", code)).andExpect(status().isUnauthorized());
        String wrong = code.equals("000000") ? "000001" : "000000";
        mvc.perform(post("/sso/updatePassword").with(asMember(id, username)).param("telephone", phone)
                .param("password", "new-secret").param("authCode", wrong)).andExpect(status().isBadRequest());
        mvc.perform(post("/sso/updatePassword").with(asMember(id, username)).param("telephone", "13900000000")
                .param("password", "new-secret").param("authCode", code)).andExpect(status().isBadRequest());
        login(username, "old-secret").andExpect(status().isOk());

        mvc.perform(post("/sso/updatePassword").with(asMember(id, username)).param("telephone", phone)
                        .param("password", "new-secret").param("authCode", code))
                .andExpect(status().isOk());
        login(username, "old-secret").andExpect(status().isUnauthorized());
        login(username, "new-secret").andExpect(status().isOk());
    }

    private String authCode(String phone) throws Exception {
        String body = mvc.perform(get("/sso/getAuthCode").param("telephone", phone))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(matchesPattern("\\d{6}")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.data");
    }

    private String redisCodeStillThere(String phone) {
        String code = redis.opsForValue().get("mall:member:auth-code:" + phone);
        assertThat(code).as("the auth code of %s", phone).isNotNull();
        return code;
    }

    /** A second code for the same telephone within the resend interval (the limit is tested elsewhere). */
    private String newAuthCodeIgnoringRateLimit(String phone) throws Exception {
        redis.delete("mall:member:auth-code-sent:" + phone);
        return authCode(phone);
    }

    private ResultActions register(String username, String password, String telephone, String code) throws Exception {
        return mvc.perform(post("/sso/register").param("username", username).param("password", password)
                .param("telephone", telephone).param("authCode", code));
    }

    private ResultActions login(String username, String password) throws Exception {
        return mvc.perform(post("/sso/login").param("username", username).param("password", password));
    }
}
