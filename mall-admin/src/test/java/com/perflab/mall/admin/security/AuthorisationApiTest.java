package com.perflab.mall.admin.security;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
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

@AdminApiTest
class AuthorisationApiTest {

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
    void clerkMayCallOrderPathsButNotAdminManagement() throws Exception {
        mvc.perform(get("/order/probe").with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value("order"));
        mvc.perform(get("/product/probe").with(as(CLERK)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/list").with(as(CLERK)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value(403));
    }

    @Test
    void everyAdminMayReadTheirOwnInfo() throws Exception {
        mvc.perform(get("/admin/info").with(as(CLERK))).andExpect(status().isOk());
    }

    @Test
    void superAdminMayCallEverything() throws Exception {
        mvc.perform(get("/admin/list").with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/product/probe").with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/resourceCategory/listAll").with(as(SUPER))).andExpect(status().isOk());
    }

    @Test
    void roleNamesInTheIdentityGrantNothing() throws Exception {
        // the clerk claiming the super role: permissions come from the database, not from the headers
        AuthenticatedUser forged = AuthenticatedUser.admin(2, "clerk", List.of("超级管理员"));
        mvc.perform(get("/admin/list").with(as(forged))).andExpect(status().isForbidden());
    }

    @Test
    void memberIdentityIsRefusedWith403AndNoIdentityWith401() throws Exception {
        mvc.perform(get("/order/probe").with(as(AuthenticatedUser.member(1, "member"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/info").with(as(AuthenticatedUser.member(1, "member"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/order/probe"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(401));
        mvc.perform(get("/admin/list")).andExpect(status().isUnauthorized());
    }

    @Test
    void disabledOrUnknownAdminIsRefused() throws Exception {
        long id = admins.create("off", "secret-1", 0);
        mvc.perform(get("/admin/info").with(as(AuthenticatedUser.admin(id, admins.name("off"), List.of()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/info").with(as(AuthenticatedUser.admin(Long.MAX_VALUE, "nobody", List.of()))))
                .andExpect(status().isForbidden());
    }

    @Test
    void changesToRolesAndResourcesApplyToTheNextRequest() throws Exception {
        long adminId = admins.create("staff", "secret-1", 1);
        AuthenticatedUser staff = AuthenticatedUser.admin(adminId, admins.name("staff"), List.of());
        String role = mvc.perform(post("/role/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + admins.name("role") + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long roleId = ((Number) JsonPath.read(role, "$.data.id")).longValue();

        // primes the cache with "no permissions"
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/role/update").with(as(SUPER))
                        .param("adminId", Long.toString(adminId)).param("roleIds", Long.toString(roleId)))
                .andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isForbidden());

        // resource 6 is /order/**
        mvc.perform(post("/role/allocResource").with(as(SUPER))
                        .param("roleId", Long.toString(roleId)).param("resourceIds", "6"))
                .andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isOk());

        mvc.perform(post("/role/updateStatus/" + roleId).with(as(SUPER)).param("status", "0"))
                .andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isForbidden());

        mvc.perform(post("/role/updateStatus/" + roleId).with(as(SUPER)).param("status", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isOk());

        mvc.perform(post("/role/allocResource").with(as(SUPER)).param("roleId", Long.toString(roleId)))
                .andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isForbidden());

        mvc.perform(post("/role/allocResource").with(as(SUPER))
                        .param("roleId", Long.toString(roleId)).param("resourceIds", "6"))
                .andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isOk());
        mvc.perform(post("/admin/updateStatus/" + adminId).with(as(SUPER)).param("status", "0"))
                .andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(staff))).andExpect(status().isForbidden());
    }

    @Test
    void aResourceOfAnotherServiceOpensNothingHere() throws Exception {
        long adminId = admins.create("searcher", "secret-1", 1);
        AuthenticatedUser searcher = AuthenticatedUser.admin(adminId, admins.name("searcher"), List.of());
        jdbc.update("INSERT INTO ums_role (name) VALUES (?)", admins.name("searcher-role"));
        long roleId = admins.idOf("ums_role", "name", admins.name("searcher-role"));
        String created = mvc.perform(post("/resource/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + admins.name("res") + "\",\"url\":\"/mall-search/**\",\"categoryId\":1}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long anySearchPath = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        long seededSearchResource = admins.idOf("ums_resource", "url", "/mall-search/esProduct/**");
        mvc.perform(post("/admin/role/update").with(as(SUPER))
                        .param("adminId", Long.toString(adminId)).param("roleIds", Long.toString(roleId)))
                .andExpect(status().isOk());
        mvc.perform(post("/role/allocResource").with(as(SUPER)).param("roleId", Long.toString(roleId))
                        .param("resourceIds", anySearchPath + "," + seededSearchResource))
                .andExpect(status().isOk());

        // mall-search's resources are matched in mall-search only (mall-common's AccessGrant)
        mvc.perform(get("/product/probe").with(as(searcher))).andExpect(status().isForbidden());
        mvc.perform(get("/order/probe").with(as(searcher))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/list").with(as(searcher))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/info").with(as(searcher))).andExpect(status().isOk());
    }

    @Test
    void changingAResourceUrlAppliesToTheNextRequest() throws Exception {
        long adminId = admins.create("editor", "secret-1", 1);
        AuthenticatedUser editor = AuthenticatedUser.admin(adminId, admins.name("editor"), List.of());
        jdbc.update("INSERT INTO ums_role (name) VALUES (?)", admins.name("editor-role"));
        long roleId = admins.idOf("ums_role", "name", admins.name("editor-role"));
        String created = mvc.perform(post("/resource/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + admins.name("res") + "\",\"url\":\"/product/**\",\"categoryId\":1}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long resourceId = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        mvc.perform(post("/admin/role/update").with(as(SUPER))
                        .param("adminId", Long.toString(adminId)).param("roleIds", Long.toString(roleId)))
                .andExpect(status().isOk());
        mvc.perform(post("/role/allocResource").with(as(SUPER))
                        .param("roleId", Long.toString(roleId)).param("resourceIds", Long.toString(resourceId)))
                .andExpect(status().isOk());
        mvc.perform(get("/product/probe").with(as(editor))).andExpect(status().isOk());

        mvc.perform(post("/resource/update/" + resourceId).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + admins.name("res") + "\",\"url\":\"/order/**\",\"categoryId\":1}"))
                .andExpect(status().isOk());
        mvc.perform(get("/product/probe").with(as(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/order/probe").with(as(editor))).andExpect(status().isOk());

        mvc.perform(post("/resource/delete/" + resourceId).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/order/probe").with(as(editor))).andExpect(status().isForbidden());
    }
}
