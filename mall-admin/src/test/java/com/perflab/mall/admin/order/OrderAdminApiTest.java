package com.perflab.mall.admin.order;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.common.test.Deadlocks;
import com.perflab.mall.admin.support.ShopFixtures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Orders in the back office, on orders the test writes itself in mall_test. Close and delete are the portal's
 * (PortalOrdersTest here, InternalOrderTest in mall-portal).
 */
@AdminApiTest
class OrderAdminApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;
    @Autowired
    DataSource dataSource;
    @Autowired
    OrderService service;

    ShopFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ShopFixtures(jdbc);
    }

    @AfterEach
    void cleanUp() {
        fx.close();
    }

    @Test
    void listFiltersAndDetailWithItemsAndHistory() throws Exception {
        long member = fx.member(0);
        long sku = fx.sku(100, "20.00");
        String who = fx.unique("收");
        long unpaid = fx.order(member, sku, 1).receiver(who + "甲", "1391").createdAt("2021-03-04 10:00:00").create();
        long paid = fx.order(member, sku, 2).status(1).receiver(who + "乙", "1392").createdAt("2021-03-05 23:59:59")
                .type(1, 0).create();
        long deleted = fx.order(member, sku, 1).status(4).receiver(who + "丙", "1393").create();
        jdbc.update("UPDATE oms_order SET delete_status = 1 WHERE id = ?", deleted);
        String paidSn = jdbc.queryForObject("SELECT order_sn FROM oms_order WHERE id = ?", String.class, paid);

        mvc.perform(get("/order/list").with(as(SUPER)).param("receiverKeyword", who))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(2))
                .andExpect(jsonPath("$.data.list[*].id", containsInAnyOrder((int) unpaid, (int) paid)));
        mvc.perform(get("/order/list").with(as(SUPER)).param("receiverKeyword", who).param("status", "1"))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(paid));
        mvc.perform(get("/order/list").with(as(SUPER)).param("orderSn", paidSn))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].receiverName").value(who + "乙"));
        mvc.perform(get("/order/list").with(as(SUPER)).param("receiverKeyword", who).param("createTime", "2021-03-05"))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(paid));
        mvc.perform(get("/order/list").with(as(SUPER)).param("receiverKeyword", who)
                        .param("createTimeFrom", "2021-03-01").param("createTimeTo", "2021-03-04"))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(unpaid));
        mvc.perform(get("/order/list").with(as(SUPER)).param("receiverKeyword", who).param("orderType", "1")
                        .param("sourceType", "0"))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(paid));
        // the keyword is a prefix, its wildcards literal
        mvc.perform(get("/order/list").with(as(SUPER)).param("receiverKeyword", "%" + who.substring(2)))
                .andExpect(jsonPath("$.data.total").value(0));
        mvc.perform(get("/order/list").with(as(SUPER)).param("receiverKeyword", "1392"))
                .andExpect(jsonPath("$.data.list[*].id", hasItem((int) paid)));

        mvc.perform(get("/order/list").with(as(SUPER)).param("status", "9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("status"));
        mvc.perform(get("/order/list").with(as(SUPER)).param("createTime", "2021-13-45"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/order/list").with(as(SUPER)).param("createTimeFrom", "2021-03-05")
                        .param("createTimeTo", "2021-03-04"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("createTimeTo"));

        jdbc.update("INSERT INTO oms_order_operate_history (order_id, operate_man, order_status, note)"
                + " VALUES (?, 'buyer', 1, '支付成功')", paid);
        mvc.perform(get("/order/" + paid).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").value(paid))
                .andExpect(jsonPath("$.data.orderSn").value(paidSn))
                .andExpect(jsonPath("$.data.orderItemList.length()").value(1))
                .andExpect(jsonPath("$.data.orderItemList[0].productSkuId").value(sku))
                .andExpect(jsonPath("$.data.orderItemList[0].productQuantity").value(2))
                .andExpect(jsonPath("$.data.historyList[0].note").value("支付成功"));
        mvc.perform(get("/order/" + Long.MAX_VALUE).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void deliveryIsAllOrNothingAndWritesHistory() throws Exception {
        long member = fx.member(0);
        long sku = fx.sku(100, "20.00");
        long a = fx.order(member, sku, 1).status(1).create();
        long b = fx.order(member, sku, 1).status(1).create();
        long unpaid = fx.order(member, sku, 1).create();

        mvc.perform(post("/order/update/delivery").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(deliveries(a, b, unpaid)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message", containsString(Long.toString(unpaid))));
        assertThat(fx.orderStatus(a)).isEqualTo(1);
        assertThat(fx.orderStatus(b)).isEqualTo(1);
        assertThat(fx.histories(a) + fx.histories(b)).isZero();

        mvc.perform(post("/order/update/delivery").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"orderId\":" + a + ",\"deliveryCompany\":\"顺丰快递\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field", containsString("deliverySn")));
        mvc.perform(post("/order/update/delivery").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(deliveries(a, Long.MAX_VALUE)))
                .andExpect(status().isNotFound());

        mvc.perform(post("/order/update/delivery").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(deliveries(a, b)))
                .andExpect(status().isOk());
        var row = jdbc.queryForMap("SELECT status, delivery_company, delivery_sn, delivery_time FROM oms_order"
                + " WHERE id = ?", a);
        assertThat(row.get("status")).isEqualTo(2);
        assertThat(row.get("delivery_company")).isEqualTo("顺丰快递");
        assertThat(row.get("delivery_sn")).isEqualTo("SF" + a);
        assertThat(row.get("delivery_time")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT operate_man FROM oms_order_operate_history WHERE order_id = ?"
                + " AND order_status = 2", String.class, b)).isEqualTo("admin");

        // delivered already: a second delivery is refused
        mvc.perform(post("/order/update/delivery").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(deliveries(a)))
                .andExpect(status().isConflict());
        assertThat(fx.histories(a)).isEqualTo(1);
    }

    @Test
    void twoConcurrentDeliveriesOfOneOrderExactlyOneWins() throws Exception {
        long member = fx.member(0);
        long sku = fx.sku(100, "20.00");
        for (int round = 0; round < 5; round++) {
            long order = fx.order(member, sku, 1).status(1).create();
            Callable<Integer> deliver = () -> mvc.perform(post("/order/update/delivery").with(as(SUPER))
                    .contentType(MediaType.APPLICATION_JSON).content(deliveries(order)))
                    .andReturn().getResponse().getStatus();
            List<Integer> results = Concurrently.run(List.of(deliver, deliver));
            assertThat(results).containsExactlyInAnyOrder(200, 409);
            assertThat(fx.histories(order)).isEqualTo(1);
        }
    }

    /** @LockRetry's advisor sits in front of the transaction's: each attempt is a transaction of its own. */
    @Test
    void theLockRetryWrapsTheTransaction() {
        Advisor[] advisors = ((Advised) service).getAdvisors();
        assertThat(advisors[0].getAdvice().getClass().getName()).contains("Retry");
        assertThat(advisors[advisors.length - 1].getAdvice()).isInstanceOf(TransactionInterceptor.class);
    }

    /**
     * A real deadlock: a delivery of two orders takes the first, while another (heavier) transaction holds the
     * second and then asks for the first. InnoDB rolls the delivery back; it runs again and succeeds, and its
     * first attempt left nothing behind (one history row per order).
     */
    @Test
    void aDeliveryChosenAsDeadlockVictimRunsAgainAndSucceeds() throws Exception {
        long member = fx.member(0);
        long sku = fx.sku(100, "20.00");
        long a = fx.order(member, sku, 1).status(1).create();
        long b = fx.order(member, sku, 1).status(1).create();
        List<Long> ballast = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ballast.add(fx.sku(10, "1.00"));
        }
        String ballastIds = ballast.stream().map(String::valueOf).collect(Collectors.joining(","));
        double lostBefore = lostLockRaces();

        int status = Deadlocks.victim(dataSource,
                "UPDATE pms_sku_stock SET sale = sale + 1 WHERE id IN (" + ballastIds + ")",
                "SELECT id FROM oms_order WHERE id = " + b + " FOR UPDATE",
                "oms_order", a, () -> mvc.perform(post("/order/update/delivery").with(as(SUPER))
                        .contentType(MediaType.APPLICATION_JSON).content(deliveries(a, b)))
                        .andReturn().getResponse().getStatus());

        assertThat(status).isEqualTo(200);
        assertThat(lostLockRaces()).as("the first attempt lost the deadlock").isEqualTo(lostBefore + 1);
        assertThat(fx.orderStatus(a)).isEqualTo(2);
        assertThat(fx.orderStatus(b)).isEqualTo(2);
        assertThat(fx.histories(a)).isEqualTo(1);
        assertThat(fx.histories(b)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT MAX(sale) FROM pms_sku_stock WHERE id IN (" + ballastIds + ")",
                Integer.class)).isZero();
    }

    private double lostLockRaces() {
        var counter = meters.find("mall.lock.retries").tag("method", "OrderService.deliver")
                .tag("outcome", "attempt_failed").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void noteReceiverAndMoneyChangesCheckTheSeenStatus() throws Exception {
        long member = fx.member(0);
        long sku = fx.sku(100, "50.00");
        long unpaid = fx.order(member, sku, 2).withCoupon().create();
        long shipped = fx.order(member, sku, 1).status(2).create();

        mvc.perform(post("/order/update/note").with(as(SUPER)).param("id", Long.toString(unpaid))
                        .param("note", "客户要求周末送货").param("status", "0"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT note FROM oms_order WHERE id = ?", String.class, unpaid))
                .isEqualTo("客户要求周末送货");
        mvc.perform(post("/order/update/note").with(as(SUPER)).param("id", Long.toString(unpaid))
                        .param("note", "过时的备注").param("status", "1"))
                .andExpect(status().isConflict());
        mvc.perform(post("/order/update/note").with(as(SUPER)).param("id", Long.toString(unpaid))
                        .param("status", "0"))
                .andExpect(status().isBadRequest());
        assertThat(fx.histories(unpaid)).isEqualTo(1);

        String receiver = "{\"orderId\":%d,\"receiverName\":\"新收货人\",\"receiverPhone\":\"13800000000\","
                + "\"receiverPostCode\":\"518000\",\"receiverProvince\":\"广东省\",\"receiverCity\":\"广州市\","
                + "\"receiverRegion\":\"天河区\",\"receiverDetailAddress\":\"新地址 8 号\",\"status\":%d}";
        mvc.perform(post("/order/update/receiverInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(receiver.formatted(unpaid, 0)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT receiver_city FROM oms_order WHERE id = ?", String.class, unpaid))
                .isEqualTo("广州市");
        mvc.perform(post("/order/update/receiverInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(receiver.formatted(shipped, 2)))
                .andExpect(status().isConflict());
        mvc.perform(post("/order/update/receiverInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(receiver.formatted(shipped, 1)))
                .andExpect(status().isConflict());
        mvc.perform(post("/order/update/receiverInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(receiver.formatted(unpaid, 0).replace("13800000000", "phone!")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("receiverPhone"));
        // form parameters work as well
        mvc.perform(post("/order/update/receiverInfo").with(as(SUPER)).param("orderId", Long.toString(unpaid))
                        .param("receiverName", "表单收货人").param("receiverPhone", "13900000000")
                        .param("receiverProvince", "广东省").param("receiverCity", "珠海市")
                        .param("receiverDetailAddress", "表单路 1 号").param("status", "0"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT receiver_name FROM oms_order WHERE id = ?", String.class, unpaid))
                .isEqualTo("表单收货人");
        assertThat(jdbc.queryForObject("SELECT receiver_name FROM oms_order WHERE id = ?", String.class, shipped))
                .isEqualTo("收货人");

        // total 100, coupon 10: 100 + 12 - 10 - 30 = 72
        mvc.perform(post("/order/update/moneyInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(money(unpaid, "12", "30", 0)))
                .andExpect(status().isOk());
        assertThat(payAmount(unpaid)).isEqualByComparingTo("72");
        mvc.perform(post("/order/update/moneyInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(money(unpaid, "0", "90.01", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("discountAmount")));
        mvc.perform(post("/order/update/moneyInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(money(unpaid, "-1", "0", 0)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("freightAmount"));
        mvc.perform(post("/order/update/moneyInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(money(shipped, "0", "1", 2)))
                .andExpect(status().isConflict());
        mvc.perform(post("/order/update/moneyInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(money(unpaid, "0", "1", 1)))
                .andExpect(status().isConflict());
        mvc.perform(post("/order/update/moneyInfo").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(money(Long.MAX_VALUE, "0", "1", 0)))
                .andExpect(status().isNotFound());
        assertThat(payAmount(unpaid)).isEqualByComparingTo("72");
        assertThat(fx.histories(unpaid)).isEqualTo(4);
        assertThat(fx.histories(shipped)).isZero();
    }

    @Test
    void theClerkManagesOrdersButNotProducts() throws Exception {
        mvc.perform(get("/order/list").with(as(CLERK))).andExpect(status().isOk());
        mvc.perform(get("/returnApply/list").with(as(CLERK))).andExpect(status().isOk());
        // the seed gives the clerk orders, returns, reasons and addresses, not the shop's timeouts
        mvc.perform(get("/orderSetting/1").with(as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/product/list").with(as(CLERK))).andExpect(status().isForbidden());
    }

    /** On a row of its own: row 1 is what the portal reads, and other tests place orders meanwhile. */
    @Test
    void orderSettingsAreValidatedAndUpdated() throws Exception {
        long id = fx.insert("INSERT INTO oms_order_setting (flash_order_overtime, normal_order_overtime,"
                + " confirm_overtime, finish_overtime, comment_overtime) VALUES (1, 2, 3, 4, 5)");
        try {
            mvc.perform(get("/orderSetting/" + id).with(as(SUPER)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.data.normalOrderOvertime").value(2));
            String body = "{\"flashOrderOvertime\":30,\"normalOrderOvertime\":%s,\"confirmOvertime\":10,"
                    + "\"finishOvertime\":8,\"commentOvertime\":6}";
            mvc.perform(post("/orderSetting/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted("0")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.data[0].field").value("normalOrderOvertime"));
            mvc.perform(post("/orderSetting/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted("null")))
                    .andExpect(status().isBadRequest());
            assertThat(fx.intOf("SELECT normal_order_overtime FROM oms_order_setting WHERE id = ?", id)).isEqualTo(2);

            mvc.perform(post("/orderSetting/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted("45")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.data.normalOrderOvertime").value(45));
            assertThat(fx.intOf("SELECT confirm_overtime FROM oms_order_setting WHERE id = ?", id)).isEqualTo(10);
            mvc.perform(post("/orderSetting/update/" + Long.MAX_VALUE).with(as(SUPER))
                            .contentType(MediaType.APPLICATION_JSON).content(body.formatted("45")))
                    .andExpect(status().isNotFound());
        } finally {
            jdbc.update("DELETE FROM oms_order_setting WHERE id = ?", id);
        }
    }

    private BigDecimal payAmount(long orderId) {
        return jdbc.queryForObject("SELECT pay_amount FROM oms_order WHERE id = ?", BigDecimal.class, orderId);
    }

    private static String money(long orderId, String freight, String discount, int status) {
        return "{\"orderId\":" + orderId + ",\"freightAmount\":" + freight + ",\"discountAmount\":" + discount
                + ",\"status\":" + status + "}";
    }

    private static String deliveries(long... orderIds) {
        StringBuilder json = new StringBuilder("[");
        for (long id : orderIds) {
            json.append(json.length() > 1 ? "," : "").append("{\"orderId\":").append(id)
                    .append(",\"deliveryCompany\":\"顺丰快递\",\"deliverySn\":\"SF").append(id).append("\"}");
        }
        return json.append("]").toString();
    }
}
