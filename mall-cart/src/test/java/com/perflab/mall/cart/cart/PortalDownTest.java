package com.perflab.mall.cart.cart;

import static com.perflab.mall.cart.support.TestMembers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.cart.support.TestMembers;
import com.perflab.mall.common.auth.AuthenticatedUser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** mall-portal is not running at all: calls that need it answer 503 in the envelope, the rest still work. */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}")
class PortalDownTest {

    @DynamicPropertySource
    static void portalIsAClosedPort(DynamicPropertyRegistry registry) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            port = socket.getLocalPort();
        }
        registry.add("spring.cloud.discovery.client.simple.instances.mall-portal[0].uri",
                () -> "http://127.0.0.1:" + port);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestMembers members;
    long memberId;
    RequestPostProcessor member;

    @BeforeEach
    void setUp() {
        members = new TestMembers(jdbc);
        memberId = members.create("carol");
        member = as(AuthenticatedUser.member(memberId, members.username("carol")));
    }

    @AfterEach
    void cleanUp() {
        members.deleteAll();
    }

    @Test
    void addAndPromotionListAre503WithoutAStackTrace() throws Exception {
        mvc.perform(post("/cart/add").with(member).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productSkuId\":1,\"quantity\":1}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503))
                .andExpect(jsonPath("$.data").doesNotExist())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_cart_item WHERE member_id = ?", Integer.class,
                memberId)).isZero();

        jdbc.update("INSERT INTO oms_cart_item (product_id, product_sku_id, member_id, quantity, price)"
                + " VALUES (1, 1, ?, 2, 399.00)", memberId);
        mvc.perform(get("/cart/list/promotion").with(member))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503));

        // the plain list and quantity changes need only the database
        mvc.perform(get("/cart/list").with(member))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1));
    }
}
