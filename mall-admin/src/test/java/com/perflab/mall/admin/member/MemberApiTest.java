package com.perflab.mall.admin.member;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

@AdminApiTest
class MemberApiTest {

    static final String HASH = "$2a$04$notarealhashbutlookslikeoneXXXXXXXXXXXXXXXXXXXXXXXXXX";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "itm" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM ums_member WHERE username LIKE ?", prefix + "%");
    }

    long member(String name, String phone, int status, long levelId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement("INSERT INTO ums_member (username, password, nickname, phone, status,"
                    + " member_level_id) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            st.setString(1, prefix + name);
            st.setString(2, HASH);
            st.setString(3, "昵称" + name);
            st.setString(4, phone);
            st.setInt(5, status);
            st.setLong(6, levelId);
            return st;
        }, key);
        return key.getKey().longValue();
    }

    String phone() {
        return "19" + String.format("%09d", (long) (Math.random() * 1_000_000_000L));
    }

    int statusOf(long id) {
        return jdbc.queryForObject("SELECT status FROM ums_member WHERE id = ?", Integer.class, id);
    }

    @Test
    void listFiltersAndDetailNeverShowThePasswordHash() throws Exception {
        long a = member("alice", phone(), 1, 1);
        long b = member("bob", phone(), 0, 2);

        mvc.perform(get("/member/list").with(as(SUPER)).param("keyword", prefix))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(2))
                .andExpect(jsonPath("$.data.list[*].password").doesNotExist());
        mvc.perform(get("/member/list").with(as(SUPER)).param("keyword", prefix).param("status", "0"))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(b));
        mvc.perform(get("/member/list").with(as(SUPER)).param("keyword", prefix).param("memberLevelId", "1"))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(a));

        String body = mvc.perform(get("/member/" + a).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.username").value(prefix + "alice"))
                .andExpect(jsonPath("$.data.memberLevelName").value("普通会员"))
                .andExpect(jsonPath("$.data.password").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(HASH).doesNotContain("\"password\"");

        mvc.perform(get("/member/" + Long.MAX_VALUE).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void bulkStatusChangesEveryMemberOrNone() throws Exception {
        long a = member("a", phone(), 1, 1);
        long b = member("b", phone(), 1, 1);

        mvc.perform(post("/member/updateStatus").with(as(SUPER)).param("ids", a + "," + b).param("status", "0"))
                .andExpect(status().isOk());
        assertThat(statusOf(a)).isZero();
        assertThat(statusOf(b)).isZero();

        // one unknown id: nothing changes
        mvc.perform(post("/member/updateStatus").with(as(SUPER)).param("ids", a + "," + Long.MAX_VALUE)
                        .param("status", "1"))
                .andExpect(status().isBadRequest());
        assertThat(statusOf(a)).isZero();

        mvc.perform(post("/member/updateStatus").with(as(SUPER)).param("ids", Long.toString(a)).param("status", "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("status")));
        String tooMany = LongStream.rangeClosed(1, 101).mapToObj(Long::toString).collect(Collectors.joining(","));
        mvc.perform(post("/member/updateStatus").with(as(SUPER)).param("ids", tooMany).param("status", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("ids")));
        assertThat(statusOf(b)).isZero();
    }

    @Test
    void levelChangeNeedsAnExistingLevel() throws Exception {
        long a = member("a", phone(), 1, 1);

        mvc.perform(post("/member/update/level").with(as(SUPER)).param("ids", Long.toString(a))
                        .param("memberLevelId", Long.toString(Long.MAX_VALUE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", org.hamcrest.Matchers.containsString("memberLevelId")));
        assertThat(jdbc.queryForObject("SELECT member_level_id FROM ums_member WHERE id = ?", Long.class, a))
                .isEqualTo(1L);

        mvc.perform(post("/member/update/level").with(as(SUPER)).param("ids", Long.toString(a))
                        .param("memberLevelId", "3"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT member_level_id FROM ums_member WHERE id = ?", Long.class, a))
                .isEqualTo(3L);
    }

    @Test
    void levelsCanBeFilteredByDefaultStatus() throws Exception {
        mvc.perform(get("/member/level/list").with(as(SUPER)).param("defaultStatus", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].defaultStatus", everyItem(is(1))))
                .andExpect(jsonPath("$.data[*].id", hasItem(1)));
        mvc.perform(get("/member/level/list").with(as(SUPER)))
                .andExpect(jsonPath("$.data[*].name", hasItem("钻石会员")));
        mvc.perform(get("/member/level/list").with(as(SUPER)).param("defaultStatus", "5"))
                .andExpect(status().isBadRequest());
    }

    /** The order clerk's role covers order paths only: members, promotions and home content are denied. */
    @Test
    void theOrderClerkIsDeniedMembersPromotionsAndHomeContent() throws Exception {
        long a = member("a", phone(), 1, 1);
        for (String path : new String[] {"/member/list", "/coupon/list", "/flash/list", "/flash/session/list",
                "/home/brand/list", "/home/advertise/list"}) {
            mvc.perform(get(path).with(as(CLERK))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/member/updateStatus").with(as(CLERK)).param("ids", Long.toString(a)).param("status", "0"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(a)).isEqualTo(1);
    }
}
