package com.perflab.mall.cart.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The `chaos` profile on a real service: Chaos Monkey starts with every assault off, an exception assault
 * switched on at run time turns every cart call into a 500 in the envelope, a latency assault slows it, and
 * switching them off restores normal service, all without a restart.
 */
@SpringBootTest(properties = "spring.profiles.active=local,chaos")
@AutoConfigureMockMvc
@TestPropertySource(properties = "MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}")
class ChaosProfileTest {

    @Autowired
    MockMvc mvc;

    private static HttpHeaders shopper() {
        HttpHeaders headers = new HttpHeaders();
        TestIdentity.headers(AuthenticatedUser.member(987_654_320L, "chaos-shopper")).forEach(headers::add);
        return headers;
    }

    private void assaults(String json) throws Exception {
        mvc.perform(post("/actuator/chaosmonkey/assaults").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk());
    }

    @Test
    void assaultsAreSwitchedAtRunTime() throws Exception {
        mvc.perform(get("/actuator/chaosmonkey")).andExpect(status().isOk());
        mvc.perform(get("/cart/list").headers(shopper())).andExpect(status().isOk());

        assaults("{\"level\":1,\"exceptionsActive\":true,\"latencyActive\":false}");
        mvc.perform(get("/cart/list").headers(shopper()))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value(500));

        assaults("{\"level\":1,\"exceptionsActive\":false,\"latencyActive\":true,"
                + "\"latencyRangeStart\":400,\"latencyRangeEnd\":400}");
        long started = System.nanoTime();
        mvc.perform(get("/cart/list").headers(shopper())).andExpect(status().isOk());
        assertThat((System.nanoTime() - started) / 1_000_000).as("injected latency, ms").isGreaterThanOrEqualTo(400);

        assaults("{\"exceptionsActive\":false,\"latencyActive\":false}");
        mvc.perform(get("/cart/list").headers(shopper())).andExpect(status().isOk());
    }
}
