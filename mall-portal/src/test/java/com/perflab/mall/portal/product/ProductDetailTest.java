package com.perflab.mall.portal.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.portal.TestCaches;
import com.perflab.mall.portal.cache.PortalCaches;
import com.perflab.mall.common.sql.SqlStatementMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@PortalIntegrationTest
class ProductDetailTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestCaches caches;
    @Autowired
    SqlStatementMonitor statements;

    @BeforeEach
    @AfterEach
    void emptyCaches() {
        caches.clearAll();
    }

    /** Seed product 27, a phone of brand 华为 (3) in category 21 with a full-reduction promotion. */
    @Test
    void detailHasTheProductAndEveryBlockAroundIt() throws Exception {
        mvc.perform(get("/product/detail/27"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.data.product.id").value(27))
                .andExpect(jsonPath("$.data.product.name").value("华为 Pura 70 Ultra 5G手机"))
                .andExpect(jsonPath("$.data.product.productCategoryId").value(21))
                .andExpect(jsonPath("$.data.brand.id").value(3))
                .andExpect(jsonPath("$.data.brand.name").value("华为"))
                .andExpect(jsonPath("$.data.skuStockList", not(empty())))
                .andExpect(jsonPath("$.data.skuStockList[*].productId", everyItem(is(27))))
                .andExpect(jsonPath("$.data.productAttributeList", not(empty())))
                .andExpect(jsonPath("$.data.productAttributeList[*].productAttributeCategoryId", everyItem(is(3))))
                .andExpect(jsonPath("$.data.productAttributeValueList", not(empty())))
                .andExpect(jsonPath("$.data.productFullReductionList", hasSize(2)))
                .andExpect(jsonPath("$.data.productLadderList", empty()))
                .andExpect(jsonPath("$.data.memberPriceList", empty()))
                // all-purpose 1, 2, 6, 7; phone category 3; listed product 5 -- not clothing 4 nor shoes 8
                .andExpect(jsonPath("$.data.couponList[*].id", containsInAnyOrder(1, 2, 3, 5, 6, 7)));
    }

    @Test
    void memberPricesAndLaddersAreListedForProductsThatHaveThem() throws Exception {
        mvc.perform(get("/product/detail/3"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.memberPriceList", hasSize(3)));
        mvc.perform(get("/product/detail/5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.productLadderList", not(empty())));
    }

    @ParameterizedTest
    @ValueSource(longs = {17, 141, 165, 999_999_999})
    void missingUnpublishedOrDeletedProductIs404AndNotCached(long id) throws Exception {
        mvc.perform(get("/product/detail/{id}", id))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value(404));
        assertThat(caches.ttlSeconds(PortalCaches.PRODUCT_DETAIL, id)).isEqualTo(-2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "1.5", "99999999999999999999"})
    void badIdIs400(String id) throws Exception {
        mvc.perform(get("/product/detail/" + id))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400));
    }

    @Test
    void detailTakesNineStatementsThenComesFromTheCacheWithATtl() throws Exception {
        double hits = caches.gets(PortalCaches.PRODUCT_DETAIL, "hit");

        long before = statements.total();
        String first = mvc.perform(get("/product/detail/27")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // product, brand, attributes, values, SKUs, ladders, reductions, member prices, coupons
        assertThat(statements.total() - before).isEqualTo(9);
        assertThat(caches.awaitEntryTtlSeconds(PortalCaches.PRODUCT_DETAIL, 27)).isBetween(1L, 300L);

        long cached = statements.total();
        String second = mvc.perform(get("/product/detail/27")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(statements.total()).isEqualTo(cached);
        assertThat(caches.gets(PortalCaches.PRODUCT_DETAIL, "hit")).isEqualTo(hits + 1);
        assertThat(second).as("a cache hit replies exactly what the database reply was").isEqualTo(first);
    }
}
