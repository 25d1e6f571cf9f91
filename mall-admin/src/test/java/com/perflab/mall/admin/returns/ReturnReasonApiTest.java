package com.perflab.mall.admin.returns;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@AdminApiTest
class ReturnReasonApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "itr" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM oms_order_return_reason WHERE name LIKE ?", prefix + "%");
    }

    @Test
    void crudAndBulkStatus() throws Exception {
        long a = create(prefix + "尺码不合适");
        long b = create(prefix + "发错货");

        mvc.perform(get("/returnReason/" + a).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value(prefix + "尺码不合适"))
                .andExpect(jsonPath("$.data.status").value(1));
        mvc.perform(get("/returnReason/list").with(as(SUPER)).param("pageSize", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.pageSize").value(100));
        mvc.perform(post("/returnReason/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"sort\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("name"));

        mvc.perform(post("/returnReason/update/" + a).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + prefix + "尺码偏小\",\"sort\":5,\"status\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.sort").value(5));
        mvc.perform(post("/returnReason/update/" + Long.MAX_VALUE).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(post("/returnReason/update/status").with(as(SUPER)).param("ids", a + "," + b).param("status", "0"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("SELECT status FROM oms_order_return_reason WHERE id IN (?, ?)", Integer.class,
                a, b)).containsOnly(0);
        mvc.perform(post("/returnReason/update/status").with(as(SUPER)).param("ids", a + "," + Long.MAX_VALUE)
                        .param("status", "1"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT status FROM oms_order_return_reason WHERE id = ?", Integer.class, a))
                .isZero();

        mvc.perform(post("/returnReason/delete").with(as(SUPER)).param("ids", a + "," + Long.MAX_VALUE))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order_return_reason WHERE id = ?", Integer.class, a))
                .isEqualTo(1);
        mvc.perform(post("/returnReason/delete").with(as(SUPER)).param("ids", a + "," + b))
                .andExpect(status().isOk());
        mvc.perform(get("/returnReason/" + a).with(as(SUPER))).andExpect(status().isNotFound());
    }

    private long create(String name) throws Exception {
        String body = mvc.perform(post("/returnReason/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"sort\":1}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return ((Number) JsonPath.read(body, "$.data.id")).longValue();
    }
}
