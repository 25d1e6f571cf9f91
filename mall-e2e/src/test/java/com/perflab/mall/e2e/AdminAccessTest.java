package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 7 item 1 through the gateway: admins log in, see their menus, and are held to their roles. */
class AdminAccessTest {

    static LocalLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = LocalLab.shared();
    }

    static Map<String, String> adminLogin(String username) throws Exception {
        HttpResponse<String> reply = lab.postJson("/mall-admin/admin/login",
                "{\"username\":\"" + username + "\",\"password\":\"macro123\"}", Map.of());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        return Map.of("Authorization", "Bearer " + JsonPath.read(reply.body(), "$.data.token"));
    }

    @Test
    void superAdminSeesMenusAndManagesAdmins() throws Exception {
        Map<String, String> admin = adminLogin("admin");
        HttpResponse<String> info = lab.get("/mall-admin/admin/info", admin);
        assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
        assertThat((List<?>) JsonPath.read(info.body(), "$.data.menus")).isNotEmpty();
        assertThat(lab.get("/mall-admin/admin/list?pageNum=1&pageSize=5", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void orderClerkIsRefusedAdminManagement() throws Exception {
        Map<String, String> clerk = adminLogin("clerk");
        assertThat(lab.get("/mall-admin/admin/info", clerk).statusCode()).isEqualTo(200);
        assertThat(lab.get("/mall-admin/admin/list?pageNum=1&pageSize=5", clerk).statusCode()).isEqualTo(403);
    }

    @Test
    void memberTokensAndWrongPasswordsDoNotOpenTheBackOffice() throws Exception {
        String member = Shoppers.login(lab, "test", "123456");
        assertThat(lab.get("/mall-admin/admin/info", Map.of("Authorization", "Bearer " + member)).statusCode())
                .isEqualTo(403);
        assertThat(lab.postJson("/mall-admin/admin/login", "{\"username\":\"admin\",\"password\":\"nope\"}", Map.of())
                .statusCode()).isEqualTo(401);
    }
}
