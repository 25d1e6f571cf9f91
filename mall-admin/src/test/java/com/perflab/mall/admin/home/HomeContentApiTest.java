package com.perflab.mall.admin.home;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
class HomeContentApiTest {


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

    final String prefix = "ith" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @BeforeEach
    void listen() {
        home = ProductEventQueue.homeContent(rabbit, amqp);
    }

    @AfterEach
    void cleanUp() {
        String like = prefix + "%";
        jdbc.update("DELETE h FROM sms_home_brand h JOIN pms_brand b ON b.id = h.brand_id WHERE b.name LIKE ?", like);
        jdbc.update("DELETE h FROM sms_home_new_product h JOIN pms_product p ON p.id = h.product_id"
                + " WHERE p.product_sn LIKE ?", like);
        jdbc.update("DELETE h FROM sms_home_recommend_product h JOIN pms_product p ON p.id = h.product_id"
                + " WHERE p.product_sn LIKE ?", like);
        jdbc.update("DELETE h FROM sms_home_recommend_subject h JOIN cms_subject s ON s.id = h.subject_id"
                + " WHERE s.title LIKE ?", like);
        jdbc.update("DELETE FROM sms_home_advertise WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM pms_brand WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM pms_product WHERE product_sn LIKE ?", like);
        jdbc.update("DELETE FROM cms_subject WHERE title LIKE ?", like);
        home.delete();
    }

