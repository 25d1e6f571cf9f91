package com.perflab.mall.admin.member;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.common.auth.TokenRevocations;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Disabling members writes their revocation rows in the same transaction; a refused bulk change writes none. */
@AdminApiTest
class MemberDisableRevocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "itr" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE r FROM auth_token_revocation r JOIN ums_member m ON m.id = r.user_id"
                + " WHERE r.user_type = 'MEMBER' AND m.username LIKE ?", prefix + "%");
        jdbc.update("DELETE FROM ums_member WHERE username LIKE ?", prefix + "%");
    }

    @Test
    void disablingRevokesEveryMemberEnablingAndRefusedChangesDoNot() throws Exception {
        long a = member("a");
        long b = member("b");
        mvc.perform(post("/member/updateStatus").with(as(SUPER)).param("ids", a + "," + Long.MAX_VALUE)
                .param("status", "0")).andExpect(status().isBadRequest());
        mvc.perform(post("/member/updateStatus").with(as(SUPER)).param("ids", a + "," + b).param("status", "1"))
                .andExpect(status().isOk());
        assertThat(rows(a) + rows(b)).isZero();

        mvc.perform(post("/member/updateStatus").with(as(SUPER)).param("ids", a + "," + b + "," + a)
                .param("status", "0")).andExpect(status().isOk());
        assertThat(reason(a)).isEqualTo(TokenRevocations.DISABLED);
        assertThat(reason(b)).isEqualTo(TokenRevocations.DISABLED);
    }

    private long member(String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement("INSERT INTO ums_member (username, password, phone, status, member_level_id)"
                    + " VALUES (?, 'x', ?, 1, 1)", new String[] {"id"});
            st.setString(1, prefix + name);
            st.setString(2, "18" + String.format("%09d", (long) (Math.random() * 1_000_000_000L)));
            return st;
        }, key);
        return key.getKey().longValue();
    }

    private int rows(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM auth_token_revocation WHERE user_type = 'MEMBER' AND user_id = ?",
                Integer.class, id);
    }

    private String reason(long id) {
        return jdbc.queryForObject("SELECT reason FROM auth_token_revocation WHERE user_type = 'MEMBER' AND user_id = ?",
                String.class, id);
    }
}
