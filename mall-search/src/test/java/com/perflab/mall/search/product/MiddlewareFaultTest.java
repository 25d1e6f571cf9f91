package com.perflab.mall.search.product;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.common.test.FaultProxy.Mode;
import com.perflab.mall.common.test.FaultRequests;
import com.perflab.mall.common.test.FaultTable;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
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
 * Elasticsearch, MySQL and RabbitMQ failing under a running mall-search, through {@link FaultProxy} in front
 * of the real servers: searching needs Elasticsearch only (503 in the envelope within the lowered socket
 * timeout while it is down or silent, 200 again once it is back, and 200 while MySQL or RabbitMQ fail);
 * indexing a product reads MySQL. The test's alias (src/test/resources/config) has no index, so a search that
 * reaches Elasticsearch answers an empty page: what matters here is whether it reaches it.
 */
@SpringBootTest(properties = {
        // every search must go to Elasticsearch: a cached page would answer during the fault (the cache has
        // its own SearchResultCacheTest)
        "mall.search.result-cache-ttl=0",
        "spring.elasticsearch.connection-timeout=500ms",
        "spring.elasticsearch.socket-timeout=1s",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.rabbitmq.connection-timeout=1s",
        "mall.rabbitmq.handshake-timeout=1s"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MiddlewareFaultTest {

    static final FaultProxy ES = proxyToElasticsearch();
    static final FaultProxy MYSQL = FaultRequests.proxyTo("MALL_DB_HOST", "MALL_DB_PORT", 3306);
    static final FaultProxy RABBIT = FaultRequests.proxyTo("MALL_RABBITMQ_HOST", "MALL_RABBITMQ_PORT", 5672);
    static final FaultTable TABLE = new FaultTable("mall-search");

    @DynamicPropertySource
    static void throughProxies(DynamicPropertyRegistry registry) {
        registry.add("spring.elasticsearch.uris", () -> "http://127.0.0.1:" + ES.port());
        registry.add("MALL_DB_PORT", MYSQL::port);
        registry.add("MALL_RABBITMQ_PORT", RABBIT::port);
    }

    @Autowired
    MockMvc mvc;

    FaultRequests requests;

    @AfterAll
    void closeProxies() {
        ES.close();
        MYSQL.close();
        RABBIT.close();
    }

    @BeforeEach
    void warmUp() throws Exception {
        allPass();
        requests = new FaultRequests(mvc, TABLE, Duration.ofSeconds(10));
        mvc.perform(search());
    }

    @AfterEach
    void passAgain() {
        allPass();
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void searchNeedsElasticsearchAndRecovers(Mode fault) throws Exception {
        ES.mode(fault);
        requests.expect(503, search(), "Elasticsearch", fault.name());
        requests.expect(503, get("/esProduct/search").param("sort", "3"), "Elasticsearch", fault.name());
        requests.expect(503, get("/esProduct/search/relate").param("keyword", "手机"), "Elasticsearch", fault.name());
        ES.mode(Mode.PASS);
        requests.awaitOk(this::search, "Elasticsearch", Duration.ofSeconds(15));
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void searchNeedsNoMySql(Mode fault) throws Exception {
        MYSQL.mode(fault);
        requests.expect(200, search(), "MySQL", fault.name());
        requests.expect(200, get("/esProduct/search/relate").param("keyword", "手机"), "MySQL", fault.name());
    }

    @ParameterizedTest
    @EnumSource(value = Mode.class, names = {"DOWN", "SILENT"})
    void searchNeedsNoRabbitMq(Mode fault) throws Exception {
        RABBIT.mode(fault);
        requests.expect(200, search(), "RabbitMQ", fault.name());
        requests.expect(200, get("/esProduct/search").param("sort", "3"), "RabbitMQ", fault.name());
    }

    private MockHttpServletRequestBuilder search() {
        return get("/esProduct/search/simple").param("keyword", "手机");
    }

    private static FaultProxy proxyToElasticsearch() {
        URI uri = URI.create(System.getenv().getOrDefault("MALL_ES_URIS", "http://127.0.0.1:9200").split(",")[0]);
        return FaultProxy.to(uri.getHost(), uri.getPort());
    }

    private static void allPass() {
        ES.mode(Mode.PASS);
        MYSQL.mode(Mode.PASS);
        RABBIT.mode(Mode.PASS);
    }
}
