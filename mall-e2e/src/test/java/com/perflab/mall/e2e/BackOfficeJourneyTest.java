package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.e2e.Shoppers.Shopper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 through the gateway on the packaged services: what the back office changes reaches the shop —
 * a new product in the portal and in search, a delivery in the member's order list, a new coupon at the
 * member's checkout — and a limited role stays within its resources.
 */
class BackOfficeJourneyTest {

    static PrivateLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    @Test
    void aProductCreatedInTheBackOfficeIsInThePortalAndInSearch() throws Exception {
        Map<String, String> admin = Admins.login(lab, "admin");
        String tag = "e2e" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String product = """
                {"brandId":1,"productCategoryId":21,"name":"%s 测试手机","productSn":"%s","publishStatus":1,
                 "verifyStatus":1,"price":1999.00,"pic":"https://img.example/e2e.png","subTitle":"e2e",
                 "skuStockList":[{"skuCode":"%s-1","price":1999.00,"stock":50,
                                  "spData":"[{\\"key\\":\\"颜色\\",\\"value\\":\\"黑色\\"}]"}]}"""
                .formatted(tag, tag, tag);
        HttpResponse<String> created = lab.postJson("/mall-admin/product/create", product, admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long id = ((Number) JsonPath.read(created.body(), "$.data.id")).longValue();
        try {
            HttpResponse<String> detail = lab.get("/mall-portal/product/detail/" + id, Map.of());
            assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
            assertThat((String) JsonPath.read(detail.body(), "$.data.product.name")).startsWith(tag);
            assertThat((Integer) JsonPath.read(detail.body(), "$.data.skuStockList[0].stock")).isEqualTo(50);
            Searches.awaitFinds(lab, tag, id, true);

            // a later change is not hidden by the portal's cached copy
            HttpResponse<String> unpublished = lab.postForm("/mall-admin/product/update/publishStatus",
                    Map.of("ids", Long.toString(id), "publishStatus", "0"), admin);
            assertThat(unpublished.statusCode()).as(unpublished.body()).isEqualTo(200);
            // the portal evicts its cached copy when the product event reaches it (outbox -> RabbitMQ), a moment later
            Instant deadline = Instant.now().plusSeconds(20);
            int status;
            while ((status = lab.get("/mall-portal/product/detail/" + id, Map.of()).statusCode()) != 404
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(status).as("the unpublished product's detail").isEqualTo(404);
            Searches.awaitFinds(lab, tag, id, false);
        } finally {
            // soft delete through the back office (keeps the counts right), then remove the rows for good
            lab.postForm("/mall-admin/product/update/deleteStatus",
                    Map.of("ids", Long.toString(id), "deleteStatus", "1"), admin);
            LabDatabase.update("DELETE FROM pms_sku_stock WHERE product_id = ?", id);
            LabDatabase.update("DELETE FROM pms_product WHERE id = ?", id);
        }
    }

    @Test
    void anOrderDeliveredByTheClerkShowsAsShippedInTheMembersList() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        long orderId = Shoppers.generateOrder(lab, shopper, Shoppers.addAddress(lab, shopper),
                Shoppers.addToCart(lab, shopper, 1));
        assertThat(lab.postForm("/mall-portal/order/paySuccess", Map.of("orderId", Long.toString(orderId),
                "payType", "1"), shopper.auth()).statusCode()).isEqualTo(200);

        Map<String, String> clerk = Admins.login(lab, "clerk");
        assertThat(lab.get("/mall-admin/product/list?pageNum=1&pageSize=5", clerk).statusCode())
                .as("the order clerk has no catalog resources").isEqualTo(403);
        HttpResponse<String> orders = lab.get("/mall-admin/order/list?pageNum=1&pageSize=5&orderSn="
                + JsonPath.read(lab.get("/mall-portal/order/detail/" + orderId, shopper.auth()).body(),
                        "$.data.order.orderSn"), clerk);
        assertThat(orders.statusCode()).as(orders.body()).isEqualTo(200);
        assertThat((List<Integer>) JsonPath.read(orders.body(), "$.data.list[*].id")).containsExactly((int) orderId);

        String sn = "SF" + System.nanoTime();
        HttpResponse<String> delivered = lab.postJson("/mall-admin/order/update/delivery",
                "[{\"orderId\":" + orderId + ",\"deliveryCompany\":\"顺丰快递\",\"deliverySn\":\"" + sn + "\"}]", clerk);
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
        HttpResponse<String> again = lab.postJson("/mall-admin/order/update/delivery",
                "[{\"orderId\":" + orderId + ",\"deliveryCompany\":\"顺丰快递\",\"deliverySn\":\"X" + sn + "\"}]", clerk);
        assertThat(again.statusCode()).as("an order is delivered once").isEqualTo(409);

        HttpResponse<String> shipped = lab.get("/mall-portal/order/list?status=2&pageNum=1&pageSize=10", shopper.auth());
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(200);
        assertThat((List<Integer>) JsonPath.read(shipped.body(), "$.data.list[*].order.id")).containsExactly((int) orderId);
        assertThat((List<String>) JsonPath.read(shipped.body(), "$.data.list[*].order.deliverySn")).containsExactly(sn);
    }

    /** The back office's close runs in mall-portal (issue 16): the member sees it, and the order's units are free. */
    @Test
    void anOrderClosedByTheClerkIsClosedForTheMemberAndGivesItsStockBack() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        long orderId = Shoppers.generateOrder(lab, shopper, Shoppers.addAddress(lab, shopper),
                Shoppers.addToCart(lab, shopper, 2));
        Map<String, String> clerk = Admins.login(lab, "clerk");

        HttpResponse<String> closed = lab.postForm("/mall-admin/order/update/close",
                Map.of("ids", Long.toString(orderId), "note", "e2e 缺货"), clerk);
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        HttpResponse<String> again = lab.postForm("/mall-admin/order/update/close",
                Map.of("ids", Long.toString(orderId)), clerk);
        assertThat(again.statusCode()).as("closed once: " + again.body()).isEqualTo(409);
        assertThat((String) JsonPath.read(again.body(), "$.message")).contains(Long.toString(orderId));

        HttpResponse<String> mine = lab.get("/mall-portal/order/detail/" + orderId, shopper.auth());
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(mine.body(), "$.data.order.status")).isEqualTo(4);
        HttpResponse<String> seen = lab.get("/mall-admin/order/" + orderId, clerk);
        assertThat((List<String>) JsonPath.read(seen.body(), "$.data.historyList[*].note"))
                .anyMatch(note -> note.contains("e2e 缺货"));
        assertThat(lab.postForm("/mall-portal/order/paySuccess", Map.of("orderId", Long.toString(orderId),
                "payType", "1"), shopper.auth()).statusCode()).as("a closed order cannot be paid").isEqualTo(409);
    }

    @Test
    void aCouponCreatedInTheBackOfficeCanBeClaimedAndIsOfferedAtCheckout() throws Exception {
        Map<String, String> admin = Admins.login(lab, "admin");
        DateTimeFormatter iso = DateTimeFormatter.ISO_LOCAL_DATE_TIME;
        LocalDateTime now = LocalDateTime.now().withNano(0);
        String name = "e2e 满减券 " + UUID.randomUUID().toString().substring(0, 6);
        String coupon = """
                {"name":"%s","type":0,"publishCount":10,"amount":7.00,"perLimit":1,"minPoint":0,
                 "startTime":"%s","endTime":"%s","enableTime":"%s","useType":2,"productRelationList":[{"productId":%d}]}"""
                .formatted(name, iso.format(now.minusHours(1)), iso.format(now.plusDays(1)), iso.format(now.minusHours(1)),
                        Shoppers.PRODUCT_ID);
        HttpResponse<String> created = lab.postJson("/mall-admin/coupon/create", coupon, admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        long couponId = ((Number) JsonPath.read(created.body(), "$.data.id")).longValue();
        try {
            claimAndSeeAtCheckout(couponId);
        } finally {
            LabDatabase.update("DELETE FROM sms_coupon_history WHERE coupon_id = ?", couponId);
            LabDatabase.update("DELETE FROM sms_coupon_product_relation WHERE coupon_id = ?", couponId);
            LabDatabase.update("DELETE FROM sms_coupon WHERE id = ?", couponId);
        }
    }

    private static void claimAndSeeAtCheckout(long couponId) throws Exception {
        Shopper shopper = Shoppers.register(lab);
        HttpResponse<String> claimed = lab.postForm("/mall-portal/member/coupon/add/" + couponId, Map.of(), shopper.auth());
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        assertThat(lab.postForm("/mall-portal/member/coupon/add/" + couponId, Map.of(), shopper.auth()).statusCode())
                .as("one per member").isEqualTo(409);

        Shoppers.addAddress(lab, shopper);
        long cartId = Shoppers.addToCart(lab, shopper, 1);
        HttpResponse<String> confirm = lab.postJson("/mall-portal/order/generateConfirmOrder", "[" + cartId + "]",
                shopper.auth());
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(200);
        assertThat((List<Integer>) JsonPath.read(confirm.body(), "$.data.couponHistoryDetailList[*].couponId"))
                .contains((int) couponId);
    }
}
