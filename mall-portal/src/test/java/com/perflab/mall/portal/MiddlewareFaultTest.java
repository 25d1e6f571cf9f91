package com.perflab.mall.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.common.test.FaultProxy.Mode;
import com.perflab.mall.common.test.FaultTable;
import com.perflab.mall.portal.cache.CatalogEvents;
import com.perflab.mall.portal.cache.PortalCaches;
import com.perflab.mall.portal.order.OrderApi;
import com.perflab.mall.portal.order.OrderFixtures;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import com.jayway.jsonpath.JsonPath;

/**
 * Redis, MySQL and RabbitMQ failing under a running portal, through {@link FaultProxy} in front of the real
 * servers: a path that needs the failed store answers 503 in the envelope within its bounded timeout, the
 * cached pages fall back to MySQL when Redis fails, paths that do not need the store keep answering 200, and
 * the same path answers 200 again once the store is back, without a restart. Timeouts are lowered here so a
 * silent store costs about a second per request; document/timeouts-and-knobs.md has the production values.
 */
@SpringBootTest(properties = {
        "spring.cache.redis.key-prefix=" + MiddlewareFaultTest.KEY_PREFIX,
        "mall.portal.order.queue-prefix=mall-faulttest.order",
        "mall.portal.cache.events.exchange=" + MiddlewareFaultTest.EVENT_EXCHANGE,
        "mall.portal.cache.events.queue-prefix=mall-faulttest.portal",
        "spring.data.redis.timeout=500ms",
        "spring.data.redis.connect-timeout=500ms",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.rabbitmq.connection-timeout=1s",
        "mall.rabbitmq.handshake-timeout=1s",
        "mall.portal.cache.retry-after=1s"})
@AutoConfigureMockMvc
class MiddlewareFaultTest {

    static final String KEY_PREFIX = "mall-portal-faulttest:";
    static final String EVENT_EXCHANGE = "mall-faulttest.portal.product.event";
    /**
     * A hang detector, not a speed target: a silent store costs about one lowered timeout per request; the
     * bound is generous because the shared build machine is often loaded.
     */
    static final long BOUND_MS = 10_000;

    static final FaultProxy REDIS = FaultProxy.to(env("MALL_REDIS_HOST", "127.0.0.1"), Integer.parseInt(env("MALL_REDIS_PORT", "6379")));
    static final FaultProxy MYSQL = FaultProxy.to(env("MALL_DB_HOST", "127.0.0.1"), Integer.parseInt(env("MALL_DB_PORT", "3306")));
    static final FaultProxy RABBIT = FaultProxy.to(env("MALL_RABBITMQ_HOST", "127.0.0.1"), Integer.parseInt(env("MALL_RABBITMQ_PORT", "5672")));
    static final FaultTable TABLE = new FaultTable("mall-portal");

