package com.perflab.mall.portal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.common.sql.SqlStatementMonitor;
import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.portal.TestCaches;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The caches-off exercise ({@code mall.portal.cache.enabled=false}) on the real Redis and MariaDB: home content
 * and product detail are read from MySQL on every request, so a change in the database shows on the next read,
 * and no entry of theirs is written to Redis nor read from it. With the caches on (the default),
 * {@code ProductDetailTest}, {@code HomeContentTest} and {@code CacheEvictionTest} show the entries cached.
 */
@PortalIntegrationTest
class CachesOffTest {

    /** Seed brand 华为, on the home page's brand list and the brand of seed product 27. */
    static final long BRAND = 3;
    static final long PRODUCT = 27;

    @DynamicPropertySource
    static void cachesOff(DynamicPropertyRegistry registry) {
        registry.add("mall.portal.cache.enabled", () -> "false");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCaches caches;
    @Autowired
    SqlStatementMonitor statements;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    @AfterEach
    void emptyCaches() {
        caches.clearAll();
    }

    @Test
    void everyReadComesFromMysqlAndNothingIsCachedInRedis() throws Exception {
        String name = jdbc.queryForObject("SELECT name FROM pms_brand WHERE id = ?", String.class, BRAND);
        double detailGets = redisGets(PortalCaches.PRODUCT_DETAIL);
        double homeGets = redisGets(PortalCaches.HOME_CONTENT);
        try {
            long before = statements.total();
            assertThat(productBrandName()).isEqualTo(name);
            assertThat(statements.total() - before).as("detail read from MySQL").isGreaterThanOrEqualTo(9);
            before = statements.total();
            assertThat(homeBrandNames()).containsExactly(name);
            assertThat(statements.total() - before).as("home read from MySQL").isGreaterThanOrEqualTo(8);

            jdbc.update("UPDATE pms_brand SET name = ? WHERE id = ?", name + " (changed)", BRAND);

            before = statements.total();
            assertThat(productBrandName()).as("the change shows at once").isEqualTo(name + " (changed)");
            assertThat(statements.total() - before).as("detail read from MySQL again").isGreaterThanOrEqualTo(9);
            before = statements.total();
            assertThat(homeBrandNames()).as("the change shows at once").containsExactly(name + " (changed)");
            assertThat(statements.total() - before).as("home read from MySQL again").isGreaterThanOrEqualTo(8);
        } finally {
            jdbc.update("UPDATE pms_brand SET name = ? WHERE id = ?", name, BRAND);
        }
        // a write would land asynchronously (see TestCaches): give it the time it takes before looking
        Thread.sleep(500);
        assertThat(redis.keys(PortalIntegrationTest.KEY_PREFIX + PortalCaches.PRODUCT_DETAIL + "::*")).isEmpty();
        assertThat(redis.keys(PortalIntegrationTest.KEY_PREFIX + PortalCaches.HOME_CONTENT + "::*")).isEmpty();
        assertThat(caches.ttlSeconds(PortalCaches.PRODUCT_DETAIL, PRODUCT)).isEqualTo(-2);
        assertThat(caches.ttlSeconds(PortalCaches.HOME_CONTENT, PortalCaches.HOME_CONTENT_KEY)).isEqualTo(-2);
        assertThat(redisGets(PortalCaches.PRODUCT_DETAIL)).as("Redis not asked").isEqualTo(detailGets);
        assertThat(redisGets(PortalCaches.HOME_CONTENT)).as("Redis not asked").isEqualTo(homeGets);
    }

    String productBrandName() throws Exception {
        String body = mvc.perform(get("/product/detail/" + PRODUCT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.data.brand.name");
    }

    List<String> homeBrandNames() throws Exception {
        String body = mvc.perform(get("/home/content")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.data.brandList[?(@.id == " + BRAND + ")].name");
    }

    /** Hits and misses of the Redis cache, counted by Spring Data Redis' statistics. */
    double redisGets(String cacheName) {
        return caches.gets(cacheName, "hit") + caches.gets(cacheName, "miss");
    }
}
