package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.common.test.Deadlocks;
import com.perflab.mall.common.test.TestIdentity;
import com.perflab.mall.portal.PortalIntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * The back office's order transitions on the portal's internal API, as mall-admin calls them: the same close as
 * the member's cancel and the timeout, so whoever wins a race gives back stock, coupon and points exactly once.
 */
@PortalIntegrationTest
class InternalOrderTest {

    private static final AuthenticatedUser ADMIN_SERVICE = AuthenticatedUser.service("mall-admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    MeterRegistry meters;
    @Autowired
    OrderStateService states;

    OrderFixtures fx;
    OrderApi api;
    long member;
    long address;
    long sku;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
        member = fx.member(1000);
        address = fx.address(member);
        sku = fx.sku(100, "20.00");
    }

    @AfterEach
    void removeTestRows() {
        fx.close();
    }

    @Test
    void onlyASignedServiceIdentityMayCallIt() throws Exception {
        long order = unpaidOrder(1, null, null);
        String body = change(List.of(order), null, "admin");
        assertThat(call("/internal/order/close", body, null).status()).isEqualTo(401);
        assertThat(call("/internal/order/close", body, AuthenticatedUser.member(member, "buyer")).status())
                .isEqualTo(403);
        assertThat(call("/internal/order/close", body, AuthenticatedUser.admin(1, "admin", List.of("超级管理员")))
                .status()).isEqualTo(403);
        assertThat(call("/internal/order/delete", body, null).status()).isEqualTo(401);
        assertThat(fx.orderStatus(order)).isEqualTo(Order.UNPAID);
        assertThat(fx.lockStock(sku)).isEqualTo(1);
    }

    @Test
    void closeIsAllOrNothingAndGivesBackStockCouponAndPointsOnce() throws Exception {
        long coupon = fx.coupon(member);
        long order = unpaidOrder(3, coupon, 200);
        long paid = unpaidOrder(1, null, null);
        assertThat(api.pay(member, paid).status()).isEqualTo(200);
        assertThat(fx.lockStock(sku)).isEqualTo(3);
        assertThat(fx.integration(member)).isEqualTo(800);
        double closedByAdmin = cancelled("admin");

        OrderApi.Reply refused = close(List.of(paid, order), "缺货");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>read("$.message")).contains(Long.toString(paid)).contains("待发货");
        assertThat(fx.orderStatus(order)).as("all or nothing").isEqualTo(Order.UNPAID);
        assertThat(fx.lockStock(sku)).isEqualTo(3);
        assertThat(fx.couponStatus(coupon)).isEqualTo(1);

