package com.perflab.mall.admin.companyaddress;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@AdminApiTest
class CompanyAddressApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "itc" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM oms_company_address WHERE address_name LIKE ?", prefix + "%");
    }

    @Test
    void createListUpdateWithValidation() throws Exception {
        String body = mvc.perform(post("/companyAddress/create").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                        .content(address(prefix + "北仓", "010-8888888")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.receiveStatus").value(1))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(body, "$.data.id")).longValue();

        mvc.perform(post("/companyAddress/create").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                        .content(address(prefix + "坏电话", "call me")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("phone"));
        mvc.perform(post("/companyAddress/create").with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                        .content(address("", "010-8888888")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("addressName"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_company_address WHERE address_name LIKE ?",
                Integer.class, prefix + "%")).isEqualTo(1);

        mvc.perform(get("/companyAddress/list").with(as(CLERK)).param("pageSize", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.list[?(@.id == " + id + ")].city").value("北京市"));

        mvc.perform(post("/companyAddress/update/" + id).with(as(CLERK)).contentType(MediaType.APPLICATION_JSON)
                        .content(address(prefix + "北仓二号", "010-7777777")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.phone").value("010-7777777"));
        assertThat(jdbc.queryForObject("SELECT address_name FROM oms_company_address WHERE id = ?", String.class, id))
                .isEqualTo(prefix + "北仓二号");
        mvc.perform(post("/companyAddress/update/" + Long.MAX_VALUE).with(as(CLERK))
                        .contentType(MediaType.APPLICATION_JSON).content(address(prefix + "x", "010-7777777")))
                .andExpect(status().isNotFound());
    }

    private static String address(String name, String phone) {
        return "{\"addressName\":\"" + name + "\",\"sendStatus\":0,\"receiveStatus\":1,\"name\":\"王仓管\","
                + "\"phone\":\"" + phone + "\",\"province\":\"北京市\",\"city\":\"北京市\",\"region\":\"朝阳区\","
                + "\"detailAddress\":\"仓储路 9 号\"}";
    }
}
