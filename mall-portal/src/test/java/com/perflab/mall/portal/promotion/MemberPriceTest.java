package com.perflab.mall.portal.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.portal.order.OrderApi;
import com.perflab.mall.portal.order.OrderFixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Member prices (promotion_type 2, pms_member_price) on the real database: the member's level decides the price,
 * the cart's quote and the order agree, and nobody else gets it.
 */
@PortalIntegrationTest
class MemberPriceTest {

    /** Seed levels: 黄金会员 has the member-price privilege, 白金会员 too, 普通会员 not. */
    static final long ORDINARY = 1;
    static final long GOLD = 2;
    static final long PLATINUM = 3;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    OrderFixtures fx;
    OrderApi api;
    long sku;

    @BeforeEach
    void memberPriceProduct() {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
        sku = fx.sku(20, "100.00");
        fx.memberPrice(sku, GOLD, "88.00");
    }

    @AfterEach
    void removeTestRows() {
        fx.close();
    }

    /** The quote mall-cart asks for, for MEMBER's cart (null: no member named). */
    OrderApi.Reply quote(Long member) throws Exception {
        MockHttpServletRequestBuilder request = post("/internal/promotions/quote").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"skuId\":" + sku + ",\"quantity\":2}]");
        if (member != null) {
            request.param("memberId", Long.toString(member));
        }
        TestIdentity.headers(AuthenticatedUser.service("mall-cart")).forEach(request::header);
        return api.call(request);
    }

    @Test
    void aMemberOfTheLevelPaysItsPriceInTheCartAndTheOrder() throws Exception {
        long gold = fx.member(0);
        fx.memberLevel(gold, GOLD);
        OrderApi.Reply quoted = quote(gold);
        assertThat(quoted.status()).as(quoted.body()).isEqualTo(200);
        assertThat((String) quoted.read("$.data[0].promotionMessage")).isEqualTo("会员价");
        assertThat(new BigDecimal(quoted.read("$.data[0].realPrice").toString())).isEqualByComparingTo("88.00");
        assertThat(new BigDecimal(quoted.read("$.data[0].reduceAmount").toString())).isEqualByComparingTo("12.00");

        OrderApi.Reply order = api.generate(gold, fx.address(gold), null, null, List.of(fx.cartItem(gold, sku, 2)));
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        Map<String, Object> item = jdbc.queryForMap("SELECT promotion_name, real_amount, promotion_amount FROM oms_order_item"
                + " WHERE order_id = ?", order.orderId());
        assertThat(item.get("promotion_name")).isEqualTo("会员价");
        assertThat((BigDecimal) item.get("real_amount")).isEqualByComparingTo("88.00");
        assertThat((BigDecimal) item.get("promotion_amount")).isEqualByComparingTo("12.00");
        assertThat(jdbc.queryForObject("SELECT total_amount - promotion_amount FROM oms_order WHERE id = ?",
                BigDecimal.class, order.orderId())).isEqualByComparingTo("176.00");
    }

    @Test
    void anotherLevelAnAnonymousQuoteAndAHigherMemberPricePayTheSkuPrice() throws Exception {
        long platinum = fx.member(0);
        fx.memberLevel(platinum, PLATINUM);
        OrderApi.Reply other = quote(platinum);
        assertThat((String) other.read("$.data[0].promotionMessage")).isEqualTo("无优惠");
        assertThat(new BigDecimal(other.read("$.data[0].realPrice").toString())).isEqualByComparingTo("100.00");

        OrderApi.Reply nobody = quote(null);
        assertThat((String) nobody.read("$.data[0].promotionMessage")).isEqualTo("无优惠");
        assertThat(new BigDecimal(nobody.read("$.data[0].realPrice").toString())).isEqualByComparingTo("100.00");

        // a level price above the SKU's own price never raises it
        fx.memberPrice(sku, PLATINUM, "120.00");
        OrderApi.Reply higher = quote(platinum);
        assertThat((String) higher.read("$.data[0].promotionMessage")).isEqualTo("无优惠");
        assertThat(new BigDecimal(higher.read("$.data[0].realPrice").toString())).isEqualByComparingTo("100.00");
    }

    @Test
    void aLevelWithoutTheMemberPricePrivilegePaysTheSkuPrice() throws Exception {
        long ordinary = fx.member(0);
        fx.memberLevel(ordinary, ORDINARY);
        fx.memberPrice(sku, ORDINARY, "80.00");
        OrderApi.Reply quoted = quote(ordinary);
        assertThat((String) quoted.read("$.data[0].promotionMessage")).isEqualTo("无优惠");
        assertThat(new BigDecimal(quoted.read("$.data[0].realPrice").toString())).isEqualByComparingTo("100.00");
    }

    @Test
    void aMemberIdThatIsNoPositiveNumberIs400() throws Exception {
        MockHttpServletRequestBuilder request = post("/internal/promotions/quote").contentType(MediaType.APPLICATION_JSON)
                .content("[{\"skuId\":" + sku + ",\"quantity\":1}]").param("memberId", "-3");
        TestIdentity.headers(AuthenticatedUser.service("mall-cart")).forEach(request::header);
        OrderApi.Reply reply = api.call(request);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    }
}
