package com.perflab.mall.member;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.common.test.FaultProxy.Mode;
import com.perflab.mall.common.test.FaultRequests;
import com.perflab.mall.common.test.FaultTable;
import com.perflab.mall.member.support.TestMembers;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
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
 * Redis, MySQL and MongoDB failing under a running mall-member, through {@link FaultProxy} in front of the
 * real Redis and MariaDB and of a MongoDB of this test's own: paths that need the failed store answer 503 in
 * the envelope within the (lowered) timeouts, the others keep answering 200, and the same paths answer 200
 * again once the store is back. mall-member has no RabbitMQ client at all, so login never needs the broker.
 */
@SpringBootTest(properties = {
        "spring.data.redis.timeout=500ms",
        "spring.data.redis.connect-timeout=500ms",
        "spring.datasource.hikari.connection-timeout=1000",
        "mall.member.mongodb.connect-timeout=500ms",
        "mall.member.mongodb.read-timeout=1s",
        "mall.member.mongodb.server-selection-timeout=1s"})
@AutoConfigureMockMvc
class MiddlewareFaultTest {

    static final MongoServer MONGO_SERVER = new MongoServer(new MemoryBackend());
    static final InetSocketAddress MONGO_ADDRESS = MONGO_SERVER.bind();
    static final FaultProxy REDIS = FaultRequests.proxyTo("MALL_REDIS_HOST", "MALL_REDIS_PORT", 6379);
    static final FaultProxy MYSQL = FaultRequests.proxyTo("MALL_DB_HOST", "MALL_DB_PORT", 3306);
    static final FaultProxy MONGO = FaultProxy.to("127.0.0.1", MONGO_ADDRESS.getPort());
    static final FaultTable TABLE = new FaultTable("mall-member");

    @DynamicPropertySource
    static void throughProxies(DynamicPropertyRegistry registry) {
        registry.add("MALL_REDIS_PORT", REDIS::port);
        registry.add("MALL_DB_PORT", MYSQL::port);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO.port() + "/mall_faulttest");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestMembers members;
    FaultRequests requests;
    long memberId;

    @BeforeEach
    void member() throws Exception {
        allPass();
        members = new TestMembers(jdbc);
        memberId = FaultRequests.settled(() -> members.create("faults", "secret-1", 1));
        requests = new FaultRequests(mvc, TABLE, Duration.ofSeconds(10));
        // warm up: the first requests of a fresh context are slow
        mvc.perform(login());
        mvc.perform(info());
        mvc.perform(readHistory());
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
        MONGO.close();
        MONGO_SERVER.shutdownNow();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void authCodesNeedRedisLoginAndProfileDoNot(Mode fault) throws Exception {
        REDIS.mode(fault);
        requests.expect(503, authCode(), "Redis", fault.name());
        requests.expect(200, login(), "Redis", fault.name());
        requests.expect(200, info(), "Redis", fault.name());
        requests.expect(200, readHistory(), "Redis", fault.name());

        REDIS.mode(Mode.PASS);
        requests.awaitOk(this::authCode, "Redis", Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void loginAndProfileNeedMySqlAuthCodesAndActivityDoNot(Mode fault) throws Exception {
        MYSQL.mode(fault);
        requests.expect(503, login(), "MySQL", fault.name());
        requests.expect(503, info(), "MySQL", fault.name());
        requests.expect(200, authCode(), "MySQL", fault.name());
        requests.expect(200, readHistory(), "MySQL", fault.name());

        MYSQL.mode(Mode.PASS);
        requests.awaitOk(this::login, "MySQL", Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void activityNeedsMongoLoginDoesNot(Mode fault) throws Exception {
        MONGO.mode(fault);
        requests.expect(503, readHistory(), "MongoDB", fault.name());
        requests.expect(503, get("/member/productCollection/list").with(TestMembers.as(user())), "MongoDB", fault.name());
        requests.expect(200, login(), "MongoDB", fault.name());

        MONGO.mode(Mode.PASS);
        requests.awaitOk(this::readHistory, "MongoDB", Duration.ofSeconds(15));
    }

    private MockHttpServletRequestBuilder login() {
        return post("/sso/login").param("username", members.username("faults")).param("password", "secret-1");
    }

    private MockHttpServletRequestBuilder info() {
        return get("/sso/info").with(TestMembers.as(user()));
    }

    private MockHttpServletRequestBuilder readHistory() {
        return get("/member/readHistory/list").with(TestMembers.as(user()));
    }

    private MockHttpServletRequestBuilder authCode() {
        return get("/sso/getAuthCode").param("telephone", TestMembers.phone());
    }

    private AuthenticatedUser user() {
        return AuthenticatedUser.member(memberId, members.username("faults"));
    }

    private static void allPass() {
        REDIS.mode(Mode.PASS);
        MYSQL.mode(Mode.PASS);
        MONGO.mode(Mode.PASS);
    }
}
