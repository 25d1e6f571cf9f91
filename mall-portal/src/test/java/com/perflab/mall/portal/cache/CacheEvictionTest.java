package com.perflab.mall.portal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.portal.TestCaches;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
                "{\"type\":\"updated\"}");
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
