package com.perflab.mall.admin.brand;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
class BrandApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "itb" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM pms_product WHERE product_sn LIKE ?", prefix + "%");
        jdbc.update("DELETE FROM pms_brand WHERE name LIKE ?", prefix + "%");
    }

    @Test
    void createListUpdateShowAndDeleteABrand() throws Exception {
        String name = prefix + "brand";
        String created = mvc.perform(post("/brand/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"firstLetter\":\"T\",\"sort\":5,\"showStatus\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value(name))
                .andExpect(jsonPath("$.data.productCount").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();

        mvc.perform(get("/brand/list").with(as(SUPER)).param("keyword", prefix).param("pageSize", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(id));

        mvc.perform(post("/brand/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "2\",\"brandStory\":\"故事\",\"factoryStatus\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value(name + "2"))
                .andExpect(jsonPath("$.data.factoryStatus").value(1))
                .andExpect(jsonPath("$.data.brandStory").value("故事"));

        mvc.perform(post("/brand/update/showStatus").with(as(SUPER)).param("ids", Long.toString(id))
                        .param("showStatus", "1"))
                .andExpect(status().isOk());
        mvc.perform(get("/brand/" + id).with(as(SUPER)))
                .andExpect(jsonPath("$.data.showStatus").value(1));

        mvc.perform(post("/brand/delete/" + id).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/brand/" + id).with(as(SUPER))).andExpect(status().isNotFound());
        mvc.perform(post("/brand/delete/" + id).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void aRenameReachesTheProductsCopyOfTheName() throws Exception {
        String created = mvc.perform(post("/brand/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + prefix + "old\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        jdbc.update("INSERT INTO pms_product (brand_id, name, product_sn, brand_name) VALUES (?, 'x', ?, ?)",
                id, prefix + "sn", prefix + "old");

        mvc.perform(post("/brand/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + prefix + "new\"}"))
                .andExpect(status().isOk());

        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "SELECT brand_name FROM pms_product WHERE product_sn = ?", String.class, prefix + "sn"))
                .isEqualTo(prefix + "new");
        mvc.perform(post("/brand/delete/" + id).with(as(SUPER))).andExpect(status().isConflict());
    }

    @Test
    void aBrandWithProductsCannotBeDeleted() throws Exception {
        mvc.perform(post("/brand/delete/1").with(as(SUPER))).andExpect(status().isConflict());
    }

    @Test
    void invalidInputIsRefusedWith400() throws Exception {
        mvc.perform(post("/brand/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"showStatus\":3,\"firstLetter\":\"TOOLONGVALUE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", containsInAnyOrder("name", "showStatus", "firstLetter")));
        mvc.perform(post("/brand/update/showStatus").with(as(SUPER)).param("ids", "1").param("showStatus", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/brand/update/showStatus").with(as(SUPER)).param("ids", Long.toString(Long.MAX_VALUE))
                        .param("showStatus", "1"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/brand/list").with(as(SUPER)).param("pageSize", "1000"))
                .andExpect(status().isBadRequest());
    }
}