        assertThat(close(List.of(order), " 缺货 ").status()).isEqualTo(200);
        assertThat(fx.orderStatus(order)).isEqualTo(Order.CLOSED);
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.stock(sku)).isEqualTo(99);
        assertThat(fx.couponStatus(coupon)).isZero();
        assertThat(fx.integration(member)).isEqualTo(1000);
        assertThat(jdbc.queryForMap("SELECT operate_man, note FROM oms_order_operate_history WHERE order_id = ?"
                + " AND order_status = 4", order)).containsEntry("operate_man", "admin").containsEntry("note",
                "后台关闭订单：缺货");

        // closed already: refused, nothing given back twice
        OrderApi.Reply again = close(List.of(order), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.<String>read("$.message")).contains(Long.toString(order)).contains("已关闭");
        assertThat(fx.integration(member)).isEqualTo(1000);
        assertThat(fx.histories(order, Order.CLOSED)).isEqualTo(1);
        assertThat(cancelled("admin")).as("counted once, as admin").isEqualTo(closedByAdmin + 1);
    }

    @Test
    void badBatchesAreRefusedBeforeAnythingChanges() throws Exception {
        long order = unpaidOrder(1, null, null);
        OrderApi.Reply repeated = close(List.of(order, order), null);
        assertThat(repeated.status()).isEqualTo(400);
        assertThat(repeated.<String>read("$.message")).contains(Long.toString(order));
        OrderApi.Reply missing = close(List.of(order, Long.MAX_VALUE), null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.<String>read("$.message")).contains(Long.toString(Long.MAX_VALUE));
        assertThat(fx.orderStatus(order)).isEqualTo(Order.UNPAID);

        assertThat(close(List.of(), null).status()).isEqualTo(400);
        assertThat(close(LongStream.rangeClosed(1, 101).boxed().toList(), null).status()).isEqualTo(400);
        assertThat(close(List.of(-1L), null).status()).isEqualTo(400);
        assertThat(call("/internal/order/close", change(List.of(order), null, " "), ADMIN_SERVICE).status())
                .as("the operator is required").isEqualTo(400);
        assertThat(close(List.of(order), "x".repeat(401)).status()).isEqualTo(400);
        assertThat(fx.orderStatus(order)).isEqualTo(Order.UNPAID);
        assertThat(fx.lockStock(sku)).isEqualTo(1);
    }

    @Test
    void deleteIsTheMembersRuleForAnyMemberAllOrNothingWithHistory() throws Exception {
        long done = unpaidOrder(1, null, null);
        long closed = unpaidOrder(1, null, null);
        long toShip = unpaidOrder(1, null, null);
        fx.setStatus(done, Order.DONE);
        fx.setStatus(closed, Order.CLOSED);
        fx.setStatus(toShip, Order.TO_SHIP);

        OrderApi.Reply refused = delete(List.of(done, toShip));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.<String>read("$.message")).contains(Long.toString(toShip));
        assertThat(deleteStatus(done)).isZero();

        assertThat(delete(List.of(closed, done)).status()).isEqualTo(200);
        assertThat(deleteStatus(done)).isEqualTo(1);
        assertThat(deleteStatus(closed)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT note FROM oms_order_operate_history WHERE order_id = ?"
                + " AND operate_man = 'admin'", String.class, done)).isEqualTo("后台删除订单");
        assertThat(api.detail(member, done).status()).as("gone for the member too").isEqualTo(404);
        assertThat(delete(List.of(done)).status()).isEqualTo(404);
    }

    /**
     * The member's cancel, the timeout and the back office's close (and in some rounds the member's payment) of
     * one order at once: exactly one wins, and stock, coupon and points go back (or are sold) exactly once.
     */
    @Test
    void cancelTimeoutAndBackOfficeCloseRacingGiveBackExactlyOnce() throws Exception {
        for (int round = 0; round < 8; round++) {
            long coupon = fx.coupon(member);
            long order = unpaidOrder(2, coupon, 100);
            int stockBefore = fx.stock(sku);
            // the order may have taken an unused history row of an earlier round rather than this one
            int couponsInUse = usedCoupons();
            double cancelsBefore = cancelled("user") + cancelled("timeout") + cancelled("admin");

            List<Callable<Boolean>> racers = new ArrayList<>(List.of(
                    () -> api.cancel(member, order).status() == 200 && fx.histories(order, Order.CLOSED) == 1
                            && closedBy(order).equals("buyer" + member),
                    () -> states.cancelExpired(order),
                    () -> close(List.of(order), "竞争").status() == 200));
            boolean withPay = round % 2 == 1;
            if (withPay) {
                racers.add(() -> api.pay(member, order).status() == 200 && fx.orderStatus(order) == Order.TO_SHIP);
            }
            List<Boolean> won = Concurrently.run(racers);

            assertThat(fx.histories(order, Order.CLOSED) + fx.histories(order, Order.TO_SHIP))
                    .as("one transition in round " + round + ": " + won).isEqualTo(1);
            assertThat(fx.lockStock(sku)).isZero();
            if (fx.orderStatus(order) == Order.TO_SHIP) {
                assertThat(withPay).isTrue();
                assertThat(fx.stock(sku)).isEqualTo(stockBefore - 2);
                assertThat(usedCoupons()).isEqualTo(couponsInUse);
                assertThat(fx.integration(member)).isEqualTo(900);
                jdbc.update("UPDATE ums_member SET integration = 1000 WHERE id = ?", member);
            } else {
                assertThat(fx.orderStatus(order)).isEqualTo(Order.CLOSED);
                assertThat(fx.stock(sku)).isEqualTo(stockBefore);
                assertThat(usedCoupons()).isEqualTo(couponsInUse - 1);
                assertThat(fx.integration(member)).isEqualTo(1000);
                assertThat(cancelled("user") + cancelled("timeout") + cancelled("admin"))
                        .as("one cancel counted").isEqualTo(cancelsBefore + 1);
                // the timeout's and the back office's wins show in the history's operator
                assertThat(won.get(1)).isEqualTo(closedBy(order).equals(OrderStateService.SYSTEM));
                assertThat(won.get(2)).isEqualTo(closedBy(order).equals("admin"));
            }
        }
    }

    /** @LockRetry's advisor sits in front of the transaction's: each attempt is a transaction of its own. */
    @Test
    void theLockRetryWrapsTheTransaction() {
        var advisors = ((Advised) states).getAdvisors();
        assertThat(advisors[0].getAdvice().getClass().getName()).contains("Retry");
        assertThat(advisors[advisors.length - 1].getAdvice()).isInstanceOf(TransactionInterceptor.class);
    }

    /**
     * A real deadlock: another transaction (heavier, so InnoDB picks the close as the victim) holds the order's SKU
     * row and then asks for the order row the close has taken. The close's attempt is rolled back and run again,
     * and the admin sees a plain success; stock is given back once.
     */
    @Test
    void aCloseChosenAsDeadlockVictimRunsAgainAndSucceeds() throws Exception {
        long order = unpaidOrder(2, null, null);
        List<Long> ballast = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ballast.add(fx.sku(10, "1.00"));
        }
        double lostBefore = lockRetries("attempt_failed");

        String ballastIds = ballast.stream().map(String::valueOf).collect(Collectors.joining(","));
        OrderApi.Reply reply = Deadlocks.victim(dataSource,
                "UPDATE pms_sku_stock SET sale = sale + 1 WHERE id IN (" + ballastIds + ")",
                "SELECT id FROM pms_sku_stock WHERE id = " + sku + " FOR UPDATE",
                "oms_order", order, () -> close(List.of(order), null));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(lockRetries("attempt_failed")).as("the first attempt lost the deadlock").isEqualTo(lostBefore + 1);
        assertThat(fx.orderStatus(order)).isEqualTo(Order.CLOSED);
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.histories(order, Order.CLOSED)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT MAX(sale) FROM pms_sku_stock WHERE id IN (" + ballastIds + ")",
                Integer.class)).isZero();
    }

    /** An unpaid order of the test member; with {@code coupon} (a history row of seed coupon 6) it uses that coupon. */
    private long unpaidOrder(int quantity, Long coupon, Integer points) throws Exception {
        OrderApi.Reply reply = api.generate(member, address, coupon == null ? null : 6L, points,
                List.of(fx.cartItem(member, sku, quantity)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.orderId();
    }

    private int usedCoupons() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sms_coupon_history WHERE member_id = ? AND use_status = 1",
                Integer.class, member);
    }

    private String closedBy(long order) {
        List<String> who = jdbc.queryForList("SELECT operate_man FROM oms_order_operate_history WHERE order_id = ?"
                + " AND order_status = 4", String.class, order);
        return who.isEmpty() ? "" : who.get(0);
    }

    private int deleteStatus(long order) {
        return jdbc.queryForObject("SELECT delete_status FROM oms_order WHERE id = ?", Integer.class, order);
    }

    private double cancelled(String reason) {
        Counter counter = meters.find("mall.orders.cancelled").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private double lockRetries(String outcome) {
        Counter counter = meters.find("mall.lock.retries").tag("method", "OrderStateService.closeByAdmin")
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private OrderApi.Reply close(List<Long> ids, String note) throws Exception {
        return call("/internal/order/close", change(ids, note, "admin"), ADMIN_SERVICE);
    }

    private OrderApi.Reply delete(List<Long> ids) throws Exception {
        return call("/internal/order/delete", change(ids, null, "admin"), ADMIN_SERVICE);
    }

    private OrderApi.Reply call(String path, String body, AuthenticatedUser caller) throws Exception {
        MockHttpServletRequestBuilder request = post(path).contentType(MediaType.APPLICATION_JSON).content(body);
        if (caller != null) {
            TestIdentity.headers(caller).forEach(request::header);
        }
        return api.call(request);
    }

    private static String change(List<Long> ids, String note, String operator) {
        return "{\"ids\":" + ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"))
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + ",\"operator\":\"" + operator + "\"}";
    }
}
