package com.perflab.mall.admin.resource;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
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
class ResourceApiTest {

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
    void listsResourcesByCategory() throws Exception {
        mvc.perform(get("/resource/list").with(as(SUPER)).param("categoryId", "2").param("pageSize", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(5))
                .andExpect(jsonPath("$.data.list[*].categoryId", everyItem(is(2))));
        mvc.perform(get("/resource/list").with(as(SUPER)).param("urlKeyword", "/order/"))
                .andExpect(jsonPath("$.data.list[0].url").value("/order/**"));
    }

    @Test
    void createsCategoriesAndResourcesAndDeletesThem() throws Exception {
        String category = mvc.perform(post("/resourceCategory/create").with(as(SUPER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + admins.name("cat") + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long categoryId = ((Number) JsonPath.read(category, "$.data.id")).longValue();
        String resource = mvc.perform(post("/resource/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + admins.name("res") + "\",\"url\":\"/test/**\",\"categoryId\":"
                                + categoryId + "}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long resourceId = ((Number) JsonPath.read(resource, "$.data.id")).longValue();

        mvc.perform(get("/resource/list").with(as(SUPER)).param("categoryId", Long.toString(categoryId)))
                .andExpect(jsonPath("$.data.total").value(1));
        mvc.perform(post("/resourceCategory/delete/" + categoryId).with(as(SUPER)))
                .andExpect(status().isConflict());
        mvc.perform(post("/resource/delete/" + resourceId).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(post("/resourceCategory/delete/" + categoryId).with(as(SUPER))).andExpect(status().isOk());
    }

    @Test
    void invalidInputIsRefusedWith400() throws Exception {
        mvc.perform(post("/resource/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"url\":\"no-slash\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", org.hamcrest.Matchers.containsInAnyOrder("url", "categoryId")));
        mvc.perform(post("/resource/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + admins.name("r") + "\",\"url\":\"/a/**\",\"categoryId\":"
                                + Long.MAX_VALUE + "}"))
                .andExpect(status().isBadRequest());
    }
}
