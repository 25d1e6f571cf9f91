package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
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

    static Shopper register(LocalLab lab) throws Exception {
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

    static String login(LocalLab lab, String username, String password) throws Exception {
        HttpResponse<String> reply = lab.postForm("/mall-member/sso/login",
                Map.of("username", username, "password", password), Map.of());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat((String) JsonPath.read(reply.body(), "$.data.tokenHead")).isEqualTo("Bearer ");
        return JsonPath.read(reply.body(), "$.data.token");
    }
}
