package com.perflab.mall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.JwtProperties;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.gateway.StubBackends;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * The gateway's MySQL behind a {@link FaultProxy}: while MySQL is unreachable the last copy of the
 * revocations stays in force (revoked tokens stay refused, others work); revocations written meanwhile
 * apply once MySQL answers again; a gateway that never read the list answers 503 rather than trusting tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mall.gateway.revocation.refresh-interval=300ms", "mall.gateway.revocation.lookback=3s"})
class TokenRevocationMySqlDownTest {

    static final String DB_HOST = System.getenv().getOrDefault("MALL_DB_HOST", "127.0.0.1");
    static final int DB_PORT = Integer.parseInt(System.getenv().getOrDefault("MALL_DB_PORT", "3306"));
    static final FaultProxy MYSQL = FaultProxy.to(DB_HOST, DB_PORT);
    static final HttpServer BACKEND = StubBackends.answeringOk(exchange -> { });

    @LocalServerPort
    int port;
    @Autowired
    JwtTokens tokens;
    @Autowired
    Environment env;

    final HttpClient http = HttpClient.newHttpClient();
    final long first = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    final long second = first + 1;

    @DynamicPropertySource
    static void mysqlThroughTheProxyAndServicesToTheBackend(DynamicPropertyRegistry registry) {
        registry.add("MALL_DB_PORT", MYSQL::port);
        for (String service : List.of("mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin")) {
            registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                    () -> StubBackends.uri(BACKEND));
        }
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
        MYSQL.close();
    }

    @AfterEach
    void removeRows() {
        MYSQL.mode(FaultProxy.Mode.PASS);
        direct().update("DELETE FROM auth_token_revocation WHERE user_id IN (?, ?)", first, second);
    }

    @Test
    void withMySqlDownTheLastCopyHoldsAndLaterRevocationsApplyWhenItIsBack() throws Exception {
        String revoked = tokens.issue(AuthenticatedUser.member(first, "first"));
        String other = tokens.issue(AuthenticatedUser.member(second, "second"));
        Thread.sleep(2);
        revoke(first);
        awaitStatus(revoked, 401);

        MYSQL.mode(FaultProxy.Mode.DOWN);
        Thread.sleep(2_000);
        assertThat(status(revoked)).as("still revoked from the last copy").isEqualTo(401);
        assertThat(status(other)).as("other tokens keep working").isEqualTo(200);

        revoke(second);
        Thread.sleep(1_000);
        assertThat(status(other)).as("a revocation MySQL cannot deliver yet").isEqualTo(200);

        MYSQL.mode(FaultProxy.Mode.PASS);
        awaitStatus(other, 401);
        assertThat(status(revoked)).isEqualTo(401);
    }

    @Test
    void aGatewayThatNeverReadTheListAnswers503ForTokensNotTrustingThem() {
        try (FaultProxy down = FaultProxy.to(DB_HOST, DB_PORT)) {
            down.mode(FaultProxy.Mode.DOWN);
            RevocationProperties settings = new RevocationProperties(Duration.ofSeconds(2), Duration.ofSeconds(30),
                    Duration.ofMinutes(10), 1);
            RevocationStore store = new RevocationStore(env.getRequiredProperty("spring.datasource.url")
                    .replace(":" + MYSQL.port() + "/", ":" + down.port() + "/"),
                    env.getRequiredProperty("spring.datasource.username"),
                    env.getProperty("spring.datasource.password"), settings);
            JwtProperties jwt = new JwtProperties("a-test-secret-that-is-long-enough-0123456789", Duration.ofHours(24),
                    "Bearer ");
            RevocationList list = new RevocationList(store, settings, jwt, new SimpleMeterRegistry());
            try {
                list.start();
                assertThat(list.loaded()).isFalse();
                JwtTokens issuer = new JwtTokens(jwt, java.time.Clock.systemUTC());
                ActiveTokens active = new ActiveTokens(issuer, list, jwt);
                String token = issuer.issue(AuthenticatedUser.member(first, "first"));
                assertThatThrownBy(() -> active.verify("Bearer " + token))
                        .isInstanceOfSatisfying(ApiException.class,
                                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));

                down.mode(FaultProxy.Mode.PASS);
                list.refresh();
                assertThat(list.loaded()).isTrue();
                assertThat(active.verify("Bearer " + token)).isEqualTo(AuthenticatedUser.member(first, "first"));
            } finally {
                list.stop();
                store.destroy();
            }
        }
    }

    private void revoke(long memberId) {
        direct().update("INSERT INTO auth_token_revocation (user_type, user_id, revoked_at, reason)"
                + " VALUES ('MEMBER', ?, ?, 'logout')", memberId, System.currentTimeMillis());
    }

    private void awaitStatus(String token, int expected) throws Exception {
        long started = System.currentTimeMillis();
        while (System.currentTimeMillis() - started < 15_000) {
            if (status(token) == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(status(token)).as("after 15 s").isEqualTo(expected);
    }

    /** The test's own connection, around the proxy. */
    private JdbcTemplate direct() {
        String url = env.getRequiredProperty("spring.datasource.url").replace(":" + MYSQL.port() + "/", ":" + DB_PORT + "/");
        return new JdbcTemplate(new DriverManagerDataSource(url, env.getRequiredProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password")));
    }

    private int status(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mall-member/sso/info"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
