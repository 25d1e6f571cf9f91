package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.portal.PortalIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sweeper of overdue unpaid orders on the real database and RabbitMQ. The portal reaches RabbitMQ through a
 * {@link FaultProxy}, so orders can be placed while the broker is down (their cancel message is never sent).
 * Orders live 1 minute, the sweeper gives the message 1 s more and runs every 2 s; tests make orders overdue by
 * moving their create_time back.
 */
@PortalIntegrationTest
class OverdueOrderSweeperTest {

    static final FaultProxy RABBIT = FaultProxy.to("127.0.0.1", 5672);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.port", RABBIT::port);
        registry.add("mall.portal.order.cancel-delay", () -> "1m");
        registry.add("mall.portal.order.sweep.interval", () -> "2s");
        registry.add("mall.portal.order.sweep.grace", () -> "1s");
        registry.add("mall.portal.order.sweep.batch-size", () -> "3");
    }

    @AfterAll
    static void closeProxy() {
        RABBIT.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OverdueOrderSweeper sweeper;
    @Autowired
    OrderStateService states;
    @Autowired
    MeterRegistry meters;

    OrderFixtures fx;
    OrderApi api;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
    }

    @AfterEach
    void tearDown() {
        RABBIT.mode(FaultProxy.Mode.PASS);
        fx.close();
    }

    @Test
    void anOrderPlacedWhileTheBrokerIsDownIsClosedByTheScheduledSweeperWithEverythingReturnedOnce() throws Exception {
        long sku = fx.sku(10, "50.00");
        long member = fx.member(1000);
        long coupon = fx.coupon(member);
        double sweptBefore = counter("mall.order.sweep.closed");
        double errorsBefore = meters.counter("mall.order.cancel.publish", "result", "error").count();

        RABBIT.mode(FaultProxy.Mode.DOWN);
        OrderApi.Reply placed = api.generate(member, fx.address(member), 6L, 100, List.of(fx.cartItem(member, sku, 3)));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        long orderId = placed.orderId();
        // the sender thread publishes after the reply
        long sent = System.currentTimeMillis() + 20_000;
        while (meters.counter("mall.order.cancel.publish", "result", "error").count() <= errorsBefore
                && System.currentTimeMillis() < sent) {
            Thread.sleep(100);
        }
        assertThat(meters.counter("mall.order.cancel.publish", "result", "error").count())
                .as("the cancel message could not be sent").isGreaterThan(errorsBefore);
        assertThat(fx.lockStock(sku)).isEqualTo(3);
        assertThat(fx.couponStatus(coupon)).isEqualTo(1);
        assertThat(fx.integration(member)).isEqualTo(900);
        RABBIT.mode(FaultProxy.Mode.PASS);
        overdue(List.of(orderId));

        long deadline = System.currentTimeMillis() + 20_000;
        while (fx.orderStatus(orderId) != Order.CLOSED && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(fx.orderStatus(orderId)).as("closed by the sweeper").isEqualTo(Order.CLOSED);
        assertThat(counter("mall.order.sweep.closed")).isGreaterThan(sweptBefore);
        Thread.sleep(4500); // more runs of the sweeper: nothing is returned twice
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.stock(sku)).isEqualTo(10);
        assertThat(fx.couponStatus(coupon)).isZero();
        assertThat(fx.integration(member)).isEqualTo(1000);
        assertThat(fx.histories(orderId, Order.CLOSED)).isEqualTo(1);
    }

    @Test
    void sweepersConsumerAndMemberRacingCloseEachOrderExactlyOnce() throws Exception {
        long sku = fx.sku(100, "50.00");
        List<long[]> orders = new ArrayList<>(); // {member, orderId, couponHistoryId}
        for (int i = 0; i < 6; i++) {
            long member = fx.member(1000);
            long coupon = fx.coupon(member);
            OrderApi.Reply placed = api.generate(member, fx.address(member), 6L, 100,
                    List.of(fx.cartItem(member, sku, 2)));
            assertThat(placed.status()).as(placed.body()).isEqualTo(200);
            orders.add(new long[] {member, placed.orderId(), coupon});
        }
        assertThat(fx.lockStock(sku)).isEqualTo(12);
        overdue(orders.stream().map(o -> o[1]).toList());

        List<Callable<Object>> racers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racers.add(sweeper::sweep); // three portal instances
        }
        for (long[] o : orders) {
            racers.add(() -> states.cancelExpired(o[1])); // the cancel message, late
            racers.add(() -> api.cancel(o[0], o[1]).status()); // the member
        }
        List<Object> results = Concurrently.run(racers);
        for (Object r : results.subList(3, results.size())) {
            if (r instanceof Integer status) {
                assertThat(status).as("a member's cancel of a cancelled order is fine").isEqualTo(200);
            }
        }
        for (long[] o : orders) {
            assertThat(fx.orderStatus(o[1])).isEqualTo(Order.CLOSED);
            assertThat(fx.histories(o[1], Order.CLOSED)).as("closed once").isEqualTo(1);
            assertThat(fx.couponStatus(o[2])).isZero();
            assertThat(fx.integration(o[0])).as("points back once").isEqualTo(1000);
        }
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.stock(sku)).isEqualTo(100);
    }

    @Test
    void oneRunPagesThroughMoreThanABatchAndStepsOverAnOrderThatCannotClose() throws Exception {
        long sku = fx.sku(100, "10.00");
        long broken = fx.sku(100, "10.00");
        List<Long> ids = new ArrayList<>();
        long brokenOrder = 0;
        for (int i = 0; i < 8; i++) {
            long member = fx.member(0);
            long orderId = api.generate(member, fx.address(member), null, null,
                    List.of(fx.cartItem(member, i == 3 ? broken : sku, 1))).orderId();
            if (i == 3) {
                brokenOrder = orderId;
            } else {
                ids.add(orderId);
            }
        }
        // an inconsistent row (someone cleared the lock by hand): its close fails and rolls back
        jdbc.update("UPDATE pms_sku_stock SET lock_stock = 0 WHERE id = ?", broken);
        List<Long> all = new ArrayList<>(ids);
        all.add(brokenOrder);
        overdue(all);
        double failedBefore = counter("mall.order.sweep.failed");

        sweeper.sweep(); // batches of 3: the 7 that close lie in three of them, beyond the one that fails
        for (long id : ids) {
            assertThat(fx.orderStatus(id)).isEqualTo(Order.CLOSED);
        }
        assertThat(fx.orderStatus(brokenOrder)).isEqualTo(Order.UNPAID);
        assertThat(counter("mall.order.sweep.failed")).isGreaterThan(failedBefore);
        assertThat(fx.lockStock(sku)).isZero();
    }

    @Test
    void anOrderWithinItsTimeoutIsLeftAlone() throws Exception {
        long sku = fx.sku(10, "10.00");
        long member = fx.member(0);
        long orderId = api.generate(member, fx.address(member), null, null, List.of(fx.cartItem(member, sku, 1)))
                .orderId();
        // placed 30 s ago by the database's clock: younger than timeout + grace (61 s)
        jdbc.update("UPDATE oms_order SET create_time = NOW() - INTERVAL 30 SECOND WHERE id = ?", orderId);
        sweeper.sweep();
        assertThat(fx.orderStatus(orderId)).isEqualTo(Order.UNPAID);
        assertThat(fx.lockStock(sku)).isEqualTo(1);
    }

    /** Moves the orders' creation a day back, so they are overdue. */
    private void overdue(List<Long> orderIds) {
        for (long id : orderIds) {
            jdbc.update("UPDATE oms_order SET create_time = NOW() - INTERVAL 1 DAY WHERE id = ?", id);
        }
    }

    private double counter(String name) {
        return meters.find(name).counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
