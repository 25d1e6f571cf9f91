package com.perflab.mall.cart.catalog;

import static com.perflab.mall.cart.support.TestMembers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.cart.support.PortalStandIn;
import com.perflab.mall.cart.support.PortalStandIn.Mode;
import com.perflab.mall.cart.support.TestMembers;
import com.perflab.mall.common.auth.AuthenticatedUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The circuit breaker on the portal's promotion quote, with a rules file of this test's own (more than 2 errors in a minute open it
 * for 2 s): failing quotes answer 503 until it opens, then the cart lists its lines at catalog prices without
 * calling the portal, and after the window one successful trial call closes it again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}")
class PortalCircuitBreakerTest {

    static final PortalStandIn PORTAL = PortalStandIn.start();
    static final Path RULES = rules();

    static Path rules() {
        try {
            Path file = Files.createTempFile("cart-degrade-rules", ".json");
            Files.writeString(file, "[{\"resource\":\"" + CatalogClient.QUOTE_RESOURCE + "\",\"grade\":2,\"count\":2,"
                    + "\"timeWindow\":2,\"minRequestAmount\":3,\"statIntervalMs\":60000}]");
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.mall-portal[0].uri", PORTAL::uri);
        registry.add("mall.cart.portal.degrade.rules-file", RULES::toString);
    }

    @AfterAll
    static void stop() throws IOException {
        PORTAL.stop();
        Files.deleteIfExists(RULES);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestMembers members = null;

    @AfterEach
    void cleanUp() {
        if (members != null) {
            members.deleteAll();
        }
        PORTAL.reset();
    }

    @Test
    void failingQuotesOpenTheBreakerThenTheCartFallsBackToCatalogPricesAndRecovers() throws Exception {
        PORTAL.reset();
        PORTAL.promotion(1, "满2件8折", "50.00", 10);
        members = new TestMembers(jdbc);
        long memberId = members.create("circuit");
        RequestPostProcessor shopper = as(AuthenticatedUser.member(memberId, members.username("circuit")));
        mvc.perform(post("/cart/add").with(shopper).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productSkuId\":1,\"quantity\":2}")).andExpect(status().isOk());

        PORTAL.mode(Mode.QUOTE_ERROR_500);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/cart/list/promotion").with(shopper)).andExpect(status().isServiceUnavailable());
        }
        int quoteCallsWhenOpened = PORTAL.calls("/internal/promotions/quote").size();

        mvc.perform(get("/cart/list/promotion").with(shopper))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].productSkuId").value(1))
                .andExpect(jsonPath("$.data[0].realPrice").value(399.00))
                .andExpect(jsonPath("$.data[0].promotionMessage").doesNotExist());
        assertThat(PORTAL.calls("/internal/promotions/quote")).as("open: the portal's quote is not called")
                .hasSize(quoteCallsWhenOpened);

        PORTAL.mode(Mode.NORMAL);
        Thread.sleep(2_200);
        mvc.perform(get("/cart/list/promotion").with(shopper))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].promotionMessage").value("满2件8折"))
                .andExpect(jsonPath("$.data[0].realPrice").value(349.00));
        assertThat(PORTAL.calls("/internal/promotions/quote")).hasSize(quoteCallsWhenOpened + 1);
    }
}
