package com.perflab.mall.admin.role;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.TestAdmins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@AdminApiTest
class RoleApiTest {

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
    void createUpdateAssignAndDeleteARole() throws Exception {
        String name = admins.name("role");
        String created = mvc.perform(post("/role/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"description\":\"测试\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.status").value(1))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        mvc.perform(post("/role/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isConflict());

        mvc.perform(get("/role/list").with(as(SUPER)).param("keyword", name))
                .andExpect(jsonPath("$.data.total").value(1));
        mvc.perform(get("/role/listAll").with(as(SUPER)))
                .andExpect(jsonPath("$.data[*].name", hasItem(name)));

        mvc.perform(post("/role/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"description\":\"改过\",\"sort\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.description").value("改过"))
                .andExpect(jsonPath("$.data.sort").value(3));

        mvc.perform(post("/role/allocMenu").with(as(SUPER)).param("roleId", Long.toString(id))
                        .param("menuIds", "5", "6"))
                .andExpect(status().isOk());
        mvc.perform(get("/role/listMenu/" + id).with(as(SUPER)))
                .andExpect(jsonPath("$.data[*].name", contains("oms", "order")));
        mvc.perform(post("/role/allocResource").with(as(SUPER)).param("roleId", Long.toString(id))
                        .param("resourceIds", "6,8"))
                .andExpect(status().isOk());
        mvc.perform(get("/role/listResource/" + id).with(as(SUPER)))
                .andExpect(jsonPath("$.data[*].url", containsInAnyOrder("/order/**", "/returnApply/**")));
        mvc.perform(post("/role/allocResource").with(as(SUPER)).param("roleId", Long.toString(id))
                        .param("resourceIds", Long.toString(Long.MAX_VALUE)))
                .andExpect(status().isBadRequest());

        mvc.perform(post("/role/delete").with(as(SUPER)).param("ids", Long.toString(id)))
                .andExpect(status().isOk());
        mvc.perform(get("/role/" + id).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void theSuperAdminRoleCannotBeDeletedDisabledOrRenamed() throws Exception {
        mvc.perform(post("/role/delete").with(as(SUPER)).param("ids", "1")).andExpect(status().isConflict());
        mvc.perform(post("/role/updateStatus/1").with(as(SUPER)).param("status", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/role/update/1").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + admins.name("x") + "\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/role/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"超级管理员\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void invalidInputIsRefusedWith400() throws Exception {
        mvc.perform(post("/role/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"status\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", containsInAnyOrder("name", "status")));
        mvc.perform(post("/role/allocMenu").with(as(SUPER)).param("roleId", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/role/delete").with(as(SUPER))).andExpect(status().isBadRequest());
    }
}
