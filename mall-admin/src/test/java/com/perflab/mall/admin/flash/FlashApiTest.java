package com.perflab.mall.admin.flash;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.ProductEventQueue;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AdminApiTest
class FlashApiTest {

    /** Seeded, enabled slot 00:00-08:00; reading it and offering test products in it changes no seeded row. */
    static final long SEEDED_SESSION = 1;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqp;

    /** The home content events mall-portal evicts its cached home page on. */
    ProductEventQueue home;

    final String prefix = "itf" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @BeforeEach
    void listen() {
        home = ProductEventQueue.homeContent(rabbit, amqp);
    }

    @AfterEach
    void cleanUp() {
        String like = prefix + "%";
        jdbc.update("DELETE r FROM sms_flash_promotion_product_relation r JOIN sms_flash_promotion f"
                + " ON f.id = r.flash_promotion_id WHERE f.title LIKE ?", like);
        jdbc.update("DELETE r FROM sms_flash_promotion_product_relation r JOIN sms_flash_promotion_session s"
                + " ON s.id = r.flash_promotion_session_id WHERE s.name LIKE ?", like);
        jdbc.update("DELETE FROM sms_flash_promotion WHERE title LIKE ?", like);
        jdbc.update("DELETE FROM sms_flash_promotion_session WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM pms_product WHERE product_sn LIKE ?", like);
        home.delete();
    }

