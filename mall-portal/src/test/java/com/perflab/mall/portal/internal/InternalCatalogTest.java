package com.perflab.mall.portal.internal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import com.perflab.mall.portal.PortalIntegrationTest;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import com.perflab.mall.common.sql.SqlStatementMonitor;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog contract mall-cart codes against, on the seed catalog. */
@PortalIntegrationTest
class InternalCatalogTest {

    /** The signed service identity mall-cart sends: the internal API answers to nothing else. */
    private ResultActions asCart(MockHttpServletRequestBuilder request) throws Exception {
        TestIdentity.headers(AuthenticatedUser.service("mall-cart")).forEach(request::header);
        return mvc.perform(request);
    }

    @Test
    void internalApiRefusesCallersWithoutAServiceIdentity() throws Exception {
        mvc.perform(get("/internal/skus").param("ids", "1")).andExpect(status().isUnauthorized());
        MockHttpServletRequestBuilder member = get("/internal/skus").param("ids", "1");
        TestIdentity.headers(AuthenticatedUser.member(1, "test")).forEach(member::header);
        mvc.perform(member).andExpect(status().isForbidden());
    }


    @Autowired
    MockMvc mvc;
    @Autowired
    SqlStatementMonitor statements;

    /** SKU 1: product 1 with an open promotion_type 1 window (399 -> 359); SKU 50 is of unpublished product 17. */
    @Test
    void skusAreSnapshotsOfOnSaleProductsInOneStatement() throws Exception {
        long before = statements.total();
        asCart(get("/internal/skus").param("ids", "1,12,50,999999999"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].skuId", contains(1, 12)))
                .andExpect(jsonPath("$.data[0].productId").value(1))
                .andExpect(jsonPath("$.data[0].price").value(359.00))
                .andExpect(jsonPath("$.data[0].originalPrice").value(399.00))
                .andExpect(jsonPath("$.data[0].productName").value("海澜之家 男士商务休闲夹克 立领春秋外套"))
                .andExpect(jsonPath("$.data[0].productSn").value("PL110001"))
                .andExpect(jsonPath("$.data[0].productCategoryId").value(11))
                .andExpect(jsonPath("$.data[1].price").value(499.00))
                // the snapshot carries what the quote needs too, but the contract stays the 14 fields mall-cart reads
                .andExpect(jsonPath("$.data[0].promotionType").doesNotExist())
                .andExpect(jsonPath("$.data[0].giftPoint").doesNotExist())
                .andExpect(jsonPath("$.data[0].*", hasSize(14)));
        assertThat(statements.total() - before).isEqualTo(1);
    }

    @Test
    void moreThan200IdsOrNoneAre400() throws Exception {
        String ids = IntStream.rangeClosed(1, 201).mapToObj(Integer::toString).collect(Collectors.joining(","));
        asCart(get("/internal/skus").param("ids", ids)).andExpect(status().isBadRequest());
        asCart(get("/internal/skus").param("ids", "")).andExpect(status().isBadRequest());
        asCart(get("/internal/skus").param("ids", "1,x")).andExpect(status().isBadRequest());
    }

    // Products 11, 15 and 7 are in none of the seed's flash-sale slots: the seed's daily campaign puts 20 other
    // products (1 and 5 among them) at their flash price during their slot, so a quote of those depends on the hour.
    @Test
    void quoteAppliesSinglePriceLadderAndFullReduction() throws Exception {
        String body = """
                [{"skuId":31,"quantity":1},{"skuId":44,"quantity":1},{"skuId":45,"quantity":1},
                 {"skuId":20,"quantity":2},{"skuId":999999999,"quantity":1}]""";
        asCart(post("/internal/promotions/quote").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data", hasSize(4)))
                .andExpect(jsonPath("$.data[0].skuId").value(31))
                .andExpect(jsonPath("$.data[0].promotionMessage").value("单品促销"))
                .andExpect(jsonPath("$.data[0].reduceAmount").value(10.00))
                .andExpect(jsonPath("$.data[0].realPrice").value(89.00))
                // two SKUs of product 15 count together for its ladder: 2 units -> 95%
                .andExpect(jsonPath("$.data[1].promotionMessage").value("打9.5折，满2件"))
                .andExpect(jsonPath("$.data[1].realPrice").value(217.55))
                .andExpect(jsonPath("$.data[1].reduceAmount").value(11.45))
                .andExpect(jsonPath("$.data[2].realPrice").value(217.55))
                // 2 x 359 = 718 reaches 400 -> 20 off, 10 per unit
                .andExpect(jsonPath("$.data[3].promotionMessage").value("满400元，减20元"))
                .andExpect(jsonPath("$.data[3].reduceAmount").value(10.00))
                .andExpect(jsonPath("$.data[3].realPrice").value(349.00))
                .andExpect(jsonPath("$.data[3].realStock").isNumber());
    }

    @Test
    void quoteWithoutPromotionAndBelowTheLadderIsNoPromotion() throws Exception {
        asCart(post("/internal/promotions/quote").contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"skuId\":44,\"quantity\":1},{\"skuId\":20,\"quantity\":1}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[0].promotionMessage").value("无优惠"))
                .andExpect(jsonPath("$.data[0].realPrice").value(229.00))
                .andExpect(jsonPath("$.data[1].promotionMessage").value("无优惠"))
                .andExpect(jsonPath("$.data[1].reduceAmount").value(0));
    }

    @Test
    void invalidQuoteLinesAre400() throws Exception {
        for (String body : new String[] {"[]", "[{\"skuId\":1,\"quantity\":0}]", "[{\"skuId\":1,\"quantity\":1000}]",
                "[{\"skuId\":null,\"quantity\":1}]", "{}"}) {
            asCart(post("/internal/promotions/quote").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest());
        }
        String many = IntStream.rangeClosed(1, 201).mapToObj(i -> "{\"skuId\":1,\"quantity\":1}")
                .collect(Collectors.joining(",", "[", "]"));
        asCart(post("/internal/promotions/quote").contentType(MediaType.APPLICATION_JSON).content(many))
                .andExpect(status().isBadRequest());
    }
}
