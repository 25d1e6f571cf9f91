package com.perflab.mall.cart.cart;

import static com.perflab.mall.cart.support.TestMembers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.cart.support.PortalStandIn;
import com.perflab.mall.cart.support.TestMembers;
import com.perflab.mall.common.auth.AuthenticatedUser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The cart through MockMvc on the real MariaDB ({@code mall_test}) and Redis, with a recording stand-in
 * for mall-portal reached through the load balancer (simple discovery points {@code mall-portal} at it).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}", "mall.cart.max-items=3",
        "mall.cart.portal.read-timeout=1s"})
class CartApiTest {

    static final PortalStandIn PORTAL = PortalStandIn.start();

    @DynamicPropertySource
    static void portalIsTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.mall-portal[0].uri", PORTAL::uri);
    }

    @AfterAll
    static void stopPortal() {
        PORTAL.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestMembers members;
    long aliceId;
    long bobId;
    RequestPostProcessor alice;
    RequestPostProcessor bob;

    @BeforeEach
    void setUp() {
        PORTAL.reset();
        members = new TestMembers(jdbc);
        aliceId = members.create("alice");
        bobId = members.create("bob");
        alice = as(AuthenticatedUser.member(aliceId, members.username("alice")));
        bob = as(AuthenticatedUser.member(bobId, members.username("bob")));
    }

    @AfterEach
    void cleanUp() {
        members.deleteAll();
    }

    @Test
    void addListAndAddTheSameSkuAgainRaisesTheQuantityOfOneLine() throws Exception {
        long id = id(add(alice, "{\"productId\":1,\"productSkuId\":1,\"quantity\":2}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.data.memberId").value(aliceId))
                .andExpect(jsonPath("$.data.productId").value(1))
                .andExpect(jsonPath("$.data.productSkuId").value(1))
                .andExpect(jsonPath("$.data.quantity").value(2))
                .andExpect(jsonPath("$.data.price").value(399.00))
                .andExpect(jsonPath("$.data.productName").value("商品1"))
                .andExpect(jsonPath("$.data.productSkuCode").value("SKU1"))
                .andExpect(jsonPath("$.data.memberNickname").value(members.username("alice"))));
        assertThat(PORTAL.calls("/internal/skus")).singleElement()
                .satisfies(call -> assertThat(call.query()).isEqualTo("ids=1"));

        mvc.perform(get("/cart/list").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].id").value(id));

        add(alice, "{\"productSkuId\":1,\"quantity\":3}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").value(id))
                .andExpect(jsonPath("$.data.quantity").value(5));
        assertThat(activeRows(aliceId)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("quantity", 5).containsEntry("product_sku_id", 1L));

        long second = id(add(alice, "{\"productSkuId\":3,\"quantity\":1}"));
        mvc.perform(get("/cart/list").with(alice))
                .andExpect(jsonPath("$.data.length()").value(2))
                .andExpect(jsonPath("$.data[0].id").value(second))
                .andExpect(jsonPath("$.data[1].id").value(id));
    }

    @Test
    void priceAndProductDataComeFromTheCatalogNeverFromTheClient() throws Exception {
        add(alice, "{\"productSkuId\":1,\"quantity\":1,\"price\":0.01,\"productName\":\"free\","
                + "\"memberId\":" + bobId + ",\"productPic\":\"evil\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.price").value(399.00))
                .andExpect(jsonPath("$.data.memberId").value(aliceId));
        Map<String, Object> row = activeRows(aliceId).get(0);
        assertThat((BigDecimal) row.get("price")).isEqualByComparingTo("399.00");
        assertThat(row).containsEntry("product_name", "商品1").containsEntry("product_pic", "https://img.example/p1.jpg");
        assertThat(activeRows(bobId)).isEmpty();
    }

    @Test
    void invalidQuantityUnknownSkuAndProductMismatchAreRefusedAndWriteNothing() throws Exception {
        for (String body : List.of("{\"productSkuId\":1,\"quantity\":0}", "{\"productSkuId\":1,\"quantity\":-1}",
                "{\"productSkuId\":1,\"quantity\":1000}", "{\"productSkuId\":1}", "{\"quantity\":1}",
                "{\"productSkuId\":1,\"quantity\":\"x\"}", "not json")) {
            add(alice, body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        }
        add(alice, "{\"productSkuId\":424242,\"quantity\":1}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404));
        add(alice, "{\"productId\":2,\"productSkuId\":1,\"quantity\":1}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
        assertThat(allRows(aliceId)).isEmpty();
    }

    /** Jackson would truncate 1.5 to 1 and Spring read 0x10 as 16: both refused before the catalog is asked. */
    @Test
    void fractionalOrNonDecimalNumbersAre400NamingTheFieldAndWriteNothing() throws Exception {
        Map<String, String> bodies = Map.of(
                "{\"productSkuId\":1,\"quantity\":1.5}", "quantity",
                "{\"productSkuId\":1,\"quantity\":2.0}", "quantity",
                "{\"productSkuId\":1,\"quantity\":1e1}", "quantity",
                "{\"productSkuId\":1.9,\"quantity\":1}", "productSkuId",
                "{\"productId\":1.2,\"productSkuId\":1,\"quantity\":1}", "productId",
                "{\"productSkuId\":1,\"quantity\":4294967297}", "quantity");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            add(alice, body.getKey())
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(400))
                    .andExpect(jsonPath("$.data[0].field").value(body.getValue()));
        }
        assertThat(allRows(aliceId)).isEmpty();
        assertThat(PORTAL.calls("/internal/skus")).isEmpty();

        long id = id(add(alice, "{\"productSkuId\":1,\"quantity\":2}"));
        for (String quantity : List.of("1.5", "0x10", "#10", "1 0")) {
            mvc.perform(get("/cart/update/quantity").with(alice).param("id", "" + id).param("quantity", quantity))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.data[0].field").value("quantity"));
        }
        mvc.perform(get("/cart/update/quantity").with(alice).param("id", id + ".0").param("quantity", "3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("id"));
        assertThat(activeRows(aliceId)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("quantity", 2));
    }

    @Test
    void updateQuantityWithinBoundsOnly() throws Exception {
        long id = id(add(alice, "{\"productSkuId\":1,\"quantity\":1}"));
        mvc.perform(get("/cart/update/quantity").with(alice).param("id", "" + id).param("quantity", "7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.quantity").value(7));
        for (String quantity : List.of("0", "-3", "1000", "abc")) {
            mvc.perform(get("/cart/update/quantity").with(alice).param("id", "" + id).param("quantity", quantity))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(400));
        }
        mvc.perform(get("/cart/update/quantity").with(alice).param("id", "" + id))
                .andExpect(status().isBadRequest());
        assertThat(activeRows(aliceId)).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("quantity", 7));
    }

    @Test
    void anotherMembersItemIsNotFoundAndStaysUnchanged() throws Exception {
        long aliceItem = id(add(alice, "{\"productSkuId\":1,\"quantity\":2}"));
        long bobItem = id(add(bob, "{\"productSkuId\":3,\"quantity\":1}"));
        List<Map<String, Object>> before = allRows(aliceId);

        mvc.perform(get("/cart/update/quantity").with(bob).param("id", "" + aliceItem).param("quantity", "9"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value(404));
        mvc.perform(post("/cart/delete").with(bob).param("ids", "" + aliceItem))
                .andExpect(status().isNotFound());
        // all or nothing: bob's own item in the same request stays too
        mvc.perform(post("/cart/delete").with(bob).param("ids", bobItem + "," + aliceItem))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cart/update/attr").with(bob).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":" + aliceItem + ",\"productSkuId\":2}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cart/list/promotion").with(bob).param("cartIds", "" + aliceItem))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(0));
        mvc.perform(post("/cart/clear").with(bob)).andExpect(status().isOk());

        assertThat(allRows(aliceId)).isEqualTo(before);
        assertThat(allRows(bobId)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("id", bobItem).containsEntry("delete_status", 1));
    }

    @Test
    void deleteSomeAndClearTheRest() throws Exception {
        long one = id(add(alice, "{\"productSkuId\":1,\"quantity\":1}"));
        long two = id(add(alice, "{\"productSkuId\":2,\"quantity\":1}"));
        long three = id(add(alice, "{\"productSkuId\":3,\"quantity\":1}"));

        mvc.perform(post("/cart/delete").with(alice).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("ids=" + one + "," + two))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(2));
        mvc.perform(get("/cart/list").with(alice))
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].id").value(three));
        // an already removed line is gone for good
        mvc.perform(post("/cart/delete").with(alice).param("ids", "" + one)).andExpect(status().isNotFound());
        mvc.perform(post("/cart/delete").with(alice)).andExpect(status().isBadRequest());

        mvc.perform(post("/cart/clear").with(alice)).andExpect(status().isOk()).andExpect(jsonPath("$.data").value(1));
        mvc.perform(get("/cart/list").with(alice)).andExpect(jsonPath("$.data.length()").value(0));
        assertThat(allRows(aliceId)).hasSize(3).allSatisfy(row -> assertThat(row).containsEntry("delete_status", 1));
    }

    @Test
    void distinctItemsAreCapped() throws Exception {
        for (long sku = 1; sku <= 3; sku++) {
            add(alice, "{\"productSkuId\":" + sku + ",\"quantity\":1}").andExpect(status().isOk());
        }
        add(alice, "{\"productSkuId\":4,\"quantity\":1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409));
        // raising an existing line is still fine, but not beyond 999
        add(alice, "{\"productSkuId\":1,\"quantity\":998}").andExpect(status().isOk());
        add(alice, "{\"productSkuId\":1,\"quantity\":1}").andExpect(status().isConflict());
        assertThat(activeRows(aliceId)).hasSize(3);
    }

    @Test
    void listPromotionPricesFromTheCatalogNowWithThePortalsQuote() throws Exception {
        long one = id(add(alice, "{\"productSkuId\":1,\"quantity\":2}"));
        long three = id(add(alice, "{\"productSkuId\":3,\"quantity\":1}"));
        long four = id(add(alice, "{\"productSkuId\":4,\"quantity\":1}"));
        PORTAL.sku(1, 1, "389.00");
        PORTAL.promotion(1, "满200减20", "20.00", 88);
        PORTAL.remove(4);

        mvc.perform(get("/cart/list/promotion").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(3))
                .andExpect(jsonPath("$.data[2].id").value(one))
                .andExpect(jsonPath("$.data[2].price").value(389.00))
                .andExpect(jsonPath("$.data[2].promotionMessage").value("满200减20"))
                .andExpect(jsonPath("$.data[2].reduceAmount").value(20.00))
                .andExpect(jsonPath("$.data[2].realPrice").value(369.00))
                .andExpect(jsonPath("$.data[2].realStock").value(88))
                .andExpect(jsonPath("$.data[2].available").value(true))
                .andExpect(jsonPath("$.data[1].id").value(three))
                .andExpect(jsonPath("$.data[1].reduceAmount").value(0))
                .andExpect(jsonPath("$.data[1].realPrice").value(599.00))
                .andExpect(jsonPath("$.data[0].id").value(four))
                .andExpect(jsonPath("$.data[0].available").value(false))
                .andExpect(jsonPath("$.data[0].realStock").value(0));
        // only SKUs still on sale are quoted, for the cart's member (member prices are by the member's level)
        assertThat(PORTAL.calls("/internal/promotions/quote")).singleElement().satisfies(call -> {
            assertThat(call.body()).isEqualTo("[{\"skuId\":3,\"quantity\":1},{\"skuId\":1,\"quantity\":2}]");
            assertThat(call.query()).isEqualTo("memberId=" + aliceId);
        });
        // the stored snapshot is display-only and untouched by a read
        assertThat((BigDecimal) jdbc.queryForObject("SELECT price FROM oms_cart_item WHERE id = ?", BigDecimal.class, one))
                .isEqualByComparingTo("399.00");

        mvc.perform(get("/cart/list/promotion").with(alice).param("cartIds", one + "," + three))
                .andExpect(jsonPath("$.data.length()").value(2))
                .andExpect(jsonPath("$.data[0].id").value(three))
                .andExpect(jsonPath("$.data[1].id").value(one));
    }

    @Test
    void changeTheSkuOfAnItemWithinItsProduct() throws Exception {
        long one = id(add(alice, "{\"productSkuId\":1,\"quantity\":2}"));
        PORTAL.sku(2, 1, "409.00");
        mvc.perform(post("/cart/update/attr").with(alice).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":" + one + ",\"productSkuId\":2}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").value(one))
                .andExpect(jsonPath("$.data.productSkuId").value(2))
                .andExpect(jsonPath("$.data.productSkuCode").value("SKU2"))
                .andExpect(jsonPath("$.data.price").value(409.00))
                .andExpect(jsonPath("$.data.quantity").value(2));

        // another product's SKU, an unknown SKU, an invalid body: refused, unchanged
        mvc.perform(post("/cart/update/attr").with(alice).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":" + one + ",\"productSkuId\":3}")).andExpect(status().isBadRequest());
        mvc.perform(post("/cart/update/attr").with(alice).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":" + one + ",\"productSkuId\":424242}")).andExpect(status().isNotFound());
        mvc.perform(post("/cart/update/attr").with(alice).contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":" + one + "}")).andExpect(status().isBadRequest());
        assertThat(activeRows(aliceId)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("product_sku_id", 2L).containsEntry("quantity", 2));

        // moving onto a SKU the cart already holds merges the two lines
        long other = id(add(alice, "{\"productSkuId\":1,\"quantity\":3}"));
        mvc.perform(post("/cart/update/attr").with(alice).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":" + one + ",\"productSkuId\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").value(other))
                .andExpect(jsonPath("$.data.quantity").value(5));
        assertThat(activeRows(aliceId)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("id", other).containsEntry("product_sku_id", 1L).containsEntry("quantity", 5));
    }

    @Test
    void getProductListsTheSpecsAndSkusOfAPublishedProduct() throws Exception {
        mvc.perform(get("/cart/getProduct/1").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").value(1))
                .andExpect(jsonPath("$.data.name").isNotEmpty())
                .andExpect(jsonPath("$.data.skuStockList[0].id").value(1))
                .andExpect(jsonPath("$.data.skuStockList[0].productId").value(1))
                .andExpect(jsonPath("$.data.skuStockList[0].spData").isNotEmpty())
                .andExpect(jsonPath("$.data.productAttributeList").isArray());
        Integer skus = jdbc.queryForObject("SELECT COUNT(*) FROM pms_sku_stock WHERE product_id = 1", Integer.class);
        mvc.perform(get("/cart/getProduct/1").with(alice)).andExpect(jsonPath("$.data.skuStockList.length()").value(skus));
        mvc.perform(get("/cart/getProduct/987654321").with(alice)).andExpect(status().isNotFound());
        mvc.perform(get("/cart/getProduct/abc").with(alice)).andExpect(status().isBadRequest());
    }

    @Test
    void failingOrSlowPortalIs503InTheEnvelopeAndWritesNothing() throws Exception {
        PORTAL.mode(PortalStandIn.Mode.ERROR_500);
        add(alice, "{\"productSkuId\":1,\"quantity\":1}")
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503))
                .andExpect(jsonPath("$.message").isNotEmpty());
        PORTAL.mode(PortalStandIn.Mode.SLOW);
        add(alice, "{\"productSkuId\":1,\"quantity\":1}")
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503));
        assertThat(allRows(aliceId)).isEmpty();
    }

    @Test
    void twentyConcurrentAddsOfOneSkuMakeOneLineOfTwenty() throws Exception {
        int threads = 20;
        CountDownLatch gate = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                replies.add(pool.submit(() -> {
                    gate.await();
                    return add(alice, "{\"productSkuId\":1,\"quantity\":1}").andReturn().getResponse().getStatus();
                }));
            }
            gate.countDown();
            for (Future<Integer> reply : replies) {
                assertThat(reply.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(allRows(aliceId)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("quantity", 20).containsEntry("delete_status", 0));
    }

    @Test
    void callersMustBeMembers() throws Exception {
        mvc.perform(get("/cart/list")).andExpect(status().isUnauthorized());
        mvc.perform(get("/cart/list").with(as(AuthenticatedUser.admin(1, "admin", List.of("超级管理员")))))
                .andExpect(status().isForbidden());
    }

    private ResultActions add(RequestPostProcessor member, String body) throws Exception {
        return mvc.perform(post("/cart/add").with(member).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static long id(ResultActions reply) throws Exception {
        return ((Number) JsonPath.read(reply.andReturn().getResponse().getContentAsString(), "$.data.id")).longValue();
    }

    private List<Map<String, Object>> activeRows(long memberId) {
        return jdbc.queryForList("SELECT * FROM oms_cart_item WHERE member_id = ? AND delete_status = 0 ORDER BY id",
                memberId);
    }

    private List<Map<String, Object>> allRows(long memberId) {
        return jdbc.queryForList("SELECT * FROM oms_cart_item WHERE member_id = ? ORDER BY id", memberId);
    }
}
