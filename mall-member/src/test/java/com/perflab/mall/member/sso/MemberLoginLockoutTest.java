package com.perflab.mall.member.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Wrong passwords lock the account (5 within 15 min by default) with the same answer for unknown names. */
@MemberApiTest
class MemberLoginLockoutTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;
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
        ids.forEach(id -> redis.delete(lockout.keyPrefix() + "member:id:" + id));
        redis.delete(redis.keys(lockout.keyPrefix() + "member:name:" + members.username("") + "*"));
        members.deleteAll();
    }

    @Test
    void concurrentWrongPasswordsAreCountedExactlyAndLockTheAccount() throws Exception {
        assertThat(lockout.maxFailures()).isEqualTo(5);
        member("burst");
        List<Integer> statuses = Concurrently.run(12, () -> login("burst", "wrong-password").getStatus());
        assertThat(statuses).filteredOn(s -> s == 401).as("only the allowed failures are answered").hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(7);

        MockHttpServletResponse right = login("burst", "secret-1");
        assertThat(right.getStatus()).as("locked: even the right password").isEqualTo(429);
        assertThat(right.getContentAsString()).contains("\"code\":429");
        assertThat(Long.parseLong(right.getHeader("Retry-After"))).isBetween(1L, 900L);
    }

    @Test
    void unknownUsernamesAreLockedAlikeSoNamesCannotBeProbed() throws Exception {
        member("known");
        for (int i = 0; i < 5; i++) {
            assertThat(login("known", "wrong-password").getStatus()).isEqualTo(401);
            assertThat(login("unknown", "wrong-password").getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse known = login("known", "wrong-password");
        MockHttpServletResponse unknown = login("unknown", "wrong-password");
        assertThat(known.getStatus()).isEqualTo(429);
        assertThat(unknown.getStatus()).isEqualTo(429);
        assertThat(unknown.getContentAsString()).isEqualTo(known.getContentAsString());
        assertThat(unknown.getHeader("Retry-After")).isNotNull();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        member("reset");
        for (int i = 0; i < 4; i++) {
            assertThat(login("reset", "wrong-password").getStatus()).isEqualTo(401);
        }
        assertThat(login("reset", "secret-1").getStatus()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(login("reset", "wrong-password").getStatus()).isEqualTo(401);
        }
        assertThat(login("reset", "secret-1").getStatus()).isEqualTo(200);
    }

    private void member(String name) {
        ids.add(members.create(name, "secret-1", 1));
    }

    private MockHttpServletResponse login(String name, String password) throws Exception {
        return mvc.perform(post("/sso/login").param("username", members.username(name)).param("password", password))
                .andReturn().getResponse();
    }
}
