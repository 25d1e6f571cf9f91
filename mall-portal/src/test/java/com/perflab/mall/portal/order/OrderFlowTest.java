package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.portal.PortalIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The order lifecycle of one member on the real database, with their own rows. */
@PortalIntegrationTest
class OrderFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    OrderFixtures fx;
    OrderApi api;
    long member;
    long address;
    long sku;

    @AfterEach
    void removeTestRows() {
        fx.close();
    }

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
        member = fx.member(5000);
        address = fx.address(member);
        sku = fx.sku(50, "100.00");
    }

    @Test
    void confirmPricesFromTheCatalogAndListsAddressesCouponsAndPoints() throws Exception {
        long cart = fx.cartItem(member, sku, 3);
        long coupon = fx.coupon(member);
        OrderApi.Reply reply = api.confirm(member, List.of(cart));
        assertThat(reply.status()).isEqualTo(200);
        assertThat((Double) reply.read("$.data.cartPromotionItemList[0].price")).isEqualTo(100.0);
        assertThat((Double) reply.read("$.data.cartPromotionItemList[0].realPrice")).isEqualTo(100.0);
        assertThat((Integer) reply.read("$.data.cartPromotionItemList[0].quantity")).isEqualTo(3);
        assertThat((Double) reply.read("$.data.calcAmount.totalAmount")).isEqualTo(300.0);
        assertThat((Double) reply.read("$.data.calcAmount.payAmount")).isEqualTo(300.0);
        assertThat((List<Integer>) reply.read("$.data.memberReceiveAddressList[*].id")).containsExactly((int) address);
        assertThat((List<Integer>) reply.read("$.data.couponHistoryDetailList[*].id")).containsExactly((int) coupon);
        assertThat((Integer) reply.read("$.data.memberIntegration")).isEqualTo(5000);
        assertThat((Integer) reply.read("$.data.integrationConsumeSetting.deductionPerAmount")).isEqualTo(100);
    }

    @Test
    void ordersPaymentsRevenueAndCancelsAreCountedOnceEach() throws Exception {
        double created = count("mall.orders.placed");
        double paid = count("mall.orders.paid");
        double gmv = count("mall.orders.gmv");
        double cancelled = meters.get("mall.orders.cancelled").tag("reason", "user").counter().count();

        long paidOrder = api.generate(member, address, null, null, List.of(fx.cartItem(member, sku, 2))).orderId();
        assertThat(api.pay(member, paidOrder).status()).isEqualTo(200);
        assertThat(api.pay(member, paidOrder).status()).as("the replayed callback is not revenue").isEqualTo(200);
        long cancelledOrder = api.generate(member, address, null, null, List.of(fx.cartItem(member, sku, 1))).orderId();
        assertThat(api.cancel(member, cancelledOrder).status()).isEqualTo(200);
        assertThat(api.cancel(member, cancelledOrder).status()).isEqualTo(200);
        assertThat(api.generate(member, address, null, null, List.of(fx.cartItem(member, fx.sku(0, "5.00"), 1))).status())
                .as("out of stock: rolled back, not counted").isEqualTo(409);

        assertThat(count("mall.orders.placed")).isEqualTo(created + 2);
        assertThat(count("mall.orders.paid")).isEqualTo(paid + 1);
        assertThat(count("mall.orders.gmv")).isEqualTo(gmv + 200.0);
        assertThat(meters.get("mall.orders.cancelled").tag("reason", "user").counter().count()).isEqualTo(cancelled + 1);
    }

    private double count(String name) {
        return meters.get(name).counter().count();
    }

    @Test
    void generatePayListAndDetail() throws Exception {
        long cart = fx.cartItem(member, sku, 2);
        long coupon = fx.coupon(member);
        OrderApi.Reply reply = api.generate(member, address, 6L, 1000, List.of(cart));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        long orderId = reply.orderId();
        // 2 x 100 from the catalog (the cart says 0.01), -10 coupon, -10 for 1000 points
        assertThat((Double) reply.read("$.data.order.totalAmount")).isEqualTo(200.0);
        assertThat((Double) reply.read("$.data.order.couponAmount")).isEqualTo(10.0);
        assertThat((Double) reply.read("$.data.order.integrationAmount")).isEqualTo(10.0);
        assertThat((Double) reply.read("$.data.order.payAmount")).isEqualTo(180.0);
        assertThat((Integer) reply.read("$.data.order.status")).isZero();
        String sn = reply.read("$.data.order.orderSn");
        assertThat(sn).matches("\\d{8}01\\d{8,}");
        assertThat((List<?>) reply.read("$.data.orderItemList")).hasSize(1);
        assertThat(fx.lockStock(sku)).isEqualTo(2);
        assertThat(fx.couponStatus(coupon)).isEqualTo(1);
        assertThat(fx.integration(member)).isEqualTo(4000);
        assertThat(fx.cartDeleteStatus(cart)).isEqualTo(1);

        assertThat(api.pay(member, orderId).status()).isEqualTo(200);
        assertThat(fx.stock(sku)).isEqualTo(48);
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.sale(sku)).isEqualTo(2);
        assertThat(api.pay(member, orderId).status()).as("idempotent").isEqualTo(200);
        assertThat(fx.stock(sku)).isEqualTo(48);

        OrderApi.Reply list = api.call(get("/order/list").headers(OrderFixtures.headers(member))
                .param("status", "1").param("pageNum", "1").param("pageSize", "5"));
        assertThat((Integer) list.read("$.data.total")).isEqualTo(1);
        assertThat(((Number) list.read("$.data.list[0].order.id")).longValue()).isEqualTo(orderId);
        assertThat((List<?>) list.read("$.data.list[0].orderItemList")).hasSize(1);
        OrderApi.Reply none = api.call(get("/order/list").headers(OrderFixtures.headers(member)).param("status", "0"));
        assertThat((Integer) none.read("$.data.total")).isZero();

        OrderApi.Reply detail = api.detail(member, orderId);
        assertThat((Integer) detail.read("$.data.order.status")).isEqualTo(1);
        assertThat((String) detail.read("$.data.orderItemList[0].productSkuCode")).startsWith("OT-SKU-");

        // return: allowed for a paid order, once shipped/received the member confirms and may delete when done
        String returnJson = "{\"orderId\":" + orderId + ",\"productId\":"
                + jdbc.queryForObject("SELECT product_id FROM pms_sku_stock WHERE id = ?", Long.class, sku)
                + ",\"reason\":\"质量问题\",\"description\":\"坏了\",\"proofPics\":\"a.png\","
                + "\"returnName\":\"张三\",\"returnPhone\":\"18000000000\"}";
        assertThat(api.call(post("/returnApply/create").headers(OrderFixtures.headers(member))
                .contentType(MediaType.APPLICATION_JSON).content(returnJson)).status()).isEqualTo(200);
        long other = fx.member(0);
        assertThat(api.call(post("/returnApply/create").headers(OrderFixtures.headers(other))
                .contentType(MediaType.APPLICATION_JSON).content(returnJson)).status()).isEqualTo(404);

        assertThat(api.postOrderId("/order/confirmReceiveOrder", member, orderId).status()).isEqualTo(409);
        assertThat(api.postOrderId("/order/deleteOrder", member, orderId).status()).isEqualTo(409);
        fx.setStatus(orderId, Order.SHIPPED);
        assertThat(api.postOrderId("/order/confirmReceiveOrder", other, orderId).status()).isEqualTo(404);
        assertThat(api.postOrderId("/order/confirmReceiveOrder", member, orderId).status()).isEqualTo(200);
        assertThat(fx.orderStatus(orderId)).isEqualTo(Order.DONE);
        assertThat(api.postOrderId("/order/deleteOrder", other, orderId).status()).isEqualTo(404);
        assertThat(api.postOrderId("/order/deleteOrder", member, orderId).status()).isEqualTo(200);
        assertThat(api.detail(member, orderId).status()).isEqualTo(404);
    }

    @Test
    void memberCancelReleasesStockCouponAndPointsOnce() throws Exception {
        long cart = fx.cartItem(member, sku, 4);
        long coupon = fx.coupon(member);
        long orderId = api.generate(member, address, 6L, 500, List.of(cart)).orderId();
        assertThat(fx.lockStock(sku)).isEqualTo(4);
        assertThat(api.cancel(member, orderId).status()).isEqualTo(200);
        assertThat(api.cancel(member, orderId).status()).as("idempotent").isEqualTo(200);
        assertThat(fx.orderStatus(orderId)).isEqualTo(Order.CLOSED);
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.stock(sku)).isEqualTo(50);
        assertThat(fx.couponStatus(coupon)).isZero();
        assertThat(fx.integration(member)).isEqualTo(5000);
        assertThat(fx.histories(orderId, Order.CLOSED)).isEqualTo(1);
        assertThat(api.pay(member, orderId).status()).as("closed orders cannot be paid").isEqualTo(409);
    }

    @Test
    void anotherMembersOrderIs404AndUnchanged() throws Exception {
        long cart = fx.cartItem(member, sku, 1);
        long orderId = api.generate(member, address, null, null, List.of(cart)).orderId();
        long other = fx.member(0);
        assertThat(api.detail(other, orderId).status()).isEqualTo(404);
        assertThat(api.pay(other, orderId).status()).isEqualTo(404);
        assertThat(api.cancel(other, orderId).status()).isEqualTo(404);
        assertThat(fx.orderStatus(orderId)).isZero();
        assertThat(fx.lockStock(sku)).isEqualTo(1);
        assertThat(api.call(get("/order/list").headers(OrderFixtures.headers(other))).<Integer>read("$.data.total"))
                .isZero();
    }

    @Test
    void invalidOrdersAre400AndWriteNothing() throws Exception {
        long cart = fx.cartItem(member, sku, 1);
        long other = fx.member(100);
        long foreignAddress = fx.address(other);
        fx.coupon(other);
        assertThat(api.generate(member, address, null, null, List.of()).status()).isEqualTo(400);
        assertThat(api.generate(member, foreignAddress, null, null, List.of(cart)).status()).isEqualTo(400);
        assertThat(api.generate(member, address, 6L, null, List.of(cart)).status())
                .as("the coupon is the other member's").isEqualTo(400);
        assertThat(api.generate(member, address, null, 150, List.of(cart)).status())
                .as("not a multiple of the use unit").isEqualTo(400);
        assertThat(api.generate(member, address, null, 9900, List.of(cart)).status())
                .as("more than the balance").isEqualTo(400);
        assertThat(api.generate(other, foreignAddress, null, null, List.of(cart)).status())
                .as("someone else's cart line").isEqualTo(404);
        assertThat(api.confirm(member, List.of()).status()).isEqualTo(400);
        assertThat(api.call(post("/order/generateOrder").headers(OrderFixtures.headers(member))
                .contentType(MediaType.APPLICATION_JSON).content("{\"cartIds\":[1]}")).status()).isEqualTo(400);
        assertThat(api.call(post("/order/generateOrder").contentType(MediaType.APPLICATION_JSON)
                .content("{}")).status()).as("no identity").isEqualTo(401);
        assertThat(fx.ordersOf(member)).isZero();
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.cartDeleteStatus(cart)).isZero();
    }

    @Test
    void shortStockIs409AndNothingIsWritten() throws Exception {
        long scarce = fx.sku(2, "10.00");
        long cart = fx.cartItem(member, scarce, 3);
        long plenty = fx.cartItem(member, sku, 1);
        long coupon = fx.coupon(member);
        OrderApi.Reply reply = api.generate(member, address, 6L, 100, List.of(plenty, cart));
        assertThat(reply.status()).isEqualTo(409);
        assertThat((String) reply.read("$.message")).isEqualTo("库存不足");
        assertThat(fx.ordersOf(member)).isZero();
        assertThat(fx.lockStock(scarce)).isZero();
        assertThat(fx.lockStock(sku)).isZero();
        assertThat(fx.couponStatus(coupon)).isZero();
        assertThat(fx.integration(member)).isEqualTo(5000);
        assertThat(fx.cartDeleteStatus(cart)).isZero();
        assertThat(fx.cartDeleteStatus(plenty)).isZero();
    }

    @Test
    void generateAcceptsAFormPost() throws Exception {
        long cart = fx.cartItem(member, sku, 1);
        OrderApi.Reply reply = api.call(post("/order/generateOrder").headers(OrderFixtures.headers(member))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("memberReceiveAddressId", Long.toString(address)).param("payType", "2")
                .param("cartIds", Long.toString(cart)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat((Double) reply.read("$.data.order.payAmount")).isEqualTo(100.0);
    }
}
