package com.perflab.mall.admin.account;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.TestAdmins;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.LoginLockoutProperties;
import com.perflab.mall.common.auth.TokenRevocations;
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

/**
 * Disabling, deleting, a password change and logout write the admin's revocation row (V4); refused
 * requests write none. Wrong passwords lock admin logins as they do member logins.
 */
@AdminApiTest
class AdminTokenRevocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    LoginLockoutProperties lockout;

    TestAdmins admins;
    final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void setUp() {
        admins = new TestAdmins(jdbc);
    }

    @AfterEach
    void cleanUp() {
        ids.forEach(id -> {
            jdbc.update("DELETE FROM auth_token_revocation WHERE user_type = 'ADMIN' AND user_id = ?", id);
            redis.delete(lockout.keyPrefix() + "admin:id:" + id);
        });
        redis.delete(redis.keys(lockout.keyPrefix() + "admin:name:" + admins.name("") + "*"));
        admins.deleteAll();
    }

    @Test
    void disablingRevokesEnablingOrARefusedChangeDoesNot() throws Exception {
        long off = admin("off");
        long on = admin("on");
        mvc.perform(post("/admin/updateStatus/" + on).with(as(SUPER)).param("status", "1")).andExpect(status().isOk());
        mvc.perform(post("/admin/updateStatus/" + off).with(as(SUPER)).param("status", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/updateStatus/" + off).with(as(self(off))).param("status", "0"))
                .andExpect(status().isForbidden());
        assertThat(rows(on) + rows(off)).isZero();

        long before = System.currentTimeMillis();
        mvc.perform(post("/admin/updateStatus/" + off).with(as(SUPER)).param("status", "0")).andExpect(status().isOk());
        assertThat(reason(off)).isEqualTo(TokenRevocations.DISABLED);
        assertThat(revokedAt(off)).isBetween(before, System.currentTimeMillis());
    }

    @Test
    void passwordChangeRevokesAndAWrongOldPasswordWritesNothing() throws Exception {
        long id = admin("pw");
        mvc.perform(post("/admin/updatePassword").with(as(self(id))).param("oldPassword", "not-it")
                .param("newPassword", "new-secret")).andExpect(status().isBadRequest());
        assertThat(rows(id)).isZero();

        mvc.perform(post("/admin/updatePassword").with(as(self(id))).param("oldPassword", "secret-1")
                .param("newPassword", "new-secret")).andExpect(status().isOk());
        assertThat(reason(id)).isEqualTo(TokenRevocations.PASSWORD);
    }

    @Test
    void logoutAndDeletionRevoke() throws Exception {
        long out = admin("out");
        mvc.perform(post("/admin/logout").with(as(self(out)))).andExpect(status().isOk());
        assertThat(reason(out)).isEqualTo(TokenRevocations.LOGOUT);

        long gone = admin("gone");
        mvc.perform(post("/admin/delete/" + gone).with(as(SUPER))).andExpect(status().isOk());
        assertThat(reason(gone)).isEqualTo(TokenRevocations.DELETED);
        mvc.perform(post("/admin/delete/" + Long.MAX_VALUE).with(as(SUPER))).andExpect(status().isNotFound());
        assertThat(rows(Long.MAX_VALUE)).isZero();
    }

    @Test
    void wrongPasswordsLockTheAdminLoginAndUnknownNamesAlike() throws Exception {
        admin("lock");
        for (int i = 0; i < 5; i++) {
            assertThat(login(admins.name("lock"), "wrong-pass").getStatus()).isEqualTo(401);
            assertThat(login(admins.name("ghost"), "wrong-pass").getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse known = login(admins.name("lock"), "secret-1");
        MockHttpServletResponse unknown = login(admins.name("ghost"), "wrong-pass");
        assertThat(known.getStatus()).isEqualTo(429);
        assertThat(unknown.getStatus()).isEqualTo(429);
        assertThat(known.getContentAsString()).isEqualTo(unknown.getContentAsString());
        assertThat(known.getHeader("Retry-After")).isNotNull();
    }

    private long admin(String name) {
        long id = admins.create(name, "secret-1", 1);
        ids.add(id);
        return id;
    }

    private AuthenticatedUser self(long id) {
        return AuthenticatedUser.admin(id, "self", List.of());
    }

    private MockHttpServletResponse login(String username, String password) throws Exception {
        return mvc.perform(post("/admin/login").param("username", username).param("password", password))
                .andReturn().getResponse();
    }

    private int rows(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM auth_token_revocation WHERE user_type = 'ADMIN' AND user_id = ?",
                Integer.class, id);
    }

    private String reason(long id) {
        return jdbc.queryForObject("SELECT reason FROM auth_token_revocation WHERE user_type = 'ADMIN' AND user_id = ?",
                String.class, id);
    }

    private long revokedAt(long id) {
        return jdbc.queryForObject("SELECT revoked_at FROM auth_token_revocation WHERE user_type = 'ADMIN' AND user_id = ?",
                Long.class, id);
    }
}
