package com.perflab.mall.cart;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.cart.support.TestMembers;
import com.perflab.mall.common.auth.AuthenticatedUser;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * MySQL and Redis failing under a running mall-cart, through {@link FaultProxy} in front of the real servers:
 * the cart lives in MySQL, so its paths answer 503 in the envelope (within the lowered pool timeout) while
 * MySQL is down or silent and 200 again once it is back; Redis is not on any cart path.
 */
@SpringBootTest(properties = {
        "spring.data.redis.timeout=500ms",
        "spring.data.redis.connect-timeout=500ms",
        "spring.datasource.hikari.connection-timeout=1000"})
@AutoConfigureMockMvc
class MiddlewareFaultTest {

    static final FaultProxy REDIS = FaultRequests.proxyTo("MALL_REDIS_HOST", "MALL_REDIS_PORT", 6379);
    static final FaultProxy MYSQL = FaultRequests.proxyTo("MALL_DB_HOST", "MALL_DB_PORT", 3306);
    static final FaultTable TABLE = new FaultTable("mall-cart");

    @DynamicPropertySource
    static void throughProxies(DynamicPropertyRegistry registry) {
        registry.add("MALL_REDIS_PORT", REDIS::port);
        registry.add("MALL_DB_PORT", MYSQL::port);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestMembers members;
    AuthenticatedUser member;
    FaultRequests requests;

    @BeforeEach
    void member() throws Exception {
        allPass();
        members = new TestMembers(jdbc);
        long id = FaultRequests.settled(() -> members.create("faults"));
        member = AuthenticatedUser.member(id, members.username("faults"));
        requests = new FaultRequests(mvc, TABLE, Duration.ofSeconds(10));
        mvc.perform(list()); // warm up
    }

    @AfterEach
    void cleanUp() throws Exception {
        allPass();
        FaultRequests.settled(() -> {
            members.deleteAll();
            return null;
        });
    }

    @AfterAll
    static void stop() {
        REDIS.close();
        MYSQL.close();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void cartPathsNeedMySqlAndRecover(Mode fault) throws Exception {
        MYSQL.mode(fault);
        requests.expect(503, list(), "MySQL", fault.name());
        requests.expect(503, post("/cart/clear").with(TestMembers.as(member)), "MySQL", fault.name());
        requests.expect(503, get("/cart/update/quantity").param("id", "1").param("quantity", "2")
                .with(TestMembers.as(member)), "MySQL", fault.name());

        MYSQL.mode(Mode.PASS);
        requests.awaitOk(this::list, "MySQL", Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void noCartPathNeedsRedis(Mode fault) throws Exception {
        REDIS.mode(fault);
        requests.expect(200, list(), "Redis", fault.name());
        requests.expect(200, post("/cart/clear").with(TestMembers.as(member)), "Redis", fault.name());
    }

    private MockHttpServletRequestBuilder list() {
        return get("/cart/list").with(TestMembers.as(member));
    }

    private static void allPass() {
        REDIS.mode(Mode.PASS);
        MYSQL.mode(Mode.PASS);
    }
}
