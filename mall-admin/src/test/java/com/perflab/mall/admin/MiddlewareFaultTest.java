package com.perflab.mall.admin;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.admin.support.TestAdmins;
import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.common.test.FaultProxy.Mode;
import com.perflab.mall.common.test.FaultRequests;
import com.perflab.mall.common.test.FaultTable;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Redis, MySQL and RabbitMQ failing under a running mall-admin, through {@link FaultProxy} in front of the
 * real servers. Redis only caches the admins' permissions: without it every request reads them from MySQL,
 * so access is still enforced (the clerk is still refused what is not his) and nothing answers 503. MySQL
 * down or silent is 503 in the envelope within the lowered pool timeout, and 200 again once it is back.
 * Reading the back office needs no RabbitMQ.
 */
@SpringBootTest(properties = {
        "spring.data.redis.timeout=500ms",
        "spring.data.redis.connect-timeout=500ms",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.rabbitmq.connection-timeout=1s",
        "mall.rabbitmq.handshake-timeout=1s",
        "mall.admin.bcrypt-strength=4",
        "mall.admin.access.cache-key-prefix=mall:admin:access:faulttest:",
        "mall.admin.access.cache-retry-after=1s",
        "mall.admin.product-events.exchange=mall-faulttest.admin.product.event"})
@AutoConfigureMockMvc
class MiddlewareFaultTest {

    static final FaultProxy REDIS = FaultRequests.proxyTo("MALL_REDIS_HOST", "MALL_REDIS_PORT", 6379);
    static final FaultProxy MYSQL = FaultRequests.proxyTo("MALL_DB_HOST", "MALL_DB_PORT", 3306);
    static final FaultProxy RABBIT = FaultRequests.proxyTo("MALL_RABBITMQ_HOST", "MALL_RABBITMQ_PORT", 5672);
    static final FaultTable TABLE = new FaultTable("mall-admin");

    @DynamicPropertySource
    static void throughProxies(DynamicPropertyRegistry registry) {
        registry.add("MALL_REDIS_PORT", REDIS::port);
        registry.add("MALL_DB_PORT", MYSQL::port);
        registry.add("MALL_RABBITMQ_PORT", RABBIT::port);
    }

    @Autowired
    MockMvc mvc;

    FaultRequests requests;

    @BeforeEach
    void warmUp() throws Exception {
        allPass();
        requests = new FaultRequests(mvc, TABLE, Duration.ofSeconds(10));
        mvc.perform(clerkOrders());
        mvc.perform(superProducts());
    }

    @AfterEach
    void passAgain() {
        allPass();
    }

    @AfterAll
    static void stop() {
        REDIS.close();
        MYSQL.close();
        RABBIT.close();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void withoutRedisPermissionsAreReadFromMySqlAndStillEnforced(Mode fault) throws Exception {
        REDIS.mode(fault);
        requests.expect(200, clerkOrders(), "Redis", fault.name());
        requests.expect(403, get("/member/list").with(as(CLERK)), "Redis", fault.name());
        requests.expect(200, superProducts(), "Redis", fault.name());
        requests.expect(200, post("/admin/login").param("username", "clerk").param("password", TestAdmins.SEED_PASSWORD),
                "Redis", fault.name());
        REDIS.mode(Mode.PASS);
        requests.awaitOk(this::clerkOrders, "Redis", Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void backOfficeNeedsMySqlAndRecovers(Mode fault) throws Exception {
        MYSQL.mode(fault);
        requests.expect(503, clerkOrders(), "MySQL", fault.name());
        requests.expect(503, superProducts(), "MySQL", fault.name());
        requests.expect(503, post("/admin/login").param("username", "clerk").param("password", TestAdmins.SEED_PASSWORD),
                "MySQL", fault.name());
        MYSQL.mode(Mode.PASS);
        requests.awaitOk(this::superProducts, "MySQL", Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void readingTheBackOfficeNeedsNoRabbitMq(Mode fault) throws Exception {
        RABBIT.mode(fault);
        requests.expect(200, clerkOrders(), "RabbitMQ", fault.name());
        requests.expect(200, superProducts(), "RabbitMQ", fault.name());
    }

    private MockHttpServletRequestBuilder clerkOrders() {
        return get("/order/list").with(as(CLERK));
    }

    private MockHttpServletRequestBuilder superProducts() {
        return get("/product/list").with(as(SUPER));
    }

    private static void allPass() {
        REDIS.mode(Mode.PASS);
        MYSQL.mode(Mode.PASS);
        RABBIT.mode(Mode.PASS);
    }
}