    long product(String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement("INSERT INTO pms_product (name, product_sn, price) VALUES (?, ?, 99)",
                    new String[] {"id"});
            st.setString(1, prefix + name);
            st.setString(2, prefix + name);
            return st;
        }, key);
        return key.getKey().longValue();
    }

    ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), path)).longValue();
    }

    long promotion(String title) throws Exception {
        return id(postJson("/flash/create", """
                {"title":"%s","startDate":"2026-01-01","endDate":"2026-12-31","status":0}""".formatted(prefix + title))
                .andExpect(status().isOk()), "$.data.id");
    }

    String offer(long promotionId, long sessionId, long productId) {
        return """
                {"flashPromotionId":%d,"flashPromotionSessionId":%d,"productId":%d,"flashPromotionPrice":79.00,
                 "flashPromotionCount":10,"flashPromotionLimit":2,"sort":5}""".formatted(promotionId, sessionId,
                productId);
    }

    @Test
    void campaignsAreCreatedListedSwitchedAndDeletedWithTheirProducts() throws Exception {
        long id = promotion("sale");
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);

        mvc.perform(get("/flash/list").with(as(SUPER)).param("keyword", prefix))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].title").value(prefix + "sale"));
        postJson("/flash/update/" + id, """
                {"title":"%s","startDate":"2026-02-01","endDate":"2026-01-01"}""".formatted(prefix + "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("endDate")));
        postJson("/flash/update/" + id, """
                {"title":"%s","startDate":"2026-02-01","endDate":"2026-03-01"}""".formatted(prefix + "renamed"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.title").value(prefix + "renamed"));

        mvc.perform(post("/flash/update/status/" + id).with(as(SUPER)).param("status", "1"))
                .andExpect(status().isOk());
        // a stale screen switching it on again
        mvc.perform(post("/flash/update/status/" + id).with(as(SUPER)).param("status", "1"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT status FROM sms_flash_promotion WHERE id = ?", Integer.class, id))
                .isEqualTo(1);

        postJson("/flash/product/create", "[" + offer(id, SEEDED_SESSION, product("p")) + "]")
                .andExpect(status().isOk());
        mvc.perform(post("/flash/delete/" + id).with(as(SUPER))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_flash_promotion_product_relation"
                + " WHERE flash_promotion_id = ?", Long.class, id)).isZero();
        mvc.perform(get("/flash/" + id).with(as(SUPER))).andExpect(status().isNotFound());
        mvc.perform(post("/flash/delete/" + id).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void enabledSlotsMayNotOverlap() throws Exception {
        // disabled, it may overlap the seeded slots, which cover the whole day
        long id = id(postJson("/flash/session/create", """
                {"name":"%s","startTime":"09:00:00","endTime":"10:00:00"}""".formatted(prefix + "s"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.status").value(0)), "$.data.id");

        mvc.perform(post("/flash/session/update/status/" + id).with(as(SUPER)).param("status", "1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString("08:00")));
        postJson("/flash/session/create", """
                {"name":"%s","startTime":"09:00:00","endTime":"10:00:00","status":1}""".formatted(prefix + "on"))
                .andExpect(status().isConflict());
        postJson("/flash/session/update/" + id, """
                {"name":"%s","startTime":"09:00:00","endTime":"10:00:00","status":1}""".formatted(prefix + "s"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT status FROM sms_flash_promotion_session WHERE id = ?",
                Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_flash_promotion_session WHERE name = ?",
                Long.class, prefix + "on")).isZero();

        postJson("/flash/session/update/" + id, """
                {"name":"%s","startTime":"10:00:00","endTime":"09:00:00"}""".formatted(prefix + "s"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("endTime")));
        postJson("/flash/session/update/" + id, """
                {"name":"%s","startTime":"10:00:00","endTime":"11:00:00"}""".formatted(prefix + "s2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.startTime").value("10:00:00"));
        mvc.perform(post("/flash/session/update/status/" + id).with(as(SUPER)).param("status", "0"))
                .andExpect(status().isConflict());
        mvc.perform(get("/flash/session/list").with(as(SUPER)).param("pageSize", "100"))
                .andExpect(jsonPath("$.data.list[*].name", hasItem(prefix + "s2")));
        mvc.perform(post("/flash/session/delete/" + id).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/flash/session/" + id).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void offersAreCheckedCountedPerSlotAndKeptOutOfTheirSlotsDeletion() throws Exception {
        long promotionId = promotion("p");
        long productId = product("a");
        long sessionId = id(postJson("/flash/session/create", """
                {"name":"%s","startTime":"09:00:00","endTime":"10:00:00"}""".formatted(prefix + "s"))
                .andExpect(status().isOk()), "$.data.id");

        postJson("/flash/product/create", "[" + offer(promotionId, SEEDED_SESSION, productId).replace("79.00", "0")
                + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("flashPromotionPrice")));
        postJson("/flash/product/create", "[" + offer(promotionId, SEEDED_SESSION, Long.MAX_VALUE) + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("productId")));
        postJson("/flash/product/create", "[" + offer(Long.MAX_VALUE, SEEDED_SESSION, productId) + "]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("flashPromotionId")));

        home.drain();
        long offerId = id(postJson("/flash/product/create", "[" + offer(promotionId, SEEDED_SESSION, productId) + ","
                + offer(promotionId, sessionId, productId) + "]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(2))
                .andExpect(jsonPath("$.data[0].productName").value(prefix + "a")), "$.data[0].id");
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);

        postJson("/flash/product/create", "[" + offer(promotionId, SEEDED_SESSION, productId) + "]")
                .andExpect(status().isConflict());

        mvc.perform(get("/flash/session/selectList").with(as(SUPER)).param("flashPromotionId",
                        Long.toString(promotionId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[?(@.id == 1)].productCount").value(hasItem(1)))
                .andExpect(jsonPath("$.data[?(@.id == 2)].productCount").value(hasItem(0)));
        mvc.perform(get("/flash/product/list").with(as(SUPER)).param("flashPromotionId", Long.toString(promotionId))
                        .param("flashPromotionSessionId", Long.toString(SEEDED_SESSION)))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].flashPromotionPrice").value(79.0));

        postJson("/flash/product/update/" + offerId, """
                {"flashPromotionPrice":69.5,"flashPromotionCount":3,"flashPromotionLimit":1,"sort":1}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.flashPromotionPrice").value(69.5));
        mvc.perform(post("/flash/session/delete/" + sessionId).with(as(SUPER))).andExpect(status().isConflict());
        mvc.perform(post("/flash/product/delete/" + offerId).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(post("/flash/product/delete/" + offerId).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void twoConcurrentOffersOfTheSameProductInASlotLeaveOne() throws Exception {
        long promotionId = promotion("race");
        long productId = product("race");
        String json = "[" + offer(promotionId, SEEDED_SESSION, productId) + "]";
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return postJson("/flash/product/create", json).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_flash_promotion_product_relation"
                + " WHERE flash_promotion_id = ? AND product_id = ?", Long.class, promotionId, productId)).isEqualTo(1);
    }
}
