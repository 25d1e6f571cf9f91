package com.perflab.mall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.gateway.StubBackends;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real gateway in front of a stand-in backend, on the test database: a revocation row written by
 * whoever (here the test, as mall-member or mall-admin would) ends the old token within seconds, while a
 * token issued after it keeps working.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenRevocationGatewayTest {

    static final HttpServer BACKEND = StubBackends.answeringOk(exchange -> { });

    @LocalServerPort
    int port;
    @Autowired
    JwtTokens tokens;
    @Autowired
    Environment env;

    final HttpClient http = HttpClient.newHttpClient();
    /** Ids far above the seeded and test accounts, different on every run. */
    final long memberId = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    final long adminId = memberId + 1;

    @DynamicPropertySource
    static void routeEveryServiceToTheBackend(DynamicPropertyRegistry registry) {
        for (String service : List.of("mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin")) {
            registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                    () -> StubBackends.uri(BACKEND));
        }
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.stop(0);
    }

    @AfterEach
    void removeRows() {
        jdbc().update("DELETE FROM auth_token_revocation WHERE user_id IN (?, ?)", memberId, adminId);
    }

    @Test
    void aRevocationRowEndsTheOldTokenWithinSecondsAndANewTokenWorks() throws Exception {
        String old = tokens.issue(AuthenticatedUser.member(memberId, "revoked"));
        String otherMember = tokens.issue(AuthenticatedUser.member(memberId + 2, "other"));
        assertThat(status("/mall-member/sso/info", old)).isEqualTo(200);

        Thread.sleep(2);
        long revokedAt = System.currentTimeMillis();
        insertRevocation("MEMBER", memberId, revokedAt, "logout");
        long millis = millisUntil401("/mall-member/sso/info", old);
        System.out.printf("revoked member token refused %d ms after the row was written%n", millis);

        Thread.sleep(2);
        String fresh = tokens.issue(AuthenticatedUser.member(memberId, "revoked"));
        assertThat(status("/mall-member/sso/info", fresh)).as("a login after the revocation").isEqualTo(200);
        assertThat(status("/mall-member/sso/info", otherMember)).as("other accounts are not affected").isEqualTo(200);
        assertThat(reply("/mall-member/sso/info", old).body()).contains("\"code\":401").contains("revoked");
    }

    @Test
    void adminTokensAreRevokedByAdminRowsOnly() throws Exception {
        String admin = tokens.issue(AuthenticatedUser.admin(adminId, "revoked-admin", List.of("超级管理员")));
        String memberWithSameId = tokens.issue(AuthenticatedUser.member(adminId, "same-id"));
        Thread.sleep(2);
        insertRevocation("ADMIN", adminId, System.currentTimeMillis(), "disabled");
        millisUntil401("/mall-admin/order/list", admin);
        assertThat(status("/mall-member/sso/info", memberWithSameId)).isEqualTo(200);
    }

    private long millisUntil401(String path, String token) throws Exception {
        long started = System.currentTimeMillis();
        while (System.currentTimeMillis() - started < 15_000) {
            if (status(path, token) == 401) {
                return System.currentTimeMillis() - started;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the revoked token still works after 15 s");
    }

    private void insertRevocation(String type, long id, long revokedAt, String reason) {
        jdbc().update("INSERT INTO auth_token_revocation (user_type, user_id, revoked_at, reason) VALUES (?, ?, ?, ?)",
                type, id, revokedAt, reason);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(new DriverManagerDataSource(env.getRequiredProperty("spring.datasource.url"),
                env.getRequiredProperty("spring.datasource.username"), env.getProperty("spring.datasource.password")));
    }

    private int status(String path, String token) throws Exception {
        return reply(path, token).statusCode();
    }

    private HttpResponse<String> reply(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }
}