    long insert(String sql, String value) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 1; i <= st.getParameterMetaData().getParameterCount(); i++) {
                st.setString(i, value);
            }
            return st;
        }, key);
        return key.getKey().longValue();
    }

    long brand(String name) {
        return insert("INSERT INTO pms_brand (name) VALUES (?)", prefix + name);
    }

    long product(String name) {
        return insert("INSERT INTO pms_product (name, product_sn) VALUES (?, ?)", prefix + name);
    }

    long subject(String name) {
        return insert("INSERT INTO cms_subject (title) VALUES (?)", prefix + name);
    }

    ResultActions postJson(String path, String json) throws Exception {
        return mvc.perform(post(path).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON).content(json));
    }


    long pickId(String table, String column, long refId) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE " + column + " = ?", Long.class, refId);
    }

    @Test
    void changingARecommendationEvictsThePortalHomePageAndAFailedOneDoesNot() throws Exception {
        long brandId = brand("b");

        postJson("/home/brand/create", "[{\"brandId\":" + brandId + ",\"brandName\":\"客户端的名字\"}]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(1));
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);
        long pick = pickId("sms_home_brand", "brand_id", brandId);
        assertThat(jdbc.queryForObject("SELECT brand_name FROM sms_home_brand WHERE id = ?", String.class, pick))
                .isEqualTo(prefix + "b");

        home.drain();
        mvc.perform(post("/home/brand/update/recommendStatus").with(as(SUPER)).param("ids", Long.toString(pick))
                        .param("recommendStatus", "0"))
                .andExpect(status().isOk());
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT recommend_status FROM sms_home_brand WHERE id = ?", Integer.class,
                pick)).isZero();

        // failed writes: validation (400 before the service) and an unknown id (400 from the service)
        home.drain();
        mvc.perform(post("/home/brand/update/recommendStatus").with(as(SUPER)).param("ids", Long.toString(pick))
                        .param("recommendStatus", "7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("recommendStatus")));
        mvc.perform(post("/home/brand/update/recommendStatus").with(as(SUPER))
                        .param("ids", pick + "," + Long.MAX_VALUE).param("recommendStatus", "1"))
                .andExpect(status().isBadRequest());
        postJson("/home/brand/create", "[{\"brandId\":" + Long.MAX_VALUE + "}]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("brandId")));
        home.assertNone();
        assertThat(jdbc.queryForObject("SELECT recommend_status FROM sms_home_brand WHERE id = ?", Integer.class,
                pick)).isZero();
    }

    @Test
    void picksAreAddedOnceSortedListedAndDeleted() throws Exception {
        long p1 = product("p1");
        long p2 = product("p2");
        for (String list : List.of("newProduct", "recommendProduct")) {
            postJson("/home/" + list + "/create", "[{\"productId\":" + p1 + "},{\"productId\":" + p2 + "}]")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.data").value(2));
            // already there: skipped, not duplicated
            postJson("/home/" + list + "/create", "[{\"productId\":" + p1 + "}]")
                    .andExpect(jsonPath("$.data").value(0));
            mvc.perform(get("/home/" + list + "/list").with(as(SUPER)).param("productName", prefix))
                    .andExpect(jsonPath("$.data.total").value(2))
                    .andExpect(jsonPath("$.data.list[*].productName", containsInAnyOrder(prefix + "p1", prefix + "p2")))
                    .andExpect(jsonPath("$.data.list[*].recommendStatus", containsInAnyOrder(1, 1)));
        }
        long pick = pickId("sms_home_new_product", "product_id", p2);
        home.drain();
        mvc.perform(post("/home/newProduct/update/sort/" + pick).with(as(SUPER)).param("sort", "50"))
                .andExpect(status().isOk());
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);
        mvc.perform(get("/home/newProduct/list").with(as(SUPER)).param("productName", prefix))
                .andExpect(jsonPath("$.data.list[0].productId").value(p2))
                .andExpect(jsonPath("$.data.list[0].sort").value(50));
        mvc.perform(post("/home/newProduct/update/sort/" + Long.MAX_VALUE).with(as(SUPER)).param("sort", "1"))
                .andExpect(status().isNotFound());

        home.drain();
        mvc.perform(post("/home/newProduct/delete").with(as(SUPER)).param("ids", Long.toString(pick)))
                .andExpect(status().isOk());
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_home_new_product WHERE product_id = ?", Long.class,
                p2)).isZero();
        // the other list is untouched
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_home_recommend_product WHERE product_id = ?",
                Long.class, p2)).isEqualTo(1);

        long subjectId = subject("s");
        mvc.perform(get("/home/subject/list").with(as(SUPER)).param("keyword", prefix))
                .andExpect(jsonPath("$.data.list[0].id").value(subjectId));
        postJson("/home/recommendSubject/create", "[{\"subjectId\":" + subjectId + ",\"subjectName\":\"x\"}]")
                .andExpect(jsonPath("$.data").value(1));
        mvc.perform(get("/home/recommendSubject/list").with(as(SUPER)).param("subjectName", prefix))
                .andExpect(jsonPath("$.data.list[0].subjectName").value(prefix + "s"));
    }

    @Test
    void concurrentAddsOfTheSameProductLeaveOnePick() throws Exception {
        long productId = product("race");
        String json = "[{\"productId\":" + productId + "}]";
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> added = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                added.add(pool.submit(() -> {
                    start.await();
                    String body = postJson("/home/recommendProduct/create", json).andReturn().getResponse()
                            .getContentAsString();
                    return ((Number) JsonPath.read(body, "$.data")).intValue();
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : added) {
                total += result.get();
            }
            assertThat(total).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_home_recommend_product WHERE product_id = ?",
                Long.class, productId)).isEqualTo(1);
    }

    @Test
    void advertisesAreValidatedSwitchedAndEvictTheHomePage() throws Exception {
        String valid = """
                {"name":"%s","type":1,"pic":"https://img.example/a.jpg","startTime":"2026-01-01T00:00:00",
                 "endTime":"2036-01-01T00:00:00","url":"/product/1","sort":3}""".formatted(prefix + "ad");
        postJson("/home/advertise/create", """
                {"name":"","type":2,"pic":"javascript:alert(1)","startTime":"2026-01-01T00:00:00",
                 "endTime":"2036-01-01T00:00:00","url":"ftp://x","sort":-1}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", containsInAnyOrder("name", "type", "pic", "url", "sort")));
        home.drain();
        postJson("/home/advertise/create", valid.replace("2036-01-01", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("endTime")));
        home.assertNone();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_home_advertise WHERE name LIKE ?", Long.class,
                prefix + "%")).isZero();

        String created = postJson("/home/advertise/create", valid)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.status").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);

        mvc.perform(get("/home/advertise/list").with(as(SUPER)).param("name", prefix).param("type", "1")
                        .param("endTime", "2036-01-01"))
                .andExpect(jsonPath("$.data.total").value(1));
        mvc.perform(get("/home/advertise/list").with(as(SUPER)).param("name", prefix).param("endTime", "2036-01-02"))
                .andExpect(jsonPath("$.data.total").value(0));

        home.drain();
        mvc.perform(post("/home/advertise/update/status/" + id).with(as(SUPER)).param("status", "1"))
                .andExpect(status().isOk());
        assertThat(home.receiveHome(1)).as("home content event").isEqualTo(1);
        mvc.perform(post("/home/advertise/update/status/" + id).with(as(SUPER)).param("status", "1"))
                .andExpect(status().isConflict());
        mvc.perform(post("/home/advertise/update/status/" + Long.MAX_VALUE).with(as(SUPER)).param("status", "1"))
                .andExpect(status().isNotFound());

        postJson("/home/advertise/update/" + id, valid.replace("\"sort\":3", "\"sort\":9"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.sort").value(9))
                .andExpect(jsonPath("$.data.status").value(0));
        mvc.perform(post("/home/advertise/delete").with(as(SUPER)).param("ids", id + "," + Long.MAX_VALUE))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/home/advertise/delete").with(as(SUPER)).param("ids", Long.toString(id)))
                .andExpect(status().isOk());
        mvc.perform(get("/home/advertise/" + id).with(as(SUPER))).andExpect(status().isNotFound());
    }
}
