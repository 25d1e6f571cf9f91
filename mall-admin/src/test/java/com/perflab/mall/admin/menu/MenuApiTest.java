package com.perflab.mall.admin.menu;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.hamcrest.Matchers.hasSize;
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
class MenuApiTest {

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
    void theTreeHasTheSeededTopLevelMenusWithTheirPages() throws Exception {
        mvc.perform(get("/menu/treeList").with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[?(@.name == 'oms')].children[*].name", hasSize(4)))
                .andExpect(jsonPath("$.data[?(@.name == 'ums')].children[*].name", hasSize(4)));
        mvc.perform(get("/menu/list/5").with(as(SUPER)))
                .andExpect(jsonPath("$.data.total").value(4));
    }

    @Test
    void createUpdateHideAndDeleteMenus() throws Exception {
        String top = mvc.perform(post("/menu/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":0,\"title\":\"测试\",\"name\":\"" + admins.name("top") + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.level").value(0))
                .andReturn().getResponse().getContentAsString();
        long topId = ((Number) JsonPath.read(top, "$.data.id")).longValue();
        String child = mvc.perform(post("/menu/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + topId + ",\"title\":\"子页\",\"name\":\"" + admins.name("child")
                                + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.level").value(1))
                .andReturn().getResponse().getContentAsString();
        long childId = ((Number) JsonPath.read(child, "$.data.id")).longValue();

        mvc.perform(post("/menu/update/" + childId).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + topId + ",\"title\":\"新标题\",\"name\":\"" + admins.name("child")
                                + "\",\"sort\":9}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.title").value("新标题"));
        mvc.perform(post("/menu/updateHidden/" + childId).with(as(SUPER)).param("hidden", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("/menu/" + childId).with(as(SUPER))).andExpect(jsonPath("$.data.hidden").value(1));

        mvc.perform(post("/menu/delete/" + topId).with(as(SUPER))).andExpect(status().isConflict());
        mvc.perform(post("/menu/delete/" + childId).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(post("/menu/delete/" + topId).with(as(SUPER))).andExpect(status().isOk());
    }

    @Test
    void invalidInputIsRefusedWith400() throws Exception {
        mvc.perform(post("/menu/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"hidden\":3}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/menu/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":" + Long.MAX_VALUE + ",\"title\":\"x\",\"name\":\""
                                + admins.name("orphan") + "\"}"))
                .andExpect(status().isBadRequest());
    }
}
