package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.perflab.mall.portal.PortalIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without the cancel-delay override, a new order takes its timeouts from oms_order_setting as it is now: the
 * cancel message goes to the TTL queue of the current normal_order_overtime (declared on first use), and the
 * order's auto_confirm_day is the current confirm_overtime. oms_order_setting is shared by every test using
 * mall_test, so the row is changed only around placing the one order and restored in a finally block.
 */
@PortalIntegrationTest
class OrderSettingTimeoutTest {

    @DynamicPropertySource
    static void noOverride(DynamicPropertyRegistry registry) {
        // empty = unset: the setting decides
        registry.add("mall.portal.order.cancel-delay", () -> "");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrderTimeouts timeouts;
    @Autowired
    CancelQueueNames names;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqp;

    @Test
    void aNewOrderIsCancelledAfterTheTimeoutSetNow() throws Exception {
        placeUnderANewSetting(true);
    }

    /**
     * What the back office does: it changes the row and nothing else (no call into the portal). The next order
     * placed after the portal's in-memory copy aged out ({@value OrderTimeouts#REUSE_SECONDS} s) gets the new
     * timeout, without a restart.
     */
    @Test
    void aSettingChangedInTheDatabaseReachesTheNextOrderWithinSecondsWithoutARestart() throws Exception {
        placeUnderANewSetting(false);
    }

    private void placeUnderANewSetting(boolean forget) throws Exception {
        // an unusual value, so the queue is this test's own
        int minutes = 5000 + ThreadLocalRandom.current().nextInt(4000);
        int confirmDays = 20 + ThreadLocalRandom.current().nextInt(40);
        String queue = names.ttlQueue(Duration.ofMinutes(minutes));
        try (OrderFixtures fx = new OrderFixtures(jdbc)) {
            OrderApi api = new OrderApi(mvc);
            long sku = fx.sku(10, "20.00");
            long member = fx.member(0);
            long address = fx.address(member);
            long cart = fx.cartItem(member, sku, 1);

            Map<String, Object> original = jdbc.queryForMap("SELECT id, normal_order_overtime, confirm_overtime"
                    + " FROM oms_order_setting ORDER BY id LIMIT 1");
            long orderId;
            // a copy of the old value is in memory, as in a running portal
            assertThat(timeouts.current().cancelDelay()).isNotEqualTo(Duration.ofMinutes(minutes));
            try {
                jdbc.update("UPDATE oms_order_setting SET normal_order_overtime = ?, confirm_overtime = ? WHERE id = ?",
                        minutes, confirmDays, original.get("id"));
                assertThat(timeouts.current().cancelDelay()).as("the copy is kept for a few seconds")
                        .isNotEqualTo(Duration.ofMinutes(minutes));
                if (forget) {
                    timeouts.forget();
                } else {
                    Thread.sleep(OrderTimeouts.REUSE_SECONDS * 1000L + 500);
                }
                orderId = api.generate(member, address, null, null, List.of(cart)).orderId();
            } finally {
                jdbc.update("UPDATE oms_order_setting SET normal_order_overtime = ?, confirm_overtime = ? WHERE id = ?",
                        original.get("normal_order_overtime"), original.get("confirm_overtime"), original.get("id"));
                timeouts.forget();
            }

            try {
                // the sender thread declares the queue just before it publishes, after the order's reply: a
                // receive from a queue not yet declared fails at once (404) instead of waiting
                await().atMost(Duration.ofSeconds(10)).until(() -> amqp.getQueueProperties(queue) != null);
                Message message = rabbit.receive(queue, 10_000);
                assertThat(message).as("cancel message on " + queue).isNotNull();
                assertThat(new String(message.getBody(), StandardCharsets.UTF_8)).isEqualTo(Long.toString(orderId));
                assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo(queue);
            } finally {
                amqp.deleteQueue(queue);
            }
            assertThat(jdbc.queryForObject("SELECT auto_confirm_day FROM oms_order WHERE id = ?", Integer.class, orderId))
                    .isEqualTo(confirmDays);
            // restored: the next order gets the original timeout again
            assertThat(timeouts.current().cancelDelay())
                    .isEqualTo(Duration.ofMinutes(((Number) original.get("normal_order_overtime")).longValue()));
        }
    }
}
