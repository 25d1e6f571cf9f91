package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.e2e.Shoppers.Shopper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 through the gateway on the packaged services: a shopper fills the cart, confirms, orders and
 * pays (or cancels), with prices from the catalog and the order visible in the shopper's list.
 */
class OrderJourneyTest {

    static PrivateLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    @Test
    void loginCartConfirmGeneratePayAndSeeThePaidOrder() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        long addressId = Shoppers.addAddress(lab, shopper);
        long cartId = Shoppers.addToCart(lab, shopper, 2);

        HttpResponse<String> promotion = lab.get("/mall-cart/cart/list/promotion", shopper.auth());
        assertThat(promotion.statusCode()).as(promotion.body()).isEqualTo(200);
        assertThat((List<String>) JsonPath.read(promotion.body(), "$.data[*].promotionMessage")).hasSize(1);

        HttpResponse<String> confirm = lab.postJson("/mall-portal/order/generateConfirmOrder", "[" + cartId + "]",
                shopper.auth());
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(200);
        assertThat(((Number) JsonPath.read(confirm.body(), "$.data.calcAmount.payAmount")).doubleValue()).isPositive();
        assertThat((List<Integer>) JsonPath.read(confirm.body(), "$.data.memberReceiveAddressList[*].id"))
                .contains((int) addressId);

        long orderId = Shoppers.generateOrder(lab, shopper, addressId, cartId);
        assertThat((List<?>) JsonPath.read(lab.get("/mall-cart/cart/list", shopper.auth()).body(), "$.data"))
                .as("ordered items leave the cart").isEmpty();

        Map<String, String> pay = Map.of("orderId", Long.toString(orderId), "payType", "1");
        assertThat(lab.postForm("/mall-portal/order/paySuccess", pay, shopper.auth()).statusCode()).isEqualTo(200);
        assertThat(lab.postForm("/mall-portal/order/paySuccess", pay, shopper.auth()).statusCode())
                .as("a second payment callback changes nothing and is not an error").isEqualTo(200);

        HttpResponse<String> detail = lab.get("/mall-portal/order/detail/" + orderId, shopper.auth());
        assertThat((Integer) JsonPath.read(detail.body(), "$.data.order.status")).isEqualTo(1);
        HttpResponse<String> paid = lab.get("/mall-portal/order/list?status=1&pageNum=1&pageSize=10", shopper.auth());
        assertThat((List<Integer>) JsonPath.read(paid.body(), "$.data.list[*].order.id")).contains((int) orderId);

        Shopper other = Shoppers.register(lab);
        assertThat(lab.get("/mall-portal/order/detail/" + orderId, other.auth()).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnpaidOrderCanBeCancelledOnceAndThenNotPaid() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        long addressId = Shoppers.addAddress(lab, shopper);
        long orderId = Shoppers.generateOrder(lab, shopper, addressId, Shoppers.addToCart(lab, shopper, 1));

        Map<String, String> cancel = Map.of("orderId", Long.toString(orderId));
        assertThat(lab.postForm("/mall-portal/order/cancelUserOrder", cancel, shopper.auth()).statusCode()).isEqualTo(200);
        lab.postForm("/mall-portal/order/cancelUserOrder", cancel, shopper.auth());

        HttpResponse<String> detail = lab.get("/mall-portal/order/detail/" + orderId, shopper.auth());
        assertThat((Integer) JsonPath.read(detail.body(), "$.data.order.status")).isEqualTo(4);
        HttpResponse<String> pay = lab.postForm("/mall-portal/order/paySuccess",
                Map.of("orderId", Long.toString(orderId), "payType", "1"), shopper.auth());
        assertThat(pay.statusCode()).as("a closed order cannot be paid").isEqualTo(409);
    }

    @Test
    void internalCatalogApiIsNotReachableFromOutside() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        assertThat(lab.get("/mall-portal/internal/skus?ids=1", shopper.auth()).statusCode()).isEqualTo(404);
    }
}
