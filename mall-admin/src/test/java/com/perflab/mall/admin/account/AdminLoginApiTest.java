package com.perflab.mall.admin.account;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SEED_PASSWORD;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.TestAdmins;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.JwtTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@AdminApiTest
class AdminLoginApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JwtTokens tokens;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    TestAdmins admins;

    @BeforeEach
    void setUp() {
        admins = new TestAdmins(jdbc);
    }

    @AfterEach
    void cleanUp() {
        admins.deleteAll();
    }

    @Test
    void superAdminLogsInWithJsonAndGetsItsRolesInTheToken() throws Exception {
        String reply = mvc.perform(post("/admin/login").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Forwarded-For", "203.0.113.9").header("User-Agent", "it-browser")
                        .content("{\"username\":\"admin\",\"password\":\"" + SEED_PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.data.tokenHead").value("Bearer "))
                .andReturn().getResponse().getContentAsString();
        AuthenticatedUser user = tokens.verify(JsonPath.read(reply, "$.data.token"));
        assertThat(user).isEqualTo(SUPER);
        assertThat(jdbc.queryForList("SELECT ip FROM ums_admin_login_log WHERE admin_id = 1"
                + " AND user_agent = 'it-browser'", String.class)).contains("203.0.113.9");
    }

    @Test
    void clerkLogsInWithFormParameters() throws Exception {
        String reply = mvc.perform(post("/admin/login").param("username", "clerk").param("password", SEED_PASSWORD))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tokens.verify(JsonPath.read(reply, "$.data.token"))).isEqualTo(CLERK);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSame401() throws Exception {
        double failed = meters.get("mall.logins").tag("type", "admin").tag("result", "failure").counter().count();
        double succeeded = meters.get("mall.logins").tag("type", "admin").tag("result", "success").counter().count();
        String wrong = mvc.perform(post("/admin/login").param("username", "admin").param("password", "nope-nope"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(401))
                .andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(post("/admin/login")
                        .param("username", admins.name("ghost")).param("password", "nope-nope"))
                .andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknown).isEqualTo(wrong);
        assertThat(meters.get("mall.logins").tag("type", "admin").tag("result", "failure").counter().count())
                .isEqualTo(failed + 2);
        assertThat(meters.get("mall.logins").tag("type", "admin").tag("result", "success").counter().count())
                .isEqualTo(succeeded);
    }

    @Test
    void disabledAdminIsRefusedWith403AfterTheRightPassword() throws Exception {
        admins.create("off", "secret-1", 0);
        mvc.perform(post("/admin/login").param("username", admins.name("off")).param("password", "wrong-1"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/login").param("username", admins.name("off")).param("password", "secret-1"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(403));
    }

    @Test
    void loginInputIsValidated() throws Exception {
        mvc.perform(post("/admin/login").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", containsInAnyOrder("username", "password")));
    }

    @Test
    void infoListsTheRolesAndVisibleMenus() throws Exception {
        mvc.perform(get("/admin/info").with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.username").value("admin"))
                .andExpect(jsonPath("$.data.icon").value("https://img.perflab.example/admin/1.png"))
                .andExpect(jsonPath("$.data.roles", contains("超级管理员")))
                .andExpect(jsonPath("$.data.menus", hasSize(20)))
                .andExpect(jsonPath("$.data.menus[*].name", hasItem("admin")));
        mvc.perform(get("/admin/info").with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.roles", contains("订单管理员")))
                .andExpect(jsonPath("$.data.menus[*].name",
                        containsInAnyOrder("oms", "order", "returnApply", "returnReason")))
                .andExpect(jsonPath("$.data.menus[*].name", not(hasItem("admin"))));
    }

    @Test
    void logoutIsStatelessAndAnswers200() throws Exception {
        mvc.perform(post("/admin/logout").with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200));
    }
}
