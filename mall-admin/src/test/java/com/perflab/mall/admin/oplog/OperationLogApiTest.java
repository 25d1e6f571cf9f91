package com.perflab.mall.admin.oplog;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@AdminApiTest
class OperationLogApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String brandName = "itlog" + UUID.randomUUID().toString().substring(0, 6);
    long brandId;
    long lastLogId;

    @BeforeEach
    void brand() {
        jdbc.update("INSERT INTO pms_brand (name, show_status, product_count) VALUES (?, 1, 0)", brandName);
        brandId = jdbc.queryForObject("SELECT id FROM pms_brand WHERE name = ?", Long.class, brandName);
        lastLogId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM ums_admin_operation_log", Long.class);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM ums_admin_operation_log WHERE id > ? AND params LIKE ?", lastLogId,
                "%ids=" + brandId + "%");
        jdbc.update("DELETE FROM pms_brand WHERE id = ?", brandId);
    }

    private List<Map<String, Object>> logsOfThisBrand() {
        return jdbc.queryForList("SELECT * FROM ums_admin_operation_log WHERE id > ? AND params LIKE ? ORDER BY id",
                lastLogId, "%ids=" + brandId + "%");
    }

    @Test
    void aWriteIsLoggedWithWhoWhatAndTheReplyStatus() throws Exception {
        mvc.perform(post("/brand/update/showStatus").with(as(SUPER))
                        .param("ids", Long.toString(brandId)).param("showStatus", "0"))
                .andExpect(status().isOk());
        // a refused value is logged too, with its 400: the log says what was attempted
        mvc.perform(post("/brand/update/showStatus").with(as(SUPER))
                        .param("ids", Long.toString(brandId)).param("showStatus", "7"))
                .andExpect(status().isBadRequest());

        List<Map<String, Object>> rows = logsOfThisBrand();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("admin_id", 1L).containsEntry("username", "admin")
                .containsEntry("method", "POST").containsEntry("path", "/brand/update/showStatus");
        assertThat(((Number) rows.get(0).get("status")).intValue()).isEqualTo(200);
        assertThat((String) rows.get(0).get("params")).contains("ids=" + brandId, "showStatus=0");
        assertThat(rows.get(0).get("create_time")).isNotNull();
        assertThat(((Number) rows.get(1).get("status")).intValue()).isEqualTo(400);

        mvc.perform(get("/admin/operationLog/list").with(as(SUPER))
                        .param("path", "/brand/update/showStatus").param("adminId", "1").param("pageSize", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.list[?(@.id == " + rows.get(1).get("id") + ")].status").value(400))
                .andExpect(jsonPath("$.data.list[?(@.id == " + rows.get(0).get("id") + ")].username").value("admin"));
    }

    @Test
    void readsAndRefusedCallsAreNotOperations() throws Exception {
        mvc.perform(get("/brand/list").with(as(SUPER)).param("ids", Long.toString(brandId)))
                .andExpect(status().isOk());
        mvc.perform(post("/brand/update/showStatus").with(as(CLERK))
                        .param("ids", Long.toString(brandId)).param("showStatus", "0"))
                .andExpect(status().isForbidden());

        assertThat(logsOfThisBrand()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT show_status FROM pms_brand WHERE id = ?", Integer.class, brandId))
                .isEqualTo(1);
    }

    @Test
    void theLogIsForAdminManagersOnly() throws Exception {
        mvc.perform(get("/admin/operationLog/list").with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/operationLog/list").with(as(SUPER)).param("from", "yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("from"));
    }
}
