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

    static PrivateLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    @Test
    void superAdminSeesMenusAndManagesAdmins() throws Exception {
        Map<String, String> admin = Admins.login(lab, "admin");
        HttpResponse<String> info = lab.get("/mall-admin/admin/info", admin);
        assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
        assertThat((List<?>) JsonPath.read(info.body(), "$.data.menus")).isNotEmpty();
        assertThat(lab.get("/mall-admin/admin/list?pageNum=1&pageSize=5", admin).statusCode()).isEqualTo(200);
    }

    @Test
    void orderClerkIsRefusedAdminManagement() throws Exception {
        Map<String, String> clerk = Admins.login(lab, "clerk");
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