    @DynamicPropertySource
    static void throughProxies(DynamicPropertyRegistry registry) {
        registry.add("MALL_REDIS_PORT", REDIS::port);
        registry.add("MALL_DB_PORT", MYSQL::port);
        registry.add("MALL_RABBITMQ_PORT", RABBIT::port);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    CacheManager caches;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.amqp.rabbit.core.RabbitTemplate rabbit;
    @Autowired
    org.springframework.amqp.core.AmqpAdmin amqp;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @BeforeEach
    void warmUpThenEmptyCaches() throws Exception {
        allPass();
        // first requests of a fresh context are slow (class loading); the measured ones should not be
        mvc.perform(get("/home/content"));
        mvc.perform(get("/product/detail/27"));
        mvc.perform(get("/brand/detail/3"));
        mvc.perform(get("/order/list").headers(OrderFixtures.headers(7_000_000L)));
        for (String name : new String[] {PortalCaches.HOME_CONTENT, PortalCaches.PRODUCT_DETAIL}) {
            Objects.requireNonNull(caches.getCache(name)).invalidate(); // clear may be deferred
        }
    }

    @AfterEach
    void allPass() {
        REDIS.mode(Mode.PASS);
        MYSQL.mode(Mode.PASS);
        RABBIT.mode(Mode.PASS);
    }

    @AfterAll
    static void closeProxies() {
        REDIS.close();
        MYSQL.close();
        RABBIT.close();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void cachedPagesFallBackToMySqlWhenRedisFailsAndCacheAgainWhenItIsBack(Mode fault) throws Exception {
        REDIS.mode(fault);
        for (int i = 0; i < 3; i++) {
            expect(200, "/home/content", "Redis", fault);
            expect(200, "/product/detail/27", "Redis", fault);
        }
        expect(200, "/order/list", "Redis", fault, OrderFixtures.headers(7_000_001L));

        REDIS.mode(Mode.PASS);
        // the client re-connects on its own (reconnect delay capped at 2 s)
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(15);
        String key = KEY_PREFIX + PortalCaches.HOME_CONTENT + "::app";
        while (hasKey(key) == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        TABLE.add("(Redis client)", "Redis", "PASS again (reconnected)", hasKey(key) == null ? 0 : 200,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), null);
        // then the caches are used again (after mall.portal.cache.retry-after): the entry appears in Redis
        redis.delete(key);
        boolean cached = false;
        while (!cached && System.nanoTime() < deadline) {
            mvc.perform(get("/home/content"));
            cached = Boolean.TRUE.equals(hasKey(key));
            if (!cached) {
                Thread.sleep(100);
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        TABLE.add("/home/content (cached again)", "Redis", "PASS again (recovery)", cached ? 200 : 0, millis, null);
        assertThat(cached).as("home content cached again after Redis came back").isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void pathsThatReadMySqlAnswer503AndRecover(Mode fault) throws Exception {
        expect(200, "/home/content", "MySQL", Mode.PASS);
        awaitCached(KEY_PREFIX + PortalCaches.HOME_CONTENT + "::app");
        MYSQL.mode(fault);

        expect(503, "/product/detail/28", "MySQL", fault);
        expect(503, "/brand/detail/3", "MySQL", fault);
        expect(503, "/order/list", "MySQL", fault, OrderFixtures.headers(7_000_002L));
        // cached: needs Redis only
        expect(200, "/home/content", "MySQL", fault);

        MYSQL.mode(Mode.PASS);
        awaitOk("/brand/detail/3", "MySQL");
        expect(200, "/order/list", "MySQL", Mode.PASS, OrderFixtures.headers(7_000_002L));
    }

    @Test
    void browsingAndOrderListDoNotNeedRabbitMq() throws Exception {
        RABBIT.mode(Mode.DOWN);
        expect(200, "/home/content", "RabbitMQ", Mode.DOWN);
        expect(200, "/product/detail/27", "RabbitMQ", Mode.DOWN);
        expect(200, "/order/list", "RabbitMQ", Mode.DOWN, OrderFixtures.headers(7_000_003L));
        RABBIT.mode(Mode.SILENT);
        expect(200, "/order/list", "RabbitMQ", Mode.SILENT, OrderFixtures.headers(7_000_003L));
    }

    /**
     * A back-office event arriving while Redis is down cannot evict: it is logged and acked (not requeued in a
     * loop, not parked); the stale entry lives out its TTL (or goes when the client sends its buffered command).
     */
    @Test
    void cacheEventsWhileRedisIsDownAreAckedNotRequeuedAndEvictingWorksWhenItIsBack() throws Exception {
        String key = KEY_PREFIX + PortalCaches.HOME_CONTENT + "::" + PortalCaches.HOME_CONTENT_KEY;
        String queue = "mall-faulttest.portal.cache-evict";
        awaitCached(key);
        amqp.purgeQueue(queue + ".parking");
        CatalogEvents events = new CatalogEvents(rabbit, amqp, EVENT_EXCHANGE);
        java.util.function.DoubleSupplier failed =
                () -> meters.counter("mall.portal.cache.events", "outcome", "failed").count();
        double before = failed.getAsDouble();

        REDIS.mode(Mode.DOWN);
        long start = System.nanoTime();
        events.homeChanged();
        boolean counted = CatalogEvents.within(java.time.Duration.ofSeconds(15), () -> failed.getAsDouble() > before);
        TABLE.add("home.changed event (eviction)", "Redis", "DOWN", counted ? 200 : 0,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), null);
        assertThat(counted).as("the failed eviction is counted").isTrue();
        Thread.sleep(1000); // a requeued message would fail and count again
        assertThat(failed.getAsDouble()).isEqualTo(before + 1);
        assertThat(events.ready(queue)).isZero();
        assertThat(events.ready(queue + ".parking")).isZero();

        // Redis back: the next event evicts again, without a restart
        REDIS.mode(Mode.PASS);
        awaitCached(key);
        events.homeChanged();
        assertThat(CatalogEvents.within(java.time.Duration.ofSeconds(15), () -> Boolean.FALSE.equals(hasKey(key))))
                .as("evicted once Redis is back").isTrue();
        assertThat(failed.getAsDouble()).isEqualTo(before + 1);
    }

    /**
     * Spring Data Redis stores entries asynchronously (on a reactive connection) and drops a failed store
     * silently: ask again until the entry is there.
     */
    private void awaitCached(String key) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // the last answer decides: asking once more could meet a client still re-connecting after a fault
        Boolean cached = hasKey(key);
        while (!Boolean.TRUE.equals(cached) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            mvc.perform(get("/home/content"));
            cached = hasKey(key);
        }
        assertThat(cached).as("%s cached before the fault", key).isTrue();
    }

    /**
     * The order is committed before the cancel message is published, and a publish failure is counted and
     * logged, not thrown: an order placed while the broker is down or silent is still accepted, after at most
     * the (lowered) connect and handshake timeouts. Whether it still times out is the outbox's/sweeper's job.
     */
    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void ordersAreAcceptedWhileRabbitMqFails(Mode fault) throws Exception {
        try (OrderFixtures fx = new OrderFixtures(jdbc)) {
            long member = com.perflab.mall.common.test.FaultRequests.settled(() -> fx.member(0));
            long address = fx.address(member);
            long sku = fx.sku(10, "10.00");
            long cart = fx.cartItem(member, sku, 1);
            RABBIT.mode(fault);
            long start = System.nanoTime();
            OrderApi.Reply reply = new OrderApi(mvc).generate(member, address, null, null, java.util.List.of(cart));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            TABLE.add("POST /order/generateOrder", "RabbitMQ", fault.name(), reply.status(), millis, null);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(millis).isLessThan(BOUND_MS);
            RABBIT.mode(Mode.PASS);
        }
    }

    /** null while the test's own Redis calls fail (they share the service's connection) */
    private Boolean hasKey(String key) {
        try {
            return redis.hasKey(key);
        } catch (org.springframework.dao.DataAccessException e) {
            return null;
        }
    }

    private void expect(int status, String path, String store, Mode fault) throws Exception {
        expect(status, path, store, fault, new org.springframework.http.HttpHeaders());
    }

    private void expect(int status, String path, String store, Mode fault, org.springframework.http.HttpHeaders headers)
            throws Exception {
        RequestBuilder request = get(path).headers(headers);
        long start = System.nanoTime();
        MvcResult result = mvc.perform(request).andReturn();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        int actual = result.getResponse().getStatus();
        TABLE.add(path, store, fault.name(), actual, millis, result.getResolvedException());
        assertThat(actual).as("%s with %s %s", path, store, fault).isEqualTo(status);
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(body, "$.code")).as("envelope code of %s", path).isEqualTo(status);
        if (status == 503) {
            assertThat((String) JsonPath.read(body, "$.message")).isNotBlank();
        }
        assertThat(millis).as("%s with %s %s must not hang", path, store, fault).isLessThan(BOUND_MS);
    }

    /** Pools re-connect on their own: the path answers 200 again within a few seconds, without a restart. */
    private void awaitOk(String path, String store) throws Exception {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(10);
        MvcResult result;
        do {
            result = mvc.perform(get(path)).andReturn();
            if (result.getResponse().getStatus() == 200) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        TABLE.add(path, store, "PASS again (recovery)", result.getResponse().getStatus(), millis, result.getResolvedException());
        assertThat(result.getResponse().getStatus()).as("%s after %s is back", path, store).isEqualTo(200);
    }

    private static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }
}
