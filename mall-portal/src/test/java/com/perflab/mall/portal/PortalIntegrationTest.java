package com.perflab.mall.portal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole portal on the real middleware: MariaDB database {@code mall_test} (migrated and seeded with the
 * demo catalog) and the local Redis. Only the database name and the cache key prefix differ from the lab,
 * so tests never read or evict the running service's cache entries. The order cancel queues have their own
 * prefix, the back office's events an exchange of their own, and unpaid orders of tests live 10 minutes unless a test sets {@code mall.portal.order.cancel-delay}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestCaches.class)
@TestPropertySource(properties = {
        "MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}",
        // order number counters of their own per test database: a test may delete its counter
        "mall.portal.order.sn-key-prefix=" + PortalIntegrationTest.KEY_PREFIX + "${MALL_DB_NAME}:order-sn:",
        "spring.cache.redis.key-prefix=" + PortalIntegrationTest.KEY_PREFIX,
        // own exchange/queues, so tests never consume the lab's cancel messages nor the other way round
        "mall.portal.order.queue-prefix=" + PortalIntegrationTest.QUEUE_PREFIX,
        // the back office's events on an exchange and queue of their own, for the same reason
        "mall.portal.cache.events.exchange=" + PortalIntegrationTest.EVENT_EXCHANGE,
        "mall.portal.cache.events.queue-prefix=mall-test.portal",
        "mall.portal.order.cancel-delay=10m"})
public @interface PortalIntegrationTest {

    String KEY_PREFIX = "mall-portal-test:";
    String QUEUE_PREFIX = "mall-test.order";
    String EVENT_EXCHANGE = "mall-test.portal.product.event";
}
