package com.perflab.mall.portal.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.portal.TestCaches;
import com.perflab.mall.portal.cache.PortalCaches;
import com.perflab.mall.common.sql.SqlStatementMonitor;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalIntegrationTest
class HomeContentTest {

    /** Seeded on purpose as not on sale: 17 and 141 unpublished, 165 deleted. */
    static final List<Integer> NOT_ON_SALE = List.of(17, 141, 165);
    /** Marks the rows this test adds, so it removes exactly those. */
    static final String MARKER = "portal-test: not on sale";
    static final int FLASH_MARKER_COUNT = 424242;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCaches caches;
    @Autowired
    SqlStatementMonitor statements;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyCaches() {
        caches.clearAll();
    }

    @AfterEach
    void removeAddedRows() {
        jdbc.update("DELETE FROM sms_home_new_product WHERE product_name = ?", MARKER);
        jdbc.update("DELETE FROM sms_home_recommend_product WHERE product_name = ?", MARKER);
        jdbc.update("DELETE FROM sms_flash_promotion_product_relation WHERE flash_promotion_count = ?", FLASH_MARKER_COUNT);
        caches.clearAll();
    }

    @Test
    void everyBlockOfTheHomePageIsFilledWithinItsLimit() throws Exception {
        mvc.perform(get("/home/content"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.data.advertiseList", not(Matchers.empty())))
                .andExpect(jsonPath("$.data.advertiseList[*].type", everyItem(Matchers.is(1))))
                .andExpect(jsonPath("$.data.brandList", hasSize(6)))
                .andExpect(jsonPath("$.data.brandList[0].name").value("华为"))
                .andExpect(jsonPath("$.data.newProductList", hasSize(4)))
                .andExpect(jsonPath("$.data.hotProductList", hasSize(4)))
                .andExpect(jsonPath("$.data.subjectList", hasSize(4)))
                .andExpect(jsonPath("$.data.homeFlashPromotion.startTime", notNullValue()))
                .andExpect(jsonPath("$.data.homeFlashPromotion.endTime", notNullValue()))
                .andExpect(jsonPath("$.data.homeFlashPromotion.productList", not(Matchers.empty())))
                .andExpect(jsonPath("$.data.homeFlashPromotion.productList[*].flashPromotionPrice", everyItem(notNullValue())));
    }

    @Test
    void productsNotOnSaleNeverReachTheHomePageEvenWhenChosenForIt() throws Exception {
        for (int productId : NOT_ON_SALE) {
            // top sort: they would lead every block if the filter were missing
            jdbc.update("INSERT INTO sms_home_new_product (product_id, product_name, recommend_status, sort) VALUES (?, ?, 1, 1000)",
                    productId, MARKER);
            jdbc.update("INSERT INTO sms_home_recommend_product (product_id, product_name, recommend_status, sort) VALUES (?, ?, 1, 1000)",
                    productId, MARKER);
            jdbc.update("INSERT INTO sms_flash_promotion_product_relation (flash_promotion_id, flash_promotion_session_id, product_id,"
                    + " flash_promotion_price, flash_promotion_count, flash_promotion_limit, sort)"
                    + " SELECT 1, s.id, ?, 1.00, ?, 1, 1000 FROM sms_flash_promotion_session s", productId, FLASH_MARKER_COUNT);
        }

        mvc.perform(get("/home/content"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.newProductList", hasSize(4)))
                .andExpect(jsonPath("$.data.newProductList[*].id", everyItem(not(Matchers.in(NOT_ON_SALE)))))
                .andExpect(jsonPath("$.data.hotProductList[*].id", everyItem(not(Matchers.in(NOT_ON_SALE)))))
                .andExpect(jsonPath("$.data.homeFlashPromotion.productList", not(Matchers.empty())))
                .andExpect(jsonPath("$.data.homeFlashPromotion.productList[*].id", everyItem(not(Matchers.in(NOT_ON_SALE)))));
        mvc.perform(get("/home/newProductList").param("pageSize", "100"))
                .andExpect(jsonPath("$.data.total").value(8))
                .andExpect(jsonPath("$.data.list[*].id", everyItem(not(Matchers.in(NOT_ON_SALE)))));
        mvc.perform(get("/home/hotProductList").param("pageSize", "100"))
                .andExpect(jsonPath("$.data.total").value(8))
                .andExpect(jsonPath("$.data.list[*].id", everyItem(not(Matchers.in(NOT_ON_SALE)))));
    }

    @Test
    void homePageTakesEightStatementsThenComesFromTheCacheWithATtl() throws Exception {
        double hits = caches.gets(PortalCaches.HOME_CONTENT, "hit");
        double misses = caches.gets(PortalCaches.HOME_CONTENT, "miss");

        long before = statements.total();
        String first = mvc.perform(get("/home/content")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // advertises, brands, flash campaign + slots + products, new, hot, subjects: one statement per block
        assertThat(statements.total() - before).isEqualTo(8);
        assertThat(caches.gets(PortalCaches.HOME_CONTENT, "miss")).isEqualTo(misses + 1);
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, "app")).isBetween(1L, 60L);

        long cached = statements.total();
        String second = mvc.perform(get("/home/content")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(statements.total()).isEqualTo(cached);
        assertThat(caches.gets(PortalCaches.HOME_CONTENT, "hit")).isEqualTo(hits + 1);
        assertThat(second).as("a cache hit replies exactly what the database reply was").isEqualTo(first);
    }

    @Test
    void cacheHitsAndMissesAreExportedForPrometheus() throws Exception {
        mvc.perform(get("/home/content"));
        caches.awaitEntryTtlSeconds(PortalCaches.HOME_CONTENT, "app");
        mvc.perform(get("/home/content"));
        String scrape = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(scrape)
                .containsPattern("cache_gets_total\\{[^}]*cache=\"homeContent\"[^}]*result=\"hit\"[^}]*} [1-9]")
                .containsPattern("cache_gets_total\\{[^}]*cache=\"productDetail\"[^}]*result=\"miss\"")
                .contains("mall_sql_statements_total{");
    }
}
