package com.perflab.mall.member.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.common.auth.Bcrypt;
import com.perflab.mall.common.auth.LoginLockoutProperties;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.member.support.MemberApiTest;
import com.perflab.mall.member.support.TestMembers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A successful login re-hashes a password of another BCrypt cost at the configured one (cost 5 here), up or
 * down, so the course's bcrypt-cost exercise reaches existing members and switching it off restores them.
 */
@MemberApiTest
@TestPropertySource(properties = "mall.member.bcrypt-strength=" + PasswordCostFollowsConfigurationTest.STRENGTH)
class PasswordCostFollowsConfigurationTest {

    static final int STRENGTH = 5;
    static final String PASSWORD = "secret-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    LoginLockoutProperties lockout;
    @Autowired
    SsoProperties sso;
    @Autowired
    MemberMapper mapper;

    TestMembers members;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        members = new TestMembers(jdbc);
        assertThat(sso.bcryptStrength()).isEqualTo(STRENGTH);
    }

    @AfterEach
    void cleanUp() {
        ids.forEach(id -> redis.delete(lockout.keyPrefix() + "member:id:" + id));
        redis.delete(redis.keys(lockout.keyPrefix() + "member:name:" + members.username("") + "*"));
        members.deleteAll();
    }

    @Test
    void aLowerCostIsRaisedAtLogin() throws Exception {
        long id = member("up", 4);
        assertThat(login("up", PASSWORD)).isEqualTo(200);
        assertAtConfiguredCost(id);
        assertThat(login("up", PASSWORD)).as("the new hash checks the same password").isEqualTo(200);
    }

    @Test
    void aHigherCostIsLoweredAtLogin() throws Exception {
        long id = member("down", 6);
        assertThat(login("down", PASSWORD)).isEqualTo(200);
        assertAtConfiguredCost(id);
        assertThat(login("down", PASSWORD)).isEqualTo(200);
    }

    @Test
    void aHashAtTheConfiguredCostIsLeftAsItIs() throws Exception {
        long id = member("tuned", STRENGTH);
        String before = hashOf(id);
        assertThat(login("tuned", PASSWORD)).isEqualTo(200);
        assertThat(hashOf(id)).isEqualTo(before);
    }

    @Test
    void aWrongPasswordChangesNothing() throws Exception {
        long id = member("wrong", 4);
        String before = hashOf(id);
        assertThat(login("wrong", "not-the-password")).isEqualTo(401);
        assertThat(hashOf(id)).isEqualTo(before);
    }

    @Test
    void concurrentLoginsAllSucceedAndLeaveOneValidHash() throws Exception {
        long id = member("burst", 4);
        List<Integer> statuses = Concurrently.run(4, () -> login("burst", PASSWORD));
        assertThat(statuses).containsOnly(200);
        assertAtConfiguredCost(id);
        assertThat(login("burst", PASSWORD)).isEqualTo(200);
    }

    @Test
    void theReplacementOnlyAppliesToTheHashThatWasVerified() {
        long id = member("changed", 4);
        String changedMeanwhile = hashOf(id);
        String stale = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4));
        // same text but for letter case: the column's case-insensitive collation must not match it
        String caseVariant = changedMeanwhile.substring(0, 7) + swapCase(changedMeanwhile.substring(7));

        assertThat(mapper.replacePasswordHash(id, stale, BCrypt.hashpw(PASSWORD, BCrypt.gensalt(STRENGTH))))
                .isZero();
        assertThat(mapper.replacePasswordHash(id, caseVariant, BCrypt.hashpw(PASSWORD, BCrypt.gensalt(STRENGTH))))
                .isZero();
        assertThat(hashOf(id)).isEqualTo(changedMeanwhile);
    }

    private long member(String name, int cost) {
        long id = members.create(name, PASSWORD, 1);
        ids.add(id);
        jdbc.update("UPDATE ums_member SET password = ? WHERE id = ?", BCrypt.hashpw(PASSWORD, BCrypt.gensalt(cost)), id);
        return id;
    }

    private String hashOf(long id) {
        return jdbc.queryForObject("SELECT password FROM ums_member WHERE id = ?", String.class, id);
    }

    private void assertAtConfiguredCost(long id) {
        String hash = hashOf(id);
        assertThat(Bcrypt.costOf(hash)).hasValue(STRENGTH);
        assertThat(BCrypt.checkpw(PASSWORD, hash)).isTrue();
    }

    private int login(String name, String password) throws Exception {
        return mvc.perform(post("/sso/login").param("username", members.username(name)).param("password", password))
                .andReturn().getResponse().getStatus();
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            swapped.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return swapped.toString();
    }
}
