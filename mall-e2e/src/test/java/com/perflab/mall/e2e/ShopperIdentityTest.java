package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.perflab.mall.e2e.Shoppers.Shopper;

/**
 * Issue 3 through the gateway on the real stack: a shopper registers, logs in, reads their profile and
 * keeps addresses; anonymous catalog reads work; tokens and identity headers cannot be forged.
 */
class ShopperIdentityTest {

    static PrivateLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    @Test
    void registerLoginAndReadTheProfileWithoutThePasswordHash() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        HttpResponse<String> info = lab.get("/mall-member/sso/info", shopper.auth());
        assertThat(info.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(info.body(), "$.data.username")).isEqualTo(shopper.username());
        assertThat(info.body()).doesNotContain("password").doesNotContain("$2a$");
    }

    @Test
    void demoMemberCanLogIn() throws Exception {
        assertThat(Shoppers.login(lab, "test", "123456")).isNotBlank();
    }

    @Test
    void wrongPasswordIs401() throws Exception {
        HttpResponse<String> reply = lab.postForm("/mall-member/sso/login",
                Map.of("username", "test", "password", "wrong-password"), Map.of());
        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat((Integer) JsonPath.read(reply.body(), "$.code")).isEqualTo(401);
    }

    @Test
    void forgedTokenAndSpoofedIdentityHeaderAreRefused() throws Exception {
        String token = Shoppers.login(lab, "test", "123456");
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(lab.get("/mall-member/sso/info", Map.of("Authorization", "Bearer " + forged)).statusCode()).isEqualTo(401);
        assertThat(lab.get("/mall-member/sso/info", Map.of("X-Mall-User-Id", "1", "X-Mall-User-Type", "MEMBER"))
                .statusCode()).isEqualTo(401);
        assertThat(lab.get("/mall-member/sso/info", Map.of("Authorization", "Bearer not-a-token")).statusCode()).isEqualTo(401);
    }

    /** Past the gateway, straight to each service port: hand-made identity headers prove nothing. */
    @Test
    void handMadeIdentityStraightToAServicePortIs401() throws Exception {
        Map<String, String> admin = Map.of("X-Mall-User-Id", "1", "X-Mall-Username", "admin",
                "X-Mall-User-Type", "ADMIN", "X-Mall-Roles", "%E8%B6%85%E7%BA%A7%E7%AE%A1%E7%90%86%E5%91%98");
        Map<String, String> service = Map.of("X-Mall-User-Id", "0", "X-Mall-Username", "mall-cart",
                "X-Mall-User-Type", "SERVICE", "X-Mall-Timestamp", Long.toString(System.currentTimeMillis()),
                "X-Mall-Signature", "bm90LWEtc2lnbmF0dXJl");
        for (Object[] call : new Object[][] {
                {"mall-admin", "/member/list"}, {"mall-member", "/sso/info"}, {"mall-cart", "/cart/list"},
                {"mall-portal", "/order/list"}, {"mall-portal", "/internal/skus?ids=1"},
                {"mall-search", "/esProduct/search/simple?keyword=a"}}) {
            String target = (String) call[0];
            String path = (String) call[1];
            HttpResponse<String> reply = lab.getDirect(target, path, admin);
            assertThat(reply.statusCode()).as(target + " " + path + " " + reply.body()).isEqualTo(401);
            assertThat(reply.body()).as(target + " " + path).contains("\"code\":401").doesNotContain("\"list\"");
            assertThat(lab.getDirect(target, path, service).statusCode()).as(target + " " + path).isEqualTo(401);
        }
        // without any identity the internal API is still closed, even on loopback
        assertThat(lab.getDirect("mall-portal", "/internal/skus?ids=1", Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void addressesAreOnlyTheirOwnersBusiness() throws Exception {
        Shopper owner = Shoppers.register(lab);
        Shopper other = Shoppers.register(lab);
        String address = """
                {"name":"张三","phoneNumber":"13800000000","defaultStatus":1,"postCode":"518000",
                 "province":"广东省","city":"深圳市","region":"南山区","detailAddress":"科技园 1 号"}""";
        HttpResponse<String> added = lab.postJson("/mall-member/member/address/add", address, owner.auth());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);

        HttpResponse<String> list = lab.get("/mall-member/member/address/list", owner.auth());
        List<Integer> ids = JsonPath.read(list.body(), "$.data[*].id");
        assertThat(ids).hasSize(1);
        long id = ids.get(0).longValue();

        assertThat(lab.get("/mall-member/member/address/" + id, owner.auth()).statusCode()).isEqualTo(200);
        assertThat(lab.get("/mall-member/member/address/" + id, other.auth()).statusCode()).isIn(403, 404);
        String hijack = address.replace("张三", "李四");
        assertThat(lab.postJson("/mall-member/member/address/update/" + id, hijack, other.auth()).statusCode()).isIn(403, 404);
        assertThat(lab.postForm("/mall-member/member/address/delete/" + id, Map.of(), other.auth()).statusCode()).isIn(403, 404);
        assertThat((List<?>) JsonPath.read(lab.get("/mall-member/member/address/list", other.auth()).body(), "$.data"))
                .isEmpty();

        HttpResponse<String> stillThere = lab.get("/mall-member/member/address/" + id, owner.auth());
        assertThat((String) JsonPath.read(stillThere.body(), "$.data.name")).isEqualTo("张三");

        assertThat(lab.postJson("/mall-member/member/address/update/" + id, hijack, owner.auth()).statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(lab.get("/mall-member/member/address/" + id, owner.auth()).body(), "$.data.name"))
                .isEqualTo("李四");
        assertThat(lab.postForm("/mall-member/member/address/delete/" + id, Map.of(), owner.auth()).statusCode()).isEqualTo(200);
        assertThat(lab.get("/mall-member/member/address/" + id, owner.auth()).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidAddressIs400NamingTheField() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        HttpResponse<String> reply = lab.postJson("/mall-member/member/address/add",
                "{\"name\":\"\",\"phoneNumber\":\"13800000000\",\"province\":\"广东省\",\"city\":\"深圳市\","
                        + "\"region\":\"南山区\",\"detailAddress\":\"x\"}", shopper.auth());
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(reply.body(), "$.data[*].field")).contains("name");
    }

    @Test
    void catalogIsOpenToAnonymousShoppers() throws Exception {
        HttpResponse<String> home = lab.get("/mall-portal/home/content", Map.of());
        assertThat(home.statusCode()).as(home.body()).isEqualTo(200);
        assertThat((List<?>) JsonPath.read(home.body(), "$.data.advertiseList")).isNotEmpty();

        HttpResponse<String> tree = lab.get("/mall-portal/product/categoryTreeList", Map.of());
        assertThat(tree.statusCode()).isEqualTo(200);

        HttpResponse<String> detail = lab.get("/mall-portal/product/detail/1", Map.of());
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        assertThat((List<?>) JsonPath.read(detail.body(), "$.data.skuStockList")).isNotEmpty();
        assertThat(lab.get("/mall-portal/product/detail/999999", Map.of()).statusCode()).isEqualTo(404);

        HttpResponse<String> brands = lab.get("/mall-portal/brand/recommendList?pageNum=1&pageSize=5", Map.of());
        assertThat(brands.statusCode()).isEqualTo(200);
        assertThat(lab.get("/mall-portal/brand/recommendList?pageNum=1&pageSize=101", Map.of()).statusCode()).isEqualTo(400);
    }
}
