package com.perflab.mall.common.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class JwtTokensTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    final JwtTokens tokens = tokens(SECRET, NOW);

    static JwtTokens tokens(String secret, Instant now) {
        return new JwtTokens(new JwtProperties(secret, Duration.ofHours(2), "Bearer "), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void issuedTokenVerifiesToTheSameUserWithOrWithoutTheHead() {
        AuthenticatedUser admin = AuthenticatedUser.admin(7, "管理员", List.of("超级管理员", "订单管理员"));
        String token = tokens.issue(admin);
        assertThat(tokens.verify("Bearer " + token)).isEqualTo(admin);
        assertThat(tokens.verify(token)).isEqualTo(admin);
    }

    @Test
    void tokenSignedWithAnotherKeyIsRefused() {
        String forged = tokens("another-secret-of-sufficient-length-987654321", NOW).issue(AuthenticatedUser.member(1, "test"));
        assertUnauthorized(() -> tokens.verify("Bearer " + forged));
    }

    @Test
    void expiredTokenIsRefused() {
        String token = tokens.issue(AuthenticatedUser.member(1, "test"));
        assertThat(tokens(SECRET, NOW.plus(Duration.ofMinutes(119))).verify(token).id()).isEqualTo(1);
        assertUnauthorized(() -> tokens(SECRET, NOW.plus(Duration.ofHours(2))).verify(token));
    }

    @Test
    void tamperedClaimsAreRefused() {
        String[] parts = tokens.issue(AuthenticatedUser.member(1, "test")).split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"2\",\"username\":\"test2\",\"type\":\"MEMBER\",\"roles\":[],\"exp\":"
                        + NOW.plusSeconds(600).getEpochSecond() + "}").getBytes());
        assertUnauthorized(() -> tokens.verify(parts[0] + "." + otherClaims + "." + parts[2]));
    }

    @Test
    void unsignedTokenIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"1\",\"username\":\"test\",\"type\":\"ADMIN\",\"exp\":" + NOW.plusSeconds(600).getEpochSecond() + "}").getBytes());
        assertUnauthorized(() -> tokens.verify(header + "." + claims + "."));
    }

    @Test
    void garbageAndMissingTokensAreRefused() {
        assertUnauthorized(() -> tokens.verify(null));
        assertUnauthorized(() -> tokens.verify("Bearer "));
        assertUnauthorized(() -> tokens.verify("Bearer not.a.token"));
    }

    @Test
    void shortOrMissingSecretFailsAtStartUp() {
        assertThatThrownBy(() -> tokens("short", NOW)).hasMessageContaining("MALL_JWT_SECRET");
        assertThatThrownBy(() -> tokens(null, NOW)).hasMessageContaining("MALL_JWT_SECRET");
    }

    private static void assertUnauthorized(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }
}
