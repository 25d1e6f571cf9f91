package com.perflab.mall.common.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.common.test.FaultProxy;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The lockout rule on the lab's real Redis, under keys of a prefix of this test run only. */
class LoginAttemptsTest {

    static final String HOST = System.getenv().getOrDefault("MALL_REDIS_HOST", "127.0.0.1");
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("MALL_REDIS_PORT", "6379"));
    // the test build's own database (root pom), never the lab's
    static final int DATABASE = Integer.parseInt(System.getenv().getOrDefault("MALL_REDIS_DATABASE", "0"));

    final String prefix = "mall:test:login-lockout:" + UUID.randomUUID() + ":";
    // a generous timeout: on a busy machine a slow reply must not be mistaken for Redis being down (fail open)
    final LettuceConnectionFactory connections = connect(PORT, Duration.ofSeconds(10));
    final StringRedisTemplate redis = template(connections);
    final LoginAttempts attempts = new LoginAttempts(redis, settings(prefix), "member");

    @AfterEach
    void forget() {
        redis.delete(redis.keys(prefix + "*"));
        connections.destroy();
    }

    @Test
    void theFailureReachingTheLimitStill401sAndLocksEveryLaterAttemptWithRetryAfter() {
        String account = LoginAttempts.accountOf(42L, "ignored");
        for (int i = 0; i < 5; i++) {
            attempts.checkNotLocked(account);
            attempts.failed(account);
        }
        ApiException locked = catchApi(() -> attempts.checkNotLocked(account));
        assertThat(locked.errorCode()).isEqualTo(ErrorCode.TOO_MANY_REQUESTS);
        assertThat(locked.retryAfterSeconds()).isBetween(1L, 900L);
        assertThat(redis.getExpire(prefix + "member:" + account)).isBetween(1L, 900L);
    }

    @Test
    void aSuccessResetsTheCount() {
        String account = LoginAttempts.accountOf(43L, "ignored");
        for (int i = 0; i < 4; i++) {
            attempts.failed(account);
        }
        attempts.succeeded(account);
        for (int i = 0; i < 4; i++) {
            attempts.failed(account);
        }
        attempts.checkNotLocked(account);
    }

    @Test
    void unknownNamesCountAsMySqlComparesThem() {
        assertThat(LoginAttempts.accountOf(null, "Admin  ")).isEqualTo(LoginAttempts.accountOf(null, "admin"));
        assertThat(LoginAttempts.accountOf(7L, "Admin")).isEqualTo("id:7");
    }

    @Test
    void concurrentWrongPasswordsAreAllCountedAndOnlyTheLimitGetsA401() throws Exception {
        String account = LoginAttempts.accountOf(44L, "ignored");
        List<Integer> answers = Concurrently.run(20, () -> {
            try {
                attempts.failed(account);
                return 401;
            } catch (ApiException e) {
                return e.errorCode().code();
            }
        });
        assertThat(answers).filteredOn(a -> a == 401).hasSize(5);
        assertThat(answers).filteredOn(a -> a == 429).hasSize(15);
        assertThat(redis.opsForValue().get(prefix + "member:" + account)).isEqualTo("20");
    }

    @Test
    void withRedisDownLoginsAreNotThrottled() {
        try (FaultProxy proxy = FaultProxy.to(HOST, PORT)) {
            LettuceConnectionFactory viaProxy = connect(proxy.port(), Duration.ofSeconds(5));
            try {
                LoginAttempts throughProxy = new LoginAttempts(template(viaProxy), settings(prefix), "member");
                String account = LoginAttempts.accountOf(45L, "ignored");
                for (int i = 0; i < 5; i++) {
                    throughProxy.failed(account);
                }
                proxy.mode(FaultProxy.Mode.DOWN);
                proxy.cutAll();
                // locked, but Redis cannot say so: the login goes on (fail open) instead of failing
                throughProxy.checkNotLocked(account);
                for (int i = 0; i < 10; i++) {
                    throughProxy.failed(account);
                    throughProxy.checkNotLocked(account);
                }
            } finally {
                viaProxy.destroy();
            }
        }
        // meanwhile the real count was not touched by the failed-open attempts
        assertThat(redis.opsForValue().get(prefix + "member:id:45")).isEqualTo("5");
    }

    private static LoginLockoutProperties settings(String prefix) {
        return new LoginLockoutProperties(true, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), prefix,
                Duration.ofSeconds(30));
    }

    private static LettuceConnectionFactory connect(int port, Duration timeout) {
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(HOST, port);
        server.setDatabase(DATABASE);
        LettuceConnectionFactory factory = new LettuceConnectionFactory(server,
                LettuceClientConfiguration.builder().commandTimeout(timeout).build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static StringRedisTemplate template(LettuceConnectionFactory factory) {
        StringRedisTemplate template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }

    private static ApiException catchApi(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(ApiException.class);
        try {
            call.run();
        } catch (ApiException e) {
            return e;
        }
        throw new AssertionError("not thrown twice");
    }
}
