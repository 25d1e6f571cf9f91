package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.Map;

/** Back-office logins for end-to-end tests (seeded admins share the demo password). */
final class Admins {

    private Admins() {
    }

    /** The Authorization header of a freshly logged-in seeded admin. */
    static Map<String, String> login(PrivateLab lab, String username) throws Exception {
        HttpResponse<String> reply = lab.postJson("/mall-admin/admin/login",
                "{\"username\":\"" + username + "\",\"password\":\"macro123\"}", Map.of());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + JsonPath.read(reply.body(), "$.data.token"));
    }
}
