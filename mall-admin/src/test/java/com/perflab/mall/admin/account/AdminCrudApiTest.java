package com.perflab.mall.admin.account;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.TestAdmins;
import com.perflab.mall.common.auth.AuthenticatedUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AdminApiTest
class AdminCrudApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

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
    void createListUpdateDisableAndDeleteAnAdmin() throws Exception {
        String username = admins.name("new");
        String created = register(username, "secret-1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.username").value(username))
                .andExpect(jsonPath("$.data.status").value(1))
                .andExpect(jsonPath("$.data.password").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        assertThat(jdbc.queryForObject("SELECT password FROM ums_admin WHERE id = ?", String.class, id))
                .startsWith("$2a$");

        register(username, "secret-1").andExpect(status().isConflict());

        mvc.perform(get("/admin/list").with(as(SUPER)).param("keyword", username).param("pageSize", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.pageSize").value(5))
                .andExpect(jsonPath("$.data.list[0].id").value(id));

        mvc.perform(post("/admin/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"nickName\":\"小王\",\"email\":\"w@example.com\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.nickName").value("小王"));
        mvc.perform(post("/admin/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin\"}"))
                .andExpect(status().isConflict());

        mvc.perform(post("/admin/login").param("username", username).param("password", "secret-1"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/updateStatus/" + id).with(as(SUPER)).param("status", "0"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/login").param("username", username).param("password", "secret-1"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/delete/" + id).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/admin/" + id).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void assignsRolesToAnAdmin() throws Exception {
        long id = admins.create("roles", "secret-1", 1);
        mvc.perform(post("/admin/role/update").with(as(SUPER)).param("adminId", Long.toString(id))
                        .param("roleIds", "2,3"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/role/" + id).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].name", containsInAnyOrder("订单管理员", "商品管理员")));
        mvc.perform(post("/admin/role/update").with(as(SUPER)).param("adminId", Long.toString(id))
                        .param("roleIds", Long.toString(Long.MAX_VALUE)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/role/update").with(as(SUPER)).param("adminId", Long.toString(id))
                        .param("roleIds", "3"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/role/" + id).with(as(SUPER)))
                .andExpect(jsonPath("$.data[*].name", contains("商品管理员")));
        mvc.perform(get("/admin/info").with(as(AuthenticatedUser.admin(id, admins.name("roles"), List.of()))))
                .andExpect(jsonPath("$.data.menus[*].name", hasItem("product")))
                .andExpect(jsonPath("$.data.menus[*].name", not(hasItem("order"))));
    }

    @Test
    void anAdminChangesTheirOwnPasswordWithTheOldOne() throws Exception {
        long id = admins.create("pw", "secret-1", 1);
        AuthenticatedUser me = AuthenticatedUser.admin(id, admins.name("pw"), List.of());
        mvc.perform(post("/admin/updatePassword").with(as(me)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"oldPassword\":\"wrong-1\",\"newPassword\":\"secret-2\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/updatePassword").with(as(me))
                        .param("oldPassword", "secret-1").param("newPassword", "secret-2"))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/login").param("username", admins.name("pw")).param("password", "secret-1"))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/admin/login").param("username", admins.name("pw")).param("password", "secret-2"))
                .andExpect(status().isOk());
    }

    @Test
    void anAdminCannotDisableOrDeleteThemself() throws Exception {
        mvc.perform(post("/admin/updateStatus/1").with(as(SUPER)).param("status", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/admin/delete/1").with(as(SUPER))).andExpect(status().isConflict());
    }

    @Test
    void invalidInputIsRefusedWith400NamingTheField() throws Exception {
        register("x", "short").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", containsInAnyOrder("username", "password")));
        mvc.perform(get("/admin/list").with(as(SUPER)).param("pageSize", "1000"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/updateStatus/5").with(as(SUPER)).param("status", "7"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/updatePassword").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"oldPassword\":\"macro123\",\"newPassword\":\"12\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("newPassword"));
    }

    private ResultActions register(String username, String password) throws Exception {
        return mvc.perform(post("/admin/register").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
    }
}
