package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** New shoppers for end-to-end tests, registered and logged in through the gateway like a real client. */
final class Shoppers {

    private Shoppers() {
    }

    record Shopper(String username, String password, String telephone, String token) {
        Map<String, String> auth() {
            return Map.of("Authorization", "Bearer " + token);
        }
    }

    static Shopper register(PrivateLab lab) throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String username = "e2e_" + suffix;
        String telephone = "139" + String.format("%08d", Math.floorMod(suffix.hashCode(), 100_000_000));
        HttpResponse<String> code = lab.get("/mall-member/sso/getAuthCode?telephone=" + telephone, Map.of());
        assertThat(code.statusCode()).as(code.body()).isEqualTo(200);
        String authCode = JsonPath.read(code.body(), "$.data");

        HttpResponse<String> registered = lab.postForm("/mall-member/sso/register", Map.of("username", username,
                "password", "secret123", "telephone", telephone, "authCode", authCode), Map.of());
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
        return new Shopper(username, "secret123", telephone, login(lab, username, "secret123"));
    }

    static String login(PrivateLab lab, String username, String password) throws Exception {
        HttpResponse<String> reply = lab.postForm("/mall-member/sso/login",
                Map.of("username", username, "password", password), Map.of());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(reply.body(), "$.data.tokenHead")).isEqualTo("Bearer ");
        return JsonPath.read(reply.body(), "$.data.token");
    }

    /** Adds a default address and returns its id. */
    static long addAddress(PrivateLab lab, Shopper shopper) throws Exception {
        String address = """
                {"name":"王五","phoneNumber":"13700000000","defaultStatus":1,"postCode":"100000",
                 "province":"北京市","city":"北京市","region":"海淀区","detailAddress":"中关村大街 1 号"}""";
        HttpResponse<String> added = lab.postJson("/mall-member/member/address/add", address, shopper.auth());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        List<Integer> ids = JsonPath.read(lab.get("/mall-member/member/address/list", shopper.auth()).body(), "$.data[*].id");
        return ids.get(0);
    }

    /**
     * What the journeys buy: a seed product in none of the seed's flash-sale slots. A flash product (product 1 is
     * one, 00:00-08:00) is sold from its offer's units with a per-member limit during its slot, so buying it made
     * the journeys depend on the hour, and each run used up units of the test database's offer for good.
     */
    static final long PRODUCT_ID = 2;

    /** The first SKU of {@link #PRODUCT_ID}, as the shop's product page lists it. */
    static int firstSkuId(PrivateLab lab) throws Exception {
        HttpResponse<String> product = lab.get("/mall-portal/product/detail/" + PRODUCT_ID, Map.of());
        return JsonPath.read(product.body(), "$.data.skuStockList[0].id");
    }

    /** Puts {@link #PRODUCT_ID} (its first SKU) into the empty cart, with a price the server must ignore. */
    static long addToCart(PrivateLab lab, Shopper shopper, int quantity) throws Exception {
        int skuId = firstSkuId(lab);
        HttpResponse<String> added = lab.postJson("/mall-cart/cart/add", "{\"productId\":" + PRODUCT_ID
                + ",\"productSkuId\":" + skuId + ",\"quantity\":" + quantity + ",\"price\":0.01}", shopper.auth());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        List<Integer> ids = JsonPath.read(lab.get("/mall-cart/cart/list", shopper.auth()).body(), "$.data[*].id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    /** Orders the cart line, checks the reply, returns the order id. */
    static long generateOrder(PrivateLab lab, Shopper shopper, long addressId, long cartId) throws Exception {
        HttpResponse<String> generated = lab.postJson("/mall-portal/order/generateOrder",
                "{\"memberReceiveAddressId\":" + addressId + ",\"payType\":1,\"cartIds\":[" + cartId + "]}", shopper.auth());
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(generated.body(), "$.data.order.status")).isZero();
        assertThat((String) JsonPath.read(generated.body(), "$.data.order.orderSn")).matches("\\d{18,}");
        assertThat(((Number) JsonPath.read(generated.body(), "$.data.order.payAmount")).doubleValue())
                .as("price from the catalog, not the 0.01 the client sent").isGreaterThan(0.01);
        return ((Number) JsonPath.read(generated.body(), "$.data.order.id")).longValue();
    }
}
