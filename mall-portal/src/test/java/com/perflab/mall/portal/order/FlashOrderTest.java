package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.portal.PortalIntegrationTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Flash-sale orders on the real database, with real threads: the flash price is charged, the offer's units and
 * each member's limit hold when buyers race, and closing an order gives both back.
 */
@PortalIntegrationTest
class FlashOrderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    OrderFixtures fx;
    OrderApi api;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
    }

    @AfterEach
    void removeTestRows() {
        fx.close();
    }

    @Test
    void aProductOfTheRunningSlotIsBoughtAtItsFlashPriceInTheConfirmAndTheOrder() throws Exception {
        long sku = fx.sku(50, "199.00");
        long offer = fx.flashOffer(sku, "159.00", 10, 2);
        long member = fx.member(0);
        long cart = fx.cartItem(member, sku, 2);

        OrderApi.Reply confirm = api.confirm(member, List.of(cart));
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        assertThat((String) confirm.read("$.data.cartPromotionItemList[0].promotionMessage")).isEqualTo("秒杀价");
        assertThat(new BigDecimal(confirm.read("$.data.calcAmount.payAmount").toString())).isEqualByComparingTo("318.00");

        OrderApi.Reply order = api.generate(member, fx.address(member), null, null, List.of(cart));
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        Map<String, Object> item = jdbc.queryForMap("SELECT promotion_name, real_amount, flash_relation_id"
                + " FROM oms_order_item WHERE order_id = ?", order.orderId());
        assertThat(item.get("promotion_name")).isEqualTo("秒杀价");
        assertThat((BigDecimal) item.get("real_amount")).isEqualByComparingTo("159.00");
        assertThat(((Number) item.get("flash_relation_id")).longValue()).isEqualTo(offer);
        assertThat(jdbc.queryForMap("SELECT pay_amount, order_type FROM oms_order WHERE id = ?", order.orderId()))
                .satisfies(o -> assertThat((BigDecimal) o.get("pay_amount")).isEqualByComparingTo("318.00"))
                .containsEntry("order_type", 1);
        assertThat(fx.flashUnitsLeft(offer)).isEqualTo(8);
        assertThat(fx.flashQuota(offer, member)).isEqualTo(2);
        assertThat(fx.lockStock(sku)).isEqualTo(2);
    }

    @Test
    void moreThanTheMemberLimitIs409AndWritesNothing() throws Exception {
        long sku = fx.sku(50, "199.00");
        long offer = fx.flashOffer(sku, "159.00", 10, 2);
        long member = fx.member(0);
        long address = fx.address(member);
        long cart = fx.cartItem(member, sku, 3);
        OrderApi.Reply order = api.generate(member, address, null, null, List.of(cart));
        assertThat(order.status()).as(order.body()).isEqualTo(409);
        assertThat((String) order.read("$.message")).contains("限购");
        assertThat(fx.ordersOf(member)).isZero();
        assertThat(fx.flashUnitsLeft(offer)).isEqualTo(10);
        assertThat(fx.flashQuota(offer, member)).isZero();
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.cartDeleteStatus(cart)).isZero();
    }

    @Test
    void fortyBuyersOnFiveFlashUnitsMakeExactlyFiveOrders() throws Exception {
        long sku = fx.sku(100, "199.00");
        long offer = fx.flashOffer(sku, "99.00", 5, 1);
        List<long[]> buyers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long member = fx.member(0);
            buyers.add(new long[] {member, fx.address(member), fx.cartItem(member, sku, 1)});
        }
        List<Integer> statuses = Concurrently.run(40, i -> () -> {
            long[] b = buyers.get(i);
            return api.generate(b[0], b[1], null, null, List.of(b[2])).status();
        });
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(35);
        assertThat(fx.flashUnitsLeft(offer)).isZero();
        assertThat(fx.lockStock(sku)).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(product_quantity), 0) FROM oms_order_item"
                + " WHERE flash_relation_id = ?", Integer.class, offer)).isEqualTo(5);
    }

    @Test
    void oneMemberRacingTenOrdersGetsOnlyTheLimit() throws Exception {
        long sku = fx.sku(100, "199.00");
        long offer = fx.flashOffer(sku, "99.00", 50, 2);
        long member = fx.member(0);
        long address = fx.address(member);
        List<Long> carts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            carts.add(fx.cartItem(member, sku, 1));
        }
        List<Integer> statuses = Concurrently.run(10,
                i -> () -> api.generate(member, address, null, null, List.of(carts.get(i))).status());
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(2);
        assertThat(statuses).containsOnly(200, 409);
        assertThat(fx.ordersOf(member)).isEqualTo(2);
        assertThat(fx.flashQuota(offer, member)).isEqualTo(2);
        assertThat(fx.flashUnitsLeft(offer)).isEqualTo(48);
    }

    @Test
    void cancellingGivesTheUnitsBackToTheOfferAndTheMembersLimitOnce() throws Exception {
        long sku = fx.sku(50, "199.00");
        long offer = fx.flashOffer(sku, "159.00", 3, 1);
        long member = fx.member(0);
        long address = fx.address(member);
        long first = api.generate(member, address, null, null, List.of(fx.cartItem(member, sku, 1))).orderId();
        assertThat(fx.flashUnitsLeft(offer)).isEqualTo(2);
        assertThat(api.generate(member, address, null, null, List.of(fx.cartItem(member, sku, 1))).status())
                .as("the limit of one is used").isEqualTo(409);

        List<Integer> cancels = Concurrently.run(6, i -> () -> api.cancel(member, first).status());
        assertThat(cancels).contains(200);
        assertThat(fx.flashUnitsLeft(offer)).isEqualTo(3);
        assertThat(fx.flashQuota(offer, member)).isZero();
        assertThat(fx.lockStock(sku)).isZero();

        OrderApi.Reply again = api.generate(member, address, null, null, List.of(fx.cartItem(member, sku, 1)));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(fx.flashUnitsLeft(offer)).isEqualTo(2);
    }

    @Test
    void withoutARunningSlotTheProductSellsAtItsOwnPrice() throws Exception {
        long sku = fx.sku(50, "199.00");
        long offer = fx.flashOffer(sku, "159.00", 10, 1);
        jdbc.update("UPDATE sms_flash_promotion_session SET status = 0 WHERE id ="
                + " (SELECT flash_promotion_session_id FROM sms_flash_promotion_product_relation WHERE id = ?)", offer);
        long member = fx.member(0);
        OrderApi.Reply order = api.generate(member, fx.address(member), null, null, List.of(fx.cartItem(member, sku, 2)));
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT real_amount FROM oms_order_item WHERE order_id = ?", BigDecimal.class,
                order.orderId())).isEqualByComparingTo("199.00");
        assertThat(fx.flashUnitsLeft(offer)).isEqualTo(10);
    }
}
