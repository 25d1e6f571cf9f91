package com.perflab.mall.admin.coupon;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.ProductEventQueue;
import java.util.UUID;
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

/**
 * A coupon created, edited or deleted in the back office reaches mall-portal, through the outbox and the real
 * RabbitMQ, as {@code coupon.changed} events naming the product pages that list the coupon (before and after the
 * change), or no product when any page may (a coupon of every product or of categories); the portal evicts those
 * pages ({@code CacheEvictionTest} there). mall-search's binding ({@code product.*}) never sees them.
 */
@AdminApiTest
class CouponEventsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqp;

    final String prefix = "itce" + UUID.randomUUID().toString().substring(0, 6) + "_";
    ProductEventQueue coupons;
    ProductEventQueue products;

    @BeforeEach
    void setUp() {
        coupons = ProductEventQueue.coupons(rabbit, amqp);
        products = new ProductEventQueue(rabbit, amqp);
    }

    @AfterEach
    void cleanUp() {
        coupons.delete();
        products.delete();
        String like = prefix + "%";
        jdbc.update("DELETE r FROM sms_coupon_product_relation r JOIN sms_coupon c ON c.id = r.coupon_id"
                + " WHERE c.name LIKE ?", like);
        jdbc.update("DELETE r FROM sms_coupon_product_category_relation r JOIN sms_coupon c ON c.id = r.coupon_id"
                + " WHERE c.name LIKE ?", like);
        jdbc.update("DELETE FROM sms_coupon WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM pms_product WHERE product_sn LIKE ?", like);
    }

    long product(String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var st = con.prepareStatement("INSERT INTO pms_product (name, product_sn, delete_status, product_category_id)"
                    + " VALUES (?, ?, 0, 21)", new String[] {"id"});
            st.setString(1, prefix + name);
            st.setString(2, prefix + name);
            return st;
        }, key);
        return key.getKey().longValue();
    }

    String body(String scope) {
        return """
                {"name":"%sc","type":0,"platform":0,"publishCount":100,"amount":5.00,"perLimit":1,"minPoint":0,
                 "startTime":"2026-01-01T00:00:00","endTime":"2036-01-01T00:00:00",%s}
                """.formatted(prefix, scope);
    }

    static String productsScope(long... ids) {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.isEmpty() ? "" : ",").append("{\"productId\":").append(id).append('}');
        }
        return "\"useType\":2,\"productRelationList\":[" + list + "]";
    }

    ResultActions write(String path, String json) throws Exception {
        return mvc.perform(post(path).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aCouponOfChosenProductsAnnouncesTheirPagesBeforeAndAfterEachChange() throws Exception {
        long p1 = product("p1");
        long p2 = product("p2");
        long p3 = product("p3");

        String created = write("/coupon/create", body(productsScope(p1, p2))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        assertThat(coupons.receiveCoupons(2)).containsExactlyInAnyOrder(p1, p2);

        // the products it was for (p1 no longer) and those it is for now
        write("/coupon/update/" + id, body(productsScope(p2, p3))).andExpect(status().isOk());
        assertThat(coupons.receiveCoupons(3)).containsExactlyInAnyOrder(p1, p2, p3);

        mvc.perform(post("/coupon/delete/" + id).with(as(SUPER))).andExpect(status().isOk());
        assertThat(coupons.receiveCoupons(2)).containsExactlyInAnyOrder(p2, p3);
        coupons.assertNone();
        products.assertNone();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_event_outbox WHERE type = 'coupon'"
                + " AND product_id IN (?, ?, ?)", Integer.class, p1, p2, p3)).as("relayed rows are deleted").isZero();
    }

    @Test
    void aCouponOfEveryProductOrOfCategoriesAnnouncesEveryPage() throws Exception {
        long p1 = product("p1");
        String created = write("/coupon/create", body("\"useType\":0")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        assertThat(coupons.receiveCoupons(1)).containsExactly(0L);

        // from every product to one: every page may still list it
        write("/coupon/update/" + id, body(productsScope(p1))).andExpect(status().isOk());
        assertThat(coupons.receiveCoupons(1)).containsExactly(0L);
        coupons.assertNone();

        // second-level category 21 (手机)
        write("/coupon/update/" + id, body("\"useType\":1,\"productCategoryRelationList\":[{\"productCategoryId\":21}]"))
                .andExpect(status().isOk());
        assertThat(coupons.receiveCoupons(1)).containsExactly(0L);

        mvc.perform(post("/coupon/delete/" + id).with(as(SUPER))).andExpect(status().isOk());
        assertThat(coupons.receiveCoupons(1)).containsExactly(0L);
        coupons.assertNone();
        products.assertNone();
    }

    @Test
    void aRefusedChangeAnnouncesNothing() throws Exception {
        long p1 = product("p1");
        String created = write("/coupon/create", body(productsScope(p1))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.data.id")).longValue();
        assertThat(coupons.receiveCoupons(1)).containsExactly(p1);

        // a product that does not exist: refused, rolled back
        write("/coupon/update/" + id, body(productsScope(p1, Long.MAX_VALUE))).andExpect(status().isBadRequest());
        coupons.assertNone();
    }
}
