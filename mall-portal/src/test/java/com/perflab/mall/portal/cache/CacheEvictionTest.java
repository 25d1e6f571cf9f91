package com.perflab.mall.portal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.portal.TestCaches;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The back office's events, published to the real exchange, evict the portal's own cache entries in the real
 * Redis: the portal is the only one that knows its cache names and keys.
 */
@PortalIntegrationTest
class CacheEvictionTest {

    static final String QUEUE = "mall-test.portal.cache-evict";
    static final String PARKING = QUEUE + ".parking";
    static final Duration WAIT = Duration.ofSeconds(10);
    /** Seed products: 3 (with member prices) and 27 (a phone). */
    static final long PRODUCT = 3;
    static final long OTHER_PRODUCT = 27;
    static final String HOME_KEY = PortalCaches.HOME_CONTENT_KEY;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCaches caches;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqp;

    CatalogEvents events;

    @BeforeEach
    void setUp() {
        events = new CatalogEvents(rabbit, amqp, PortalIntegrationTest.EVENT_EXCHANGE);
        amqp.purgeQueue(PARKING);
        caches.clearAll();
    }

    @AfterEach
    void emptyCaches() {
        caches.clearAll();
    }

    void cache(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    boolean cached(String cacheName, Object key) {
        return caches.ttlSeconds(cacheName, key) > 0;
    }

    double outcomes(String outcome) {
        return meters.counter("mall.portal.cache.events", "outcome", outcome).count();
    }

    @Test
    void aProductEventEvictsThatProductsDetailAndTheHomePageSoTheChangeShows() throws Exception {
        String name = jdbc.queryForObject("SELECT name FROM pms_product WHERE id = ?", String.class, PRODUCT);
        cache("/product/detail/" + PRODUCT);
        cache("/product/detail/" + OTHER_PRODUCT);
        cache("/home/content");
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, PRODUCT)).isPositive();
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isPositive();
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, HOME_KEY)).isPositive();
        try {
            // the back office changes the product (the row, then its event after the commit)
            jdbc.update("UPDATE pms_product SET name = ? WHERE id = ?", name + " (changed)", PRODUCT);
            mvc.perform(get("/product/detail/" + PRODUCT)).andExpect(jsonPath("$.data.product.name").value(name));

            events.productChanged(PRODUCT, "updated");

            assertThat(CatalogEvents.within(WAIT, () -> !cached(PortalCaches.PRODUCT_DETAIL, PRODUCT)
                    && !cached(PortalCaches.HOME_CONTENT, HOME_KEY))).as("detail and home evicted").isTrue();
            assertThat(cached(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).as("another product's detail").isTrue();
            mvc.perform(get("/product/detail/" + PRODUCT))
                    .andExpect(jsonPath("$.data.product.name").value(name + " (changed)"));
        } finally {
            jdbc.update("UPDATE pms_product SET name = ? WHERE id = ?", name, PRODUCT);
        }
    }

    @Test
    void aHomeContentEventEvictsTheHomePageOnly() throws Exception {
        cache("/home/content");
        cache("/product/detail/" + OTHER_PRODUCT);
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, HOME_KEY)).isPositive();
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isPositive();

        events.homeChanged();

        assertThat(CatalogEvents.within(WAIT, () -> !cached(PortalCaches.HOME_CONTENT, HOME_KEY))).isTrue();
        assertThat(cached(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isTrue();
        cache("/home/content");
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, HOME_KEY)).isPositive();
    }

    /** A coupon of the given scope (0 every product, 2 the product), open now for a day, ¥5 off. */
    long coupon(int useType, Long product) {
        String name = "itc-evict-" + UUID.randomUUID().toString().substring(0, 8);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO sms_coupon (type, name, count, amount, per_limit,"
                    + " min_point, start_time, end_time, use_type, publish_count, enable_time) VALUES (0, ?, 10, 5.00, 1,"
                    + " 0, NOW() - INTERVAL 1 HOUR, NOW() + INTERVAL 1 DAY, ?, 10, NOW() - INTERVAL 1 HOUR)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, name);
            ps.setInt(2, useType);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        if (product != null) {
            jdbc.update("INSERT INTO sms_coupon_product_relation (coupon_id, product_id, product_name, product_sn)"
                    + " SELECT ?, id, name, product_sn FROM pms_product WHERE id = ?", id, product);
        }
        return id;
    }

    void deleteCoupon(long id) {
        jdbc.update("DELETE FROM sms_coupon_product_relation WHERE coupon_id = ?", id);
        jdbc.update("DELETE FROM sms_coupon WHERE id = ?", id);
    }

    List<Integer> couponsOnThePage(long product) throws Exception {
        String body = mvc.perform(get("/product/detail/" + product)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.data.couponList[*].id");
    }

    @Test
    void aCouponEventOfAProductEvictsThatProductsDetailOnlySoTheNewCouponShows() throws Exception {
        cache("/product/detail/" + PRODUCT);
        cache("/product/detail/" + OTHER_PRODUCT);
        cache("/home/content");
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, PRODUCT)).isPositive();
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isPositive();
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, HOME_KEY)).isPositive();
        // the back office creates a coupon of the product (the rows, then its event after the commit)
        long coupon = coupon(2, PRODUCT);
        try {
            assertThat(couponsOnThePage(PRODUCT)).as("still the cached page").doesNotContain((int) coupon);

            events.couponChanged(PRODUCT);

            assertThat(CatalogEvents.within(WAIT, () -> !cached(PortalCaches.PRODUCT_DETAIL, PRODUCT)))
                    .as("the product's detail evicted").isTrue();
            assertThat(cached(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).as("another product's detail").isTrue();
            assertThat(cached(PortalCaches.HOME_CONTENT, HOME_KEY)).as("the home page lists no coupon").isTrue();
            assertThat(couponsOnThePage(PRODUCT)).contains((int) coupon);
        } finally {
            deleteCoupon(coupon);
        }
    }

    @Test
    void aCouponEventOfEveryProductEvictsEveryProductsDetailButNotTheHomePage() throws Exception {
        cache("/product/detail/" + PRODUCT);
        cache("/product/detail/" + OTHER_PRODUCT);
        cache("/home/content");
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, PRODUCT)).isPositive();
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isPositive();
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, HOME_KEY)).isPositive();
        long coupon = coupon(0, null);
        try {
            assertThat(couponsOnThePage(OTHER_PRODUCT)).as("still the cached page").doesNotContain((int) coupon);

            events.couponOfEveryProductChanged();

            assertThat(CatalogEvents.within(WAIT, () -> !cached(PortalCaches.PRODUCT_DETAIL, PRODUCT)
                    && !cached(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT))).as("every detail evicted").isTrue();
            assertThat(cached(PortalCaches.HOME_CONTENT, HOME_KEY)).as("the home page lists no coupon").isTrue();
            assertThat(couponsOnThePage(OTHER_PRODUCT)).contains((int) coupon);
            assertThat(couponsOnThePage(PRODUCT)).contains((int) coupon);
        } finally {
            deleteCoupon(coupon);
        }
    }

    @Test
    void aRepeatedEventIsHarmless() throws Exception {
        cache("/product/detail/" + OTHER_PRODUCT);
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isPositive();
        double evicted = outcomes("evicted");

        // the relay sends a row again when it crashed between the broker's confirm and its commit
        events.productChanged(OTHER_PRODUCT, "publish");
        events.productChanged(OTHER_PRODUCT, "publish");
        events.homeChanged();
        events.homeChanged();

        assertThat(CatalogEvents.within(WAIT, () -> outcomes("evicted") >= evicted + 4)).isTrue();
        assertThat(cached(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isFalse();
        assertThat(events.ready(QUEUE)).isZero();
        assertThat(events.ready(PARKING)).isZero();
        mvc.perform(get("/product/detail/" + OTHER_PRODUCT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.data.product.id").value(OTHER_PRODUCT));
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, OTHER_PRODUCT)).isPositive();
    }

    @Test
    void malformedMessagesAreParkedOnceAndTheConsumerGoesOn() throws Exception {
        double poison = outcomes("poison");
        List<String> bodies = List.of("not json", "null", "{\"type\":\"home\",\"productId\":5}",
                "{\"productId\":-1,\"type\":\"updated\"}", "{\"productId\":3,\"type\":\"renamed\"}",
                "{\"type\":\"updated\"}", "{\"productId\":0,\"type\":\"coupon\"}");
        for (String body : bodies) {
            events.send("product.updated", body);
        }

        assertThat(CatalogEvents.within(WAIT, () -> events.ready(PARKING) == bodies.size())).isTrue();
        Thread.sleep(300); // a message requeued in a loop would keep counting
        assertThat(outcomes("poison")).isEqualTo(poison + bodies.size());
        assertThat(events.ready(QUEUE)).isZero();
        assertThat(new String(rabbit.receive(PARKING, 1000).getBody())).isEqualTo(bodies.get(0));

        cache("/home/content");
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, HOME_KEY)).isPositive();
        events.homeChanged();
        assertThat(CatalogEvents.within(WAIT, () -> !cached(PortalCaches.HOME_CONTENT, HOME_KEY))).isTrue();
    }
}
