package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.portal.PortalIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The real delay path: TTL queue -> dead letter -> cancel queue -> consumer, with a 2 s timeout and one consumer
 * (as in the slow-consumer exercise; the default is 4, {@link CancelConsumersTest}).
 */
@PortalIntegrationTest
class OrderTimeoutTest {

    @DynamicPropertySource
    static void shortTimeout(DynamicPropertyRegistry registry) {
        registry.add("mall.portal.order.cancel-delay", () -> "2s");
        registry.add("mall.order.cancel.consumers", () -> "1");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CancelQueueNames names;
    @Autowired
    OrderTimeouts timeouts;
    @Autowired
    RabbitListenerEndpointRegistry listeners;
    @Autowired
    @Qualifier("orderCancelQueue")
    Queue cancelQueue;

    @Test
    void theCancelQueueHasTheConfiguredConsumers() {
        CancelConsumersTest.assertConsumers(listeners, cancelQueue, 1);
    }

    @Test
    void anUnpaidOrderIsCancelledByTheConsumerAndItsStockReleased() throws Exception {
        assertThat(names.ttlQueue(timeouts.current().cancelDelay())).endsWith(".cancel.ttl.2000");
        try (OrderFixtures fx = new OrderFixtures(jdbc)) {
            OrderApi api = new OrderApi(mvc);
            long sku = fx.sku(10, "20.00");
            long member = fx.member(1000);
            long coupon = fx.coupon(member);
            long unpaid = api.generate(member, fx.address(member), 6L, 100, List.of(fx.cartItem(member, sku, 3))).orderId();
            long paid = api.generate(member, fx.address(member), null, null, List.of(fx.cartItem(member, sku, 2))).orderId();
            assertThat(api.pay(member, paid).status()).isEqualTo(200);
            assertThat(fx.lockStock(sku)).isEqualTo(3);

            long deadline = System.currentTimeMillis() + 15_000;
            while (fx.orderStatus(unpaid) != Order.CLOSED && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertThat(fx.orderStatus(unpaid)).isEqualTo(Order.CLOSED);
            assertThat(fx.lockStock(sku)).isZero();
            assertThat(fx.stock(sku)).isEqualTo(8);
            assertThat(fx.couponStatus(coupon)).isZero();
            assertThat(fx.integration(member)).isEqualTo(1000);
            Thread.sleep(1000);
            assertThat(fx.orderStatus(paid)).as("the paid order's message is ignored").isEqualTo(Order.TO_SHIP);
        }
    }
}
