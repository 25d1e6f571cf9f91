package com.perflab.mall.admin.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.TestAdmins;
import com.perflab.mall.common.auth.Bcrypt;
import com.perflab.mall.common.test.Concurrently;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * As for members: a successful admin login re-hashes a password of another BCrypt cost at the configured one
 * (cost 5 here), up or down, so changing {@code mall.admin.bcrypt-strength} reaches existing admins.
 */
@AdminApiTest
@TestPropertySource(properties = "mall.admin.bcrypt-strength=" + AdminPasswordCostTest.STRENGTH)
class AdminPasswordCostTest {

    static final int STRENGTH = 5;
    static final String PASSWORD = "secret-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountProperties properties;
    @Autowired
    AdminMapper mapper;

    TestAdmins admins;

    @BeforeEach
    void setUp() {
        admins = new TestAdmins(jdbc);
        assertThat(properties.bcryptStrength()).isEqualTo(STRENGTH);
    }

    @AfterEach
    void cleanUp() {
        admins.deleteAll();
    }

    @Test
    void aLowerCostIsRaisedAtLogin() throws Exception {
        long id = admin("up", 4);
        assertThat(login("up", PASSWORD)).isEqualTo(200);
        assertAtConfiguredCost(id);
        assertThat(login("up", PASSWORD)).as("the new hash checks the same password").isEqualTo(200);
    }

    @Test
    void aHigherCostIsLoweredAtLogin() throws Exception {
        long id = admin("down", 6);
        assertThat(login("down", PASSWORD)).isEqualTo(200);
        assertAtConfiguredCost(id);
    }

    @Test
    void aHashAtTheConfiguredCostAndAWrongPasswordChangeNothing() throws Exception {
        long tuned = admin("tuned", STRENGTH);
        long wrong = admin("wrong", 4);
        String tunedBefore = hashOf(tuned);
        String wrongBefore = hashOf(wrong);
        assertThat(login("tuned", PASSWORD)).isEqualTo(200);
        assertThat(login("wrong", "not-the-password")).isEqualTo(401);
        assertThat(hashOf(tuned)).isEqualTo(tunedBefore);
        assertThat(hashOf(wrong)).isEqualTo(wrongBefore);
    }

    @Test
    void concurrentLoginsAllSucceedAndLeaveOneValidHash() throws Exception {
        long id = admin("burst", 4);
        List<Integer> statuses = Concurrently.run(4, () -> login("burst", PASSWORD));
        assertThat(statuses).containsOnly(200);
        assertAtConfiguredCost(id);
        assertThat(login("burst", PASSWORD)).isEqualTo(200);
    }

    @Test
    void theReplacementOnlyAppliesToTheHashThatWasVerified() {
        long id = admin("changed", 4);
        String current = hashOf(id);
        // same text but for letter case: the column's case-insensitive collation must not match it
        String caseVariant = current.substring(0, 7) + current.substring(7).toUpperCase(java.util.Locale.ROOT);
        String replacement = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(STRENGTH));

        assertThat(mapper.updatePassword(id, BCrypt.hashpw(PASSWORD, BCrypt.gensalt(4)), replacement)).isZero();
        assertThat(mapper.updatePassword(id, caseVariant, replacement)).isZero();
        assertThat(hashOf(id)).isEqualTo(current);
    }

    private long admin(String name, int cost) {
        long id = admins.create(name, PASSWORD, 1);
        jdbc.update("UPDATE ums_admin SET password = ? WHERE id = ?", BCrypt.hashpw(PASSWORD, BCrypt.gensalt(cost)), id);
        return id;
    }

    private String hashOf(long id) {
        return jdbc.queryForObject("SELECT password FROM ums_admin WHERE id = ?", String.class, id);
    }

    private void assertAtConfiguredCost(long id) {
        String hash = hashOf(id);
        assertThat(Bcrypt.costOf(hash)).hasValue(STRENGTH);
        assertThat(BCrypt.checkpw(PASSWORD, hash)).isTrue();
    }

    private int login(String name, String password) throws Exception {
        return mvc.perform(post("/admin/login").param("username", admins.name(name)).param("password", password))
                .andReturn().getResponse().getStatus();
    }
}
