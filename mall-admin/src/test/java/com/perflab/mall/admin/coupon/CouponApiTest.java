package com.perflab.mall.admin.coupon;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@AdminApiTest
class CouponApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "itc" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @AfterEach
    void cleanUp() {
        String like = prefix + "%";
        jdbc.update("DELETE h FROM sms_coupon_history h JOIN sms_coupon c ON c.id = h.coupon_id WHERE c.name LIKE ?",
                like);
        jdbc.update("DELETE r FROM sms_coupon_product_relation r JOIN sms_coupon c ON c.id = r.coupon_id"
                + " WHERE c.name LIKE ?", like);
        jdbc.update("DELETE r FROM sms_coupon_product_category_relation r JOIN sms_coupon c ON c.id = r.coupon_id"
                + " WHERE c.name LIKE ?", like);
        jdbc.update("DELETE FROM sms_coupon WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM pms_product WHERE product_sn LIKE ?", like);
    }

    long product(String name, int deleteStatus) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement("INSERT INTO pms_product (name, product_sn, delete_status, product_category_id)"
                    + " VALUES (?, ?, ?, 21)", new String[] {"id"});
            st.setString(1, prefix + name);
            st.setString(2, prefix + name);
            st.setInt(3, deleteStatus);
            return st;
        }, key);
        return key.getKey().longValue();
    }

    static String body(String name, String extra) {
        return """
                {"name":"%s","type":0,"platform":0,"publishCount":100,"amount":10.00,"perLimit":1,"minPoint":50,
                 "startTime":"2026-01-01T00:00:00","endTime":"2036-01-01T00:00:00","note":"测试"%s}
                """.formatted(name, extra);
    }

    ResultActions create(String json) throws Exception {
        return mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long idOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.data.id")).longValue();
    }

    long couponCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sms_coupon WHERE name LIKE ?", Long.class, prefix + "%");
    }

    @Test
    void aProductCouponStoresTheCatalogNamesAndUpdatesReplaceTheScope() throws Exception {
        long p1 = product("p1", 0);
        long p2 = product("p2", 0);
        long id = idOf(create(body(prefix + "c", ",\"useType\":2,\"productRelationList\":[{\"productId\":" + p1
                + ",\"productName\":\"客户端的名字\"},{\"productId\":" + p2 + "}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.count").value(100))
                .andExpect(jsonPath("$.data.publishCount").value(100))
                .andExpect(jsonPath("$.data.productRelationList[*].productName",
                        containsInAnyOrder(prefix + "p1", prefix + "p2")))
                .andExpect(jsonPath("$.data.productRelationList[*].productSn",
                        containsInAnyOrder(prefix + "p1", prefix + "p2"))));

        // a category coupon: second-level category 21 (手机, under 手机数码), the product scope goes
        mvc.perform(post("/coupon/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(prefix + "c2", ",\"useType\":1,\"productCategoryRelationList\":"
                                + "[{\"productCategoryId\":21,\"productCategoryName\":\"假的\"}]")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value(prefix + "c2"))
                .andExpect(jsonPath("$.data.productRelationList.length()").value(0))
                .andExpect(jsonPath("$.data.productCategoryRelationList[0].productCategoryName").value("手机"))
                .andExpect(jsonPath("$.data.productCategoryRelationList[0].parentCategoryName").value("手机数码"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_coupon_product_relation WHERE coupon_id = ?",
                Long.class, id)).isZero();

        mvc.perform(get("/coupon/list").with(as(SUPER)).param("name", prefix).param("type", "0"))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(id));
        mvc.perform(get("/coupon/" + id).with(as(SUPER)))
                .andExpect(jsonPath("$.data.useType").value(1))
                .andExpect(jsonPath("$.data.productCategoryRelationList.length()").value(1));
        mvc.perform(get("/coupon/" + Long.MAX_VALUE).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void invalidCouponsAreRefusedAndNothingIsWritten() throws Exception {
        create("""
                {"name":"%s","type":0,"amount":0,"perLimit":0,"minPoint":-1,"count":-1,"useType":3,
                 "startTime":"2026-01-01T00:00:00","endTime":"2036-01-01T00:00:00"}""".formatted(prefix + "bad"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field",
                        containsInAnyOrder("amount", "perLimit", "minPoint", "count", "useType")));
        create(body(prefix + "t", ",\"useType\":0").replace("2036-01-01", "2025-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("endTime")));
        create(body(prefix + "u1", ",\"useType\":1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("productCategoryRelationList")));
        create(body(prefix + "u2", ",\"useType\":2,\"productRelationList\":[]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("productRelationList")));
        long deleted = product("gone", 1);
        create(body(prefix + "u3", ",\"useType\":2,\"productRelationList\":[{\"productId\":" + deleted + "}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("productRelationList.productId")));
        // category 2 is a top-level one: products never hang there
        create(body(prefix + "u4", ",\"useType\":1,\"productCategoryRelationList\":[{\"productCategoryId\":2}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("productCategoryRelationList.productCategoryId")));
        create(body(prefix + "l", ",\"useType\":0,\"memberLevel\":999999"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("memberLevel")));
        assertThat(couponCount()).isZero();
    }

    @Test
    void theTotalCannotDropBelowWhatMembersReceived() throws Exception {
        long id = idOf(create(body(prefix + "c", ",\"useType\":0")).andExpect(status().isOk()));
        // five members took one, as the shop's claim does
        jdbc.update("UPDATE sms_coupon SET count = count - 5, receive_count = 5 WHERE id = ?", id);

        mvc.perform(post("/coupon/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(prefix + "c", ",\"useType\":0").replace("\"publishCount\":100",
                                "\"publishCount\":4")))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT publish_count FROM sms_coupon WHERE id = ?", Integer.class, id))
                .isEqualTo(100);

        mvc.perform(post("/coupon/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(prefix + "c", ",\"useType\":0").replace("\"publishCount\":100",
                                "\"publishCount\":5")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.publishCount").value(5))
                .andExpect(jsonPath("$.data.count").value(0))
                .andExpect(jsonPath("$.data.receiveCount").value(5));
        mvc.perform(post("/coupon/update/" + Long.MAX_VALUE).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(prefix + "c", ",\"useType\":0")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCouponMembersHoldCannotBeDeletedAndItsHistoryIsListed() throws Exception {
        long p = product("p", 0);
        long held = idOf(create(body(prefix + "held", ",\"useType\":2,\"productRelationList\":[{\"productId\":"
                + p + "}]")).andExpect(status().isOk()));
        jdbc.update("INSERT INTO sms_coupon_history (coupon_id, member_id, coupon_code, get_type, use_status,"
                + " order_sn) VALUES (?, 1, ?, 1, 1, ?)", held, prefix + "code", prefix + "sn");

        mvc.perform(post("/coupon/delete/" + held).with(as(SUPER))).andExpect(status().isConflict());
        assertThat(couponCount()).isEqualTo(1);

        mvc.perform(get("/coupon/history/list").with(as(SUPER)).param("couponId", Long.toString(held))
                        .param("useStatus", "1").param("orderSn", prefix + "sn"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].couponCode").value(prefix + "code"));
        mvc.perform(get("/coupon/history/list").with(as(SUPER)).param("couponId", Long.toString(held))
                        .param("useStatus", "0"))
                .andExpect(jsonPath("$.data.total").value(0));

        long free = idOf(create(body(prefix + "free", ",\"useType\":2,\"productRelationList\":[{\"productId\":"
                + p + "}]")).andExpect(status().isOk()));
        mvc.perform(post("/coupon/delete/" + free).with(as(SUPER))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sms_coupon_product_relation WHERE coupon_id = ?",
                Long.class, free)).isZero();
        mvc.perform(post("/coupon/delete/" + free).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void listAndHistoryParametersAreValidated() throws Exception {
        mvc.perform(get("/coupon/list").with(as(SUPER)).param("type", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("type")));
        mvc.perform(get("/coupon/history/list").with(as(SUPER)).param("useStatus", "5"))
                .andExpect(status().isBadRequest());
    }

    /**
     * Members claiming (as the shop does: one conditional UPDATE per claim) while the back office lowers the
     * total: whichever order they run in, what is left is the total minus what was received, never negative.
     */
    @Test
    void loweringTheTotalWhileMembersClaimKeepsTheCountsConsistent() throws Exception {
        long id = idOf(create(body(prefix + "race", ",\"useType\":0").replace("\"publishCount\":100",
                "\"publishCount\":10")).andExpect(status().isOk()));
        int claims = 8;
        ExecutorService pool = Executors.newFixedThreadPool(claims + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < claims; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return jdbc.update("UPDATE sms_coupon SET count = count - 1, receive_count = receive_count + 1"
                            + " WHERE id = ? AND count > 0", id);
                }));
            }
            Future<Integer> update = pool.submit(() -> {
                start.await();
                return mvc.perform(post("/coupon/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(prefix + "race", ",\"useType\":0").replace("\"publishCount\":100",
                                "\"publishCount\":4"))).andReturn().getResponse().getStatus();
            });
            start.countDown();
            for (Future<Integer> result : results) {
                result.get();
            }
            assertThat(update.get()).isIn(200, 409);
        } finally {
            pool.shutdownNow();
        }
        var row = jdbc.queryForMap("SELECT count, publish_count, receive_count FROM sms_coupon WHERE id = ?", id);
        int count = ((Number) row.get("count")).intValue();
        int published = ((Number) row.get("publish_count")).intValue();
        int received = ((Number) row.get("receive_count")).intValue();
        assertThat(count).isGreaterThanOrEqualTo(0).isEqualTo(published - received);
        assertThat(published).isIn(4, 10);
    }
}
