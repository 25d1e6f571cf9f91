package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.portal.PortalIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Races with real threads on the real database and RabbitMQ. */
@PortalIntegrationTest
class OrderConcurrencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    CancelQueueNames names;
    @Autowired
    MeterRegistry meters;

    OrderFixtures fx;
    OrderApi api;

    @AfterEach
    void removeTestRows() {
        fx.close();
    }

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
    }

    @Test
    void twoHundredBuyersOnTenUnitsMakeExactlyTenOrders() throws Exception {
        long sku = fx.sku(10, "20.00");
        List<long[]> buyers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long member = fx.member(0);
            buyers.add(new long[] {member, fx.address(member), fx.cartItem(member, sku, 1)});
        }
        List<Integer> statuses = Concurrently.run(200, i -> () -> {
            long[] b = buyers.get(i);
            return api.generate(b[0], b[1], null, null, List.of(b[2])).status();
        });
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(10);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(190);
        assertThat(fx.lockStock(sku)).isEqualTo(10);
        assertThat(fx.stock(sku)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order_item WHERE product_sku_id = ?",
                Integer.class, sku)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_cart_item WHERE product_sku_id = ?"
                + " AND delete_status = 1", Integer.class, sku)).isEqualTo(10);
    }

    @Test
    void twentyConcurrentPaymentsMakeOneTransition() throws Exception {
        long sku = fx.sku(30, "20.00");
        long member = fx.member(0);
        long orderId = api.generate(member, fx.address(member), null, null,
                List.of(fx.cartItem(member, sku, 3))).orderId();
        List<Integer> statuses = Concurrently.run(20, i -> () -> api.pay(member, orderId).status());
        assertThat(statuses).containsOnly(200);
        assertThat(fx.stock(sku)).isEqualTo(27);
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.sale(sku)).isEqualTo(3);
        assertThat(fx.histories(orderId, Order.TO_SHIP)).isEqualTo(1);
        assertThat(fx.orderStatus(orderId)).isEqualTo(Order.TO_SHIP);
    }

    @Test
    void aCancelMessageDeliveredTwiceReleasesStockOnce() throws Exception {
        long sku = fx.sku(10, "20.00");
        long member = fx.member(0);
        long orderId = api.generate(member, fx.address(member), null, null,
                List.of(fx.cartItem(member, sku, 4))).orderId();
        double before = processed();
        // straight into the cancel queue, as if the TTL had run out twice (a redelivery)
        rabbit.convertAndSend(names.exchange(), names.cancelQueue(), Long.toString(orderId));
        rabbit.convertAndSend(names.exchange(), names.cancelQueue(), Long.toString(orderId));
        long deadline = System.currentTimeMillis() + 15_000;
        while (processed() < before + 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(processed()).isGreaterThanOrEqualTo(before + 2);
        assertThat(fx.orderStatus(orderId)).isEqualTo(Order.CLOSED);
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.stock(sku)).isEqualTo(10);
        assertThat(fx.histories(orderId, Order.CLOSED)).isEqualTo(1);
    }

    @Test
    void payAndCancelRacingLeaveOneOutcome() throws Exception {
        long sku = fx.sku(10, "20.00");
        long member = fx.member(0);
        long orderId = api.generate(member, fx.address(member), null, null,
                List.of(fx.cartItem(member, sku, 2))).orderId();
        Concurrently.run(20, i -> () -> (i % 2 == 0 ? api.pay(member, orderId) : api.cancel(member, orderId)).status());
        int status = fx.orderStatus(orderId);
        assertThat(status).isIn(Order.TO_SHIP, Order.CLOSED);
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.stock(sku)).isEqualTo(status == Order.TO_SHIP ? 8 : 10);
    }

    private double processed() {
        return meters.find("mall.order.cancel.messages").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
