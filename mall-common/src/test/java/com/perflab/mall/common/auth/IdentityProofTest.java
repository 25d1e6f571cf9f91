package com.perflab.mall.common.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.common.api.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityProofTest {

    static final String SECRET = "identity-proof-test-key-0123456789abcdef";
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    static IdentityProof proof(String secret, Instant now) {
        return new IdentityProof(new IdentityProperties(secret, Duration.ofSeconds(60)), Clock.fixed(now, ZoneOffset.UTC));
    }

    final IdentityProof proof = proof(SECRET, NOW);

    @Test
    void signedHeadersProveTheUserIncludingChineseNamesAndRoles() {
        AuthenticatedUser admin = AuthenticatedUser.admin(3, "张三", List.of("订单管理员", "商品管理员"));
        Map<String, String> headers = proof.headersFor(admin);
        assertThat(headers).containsKeys(IdentityHeaders.SIGNATURE, IdentityHeaders.TIMESTAMP);
        assertThat(headers.values()).allMatch(v -> v.chars().allMatch(c -> c < 128), "ASCII-only header values");
        assertThat(proof.verify(headers::get)).isEqualTo(admin);
        AuthenticatedUser service = AuthenticatedUser.service("mall-cart");
        assertThat(proof.verify(proof.headersFor(service)::get)).isEqualTo(service);
    }

    @Test
    void noIdentityHeadersAtAllIsAnAnonymousCaller() {
        assertThat(proof.verify(Map.<String, String>of()::get)).isNull();
    }

    @Test
    void handMadeHeadersWithoutSignatureAre401() {
        assertRefused(Map.of(IdentityHeaders.USER_ID, "1", IdentityHeaders.USER_TYPE, "ADMIN"));
        assertRefused(Map.of(IdentityHeaders.ROLES, "超级管理员"));
    }

    @Test
    void changingAnySignedFieldBreaksTheProof() {
        Map<String, String> signed = proof.headersFor(AuthenticatedUser.member(42, "alice"));
        for (String field : List.of(IdentityHeaders.USER_ID, IdentityHeaders.USERNAME, IdentityHeaders.USER_TYPE,
                IdentityHeaders.ROLES, IdentityHeaders.TIMESTAMP)) {
            Map<String, String> tampered = new HashMap<>(signed);
            tampered.put(field, field.equals(IdentityHeaders.USER_TYPE) ? "ADMIN"
                    : field.equals(IdentityHeaders.TIMESTAMP) ? Long.toString(NOW.toEpochMilli() + 1) : "1");
            assertRefused(tampered);
        }
        Map<String, String> otherKey = proof("another-key-of-the-same-length-0123456789", NOW)
                .headersFor(AuthenticatedUser.member(42, "alice"));
        assertRefused(otherKey);
    }

    @Test
    void staleOrFutureProofsAreRefused() {
        Map<String, String> signed = proof.headersFor(AuthenticatedUser.member(42, "alice"));
        assertThat(proof(SECRET, NOW.plusSeconds(59)).verify(signed::get)).isNotNull();
        assertThatThrownBy(() -> proof(SECRET, NOW.plusSeconds(61)).verify(signed::get))
                .isInstanceOf(ApiException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> proof(SECRET, NOW.minusSeconds(61)).verify(signed::get))
                .isInstanceOf(ApiException.class).hasMessageContaining("expired");
    }

    @Test
    void unusableSecretsStopTheServiceNamingTheVariable() {
        assertThatThrownBy(() -> proof(null, NOW)).hasMessageContaining("MALL_IDENTITY_SECRET").hasMessageContaining("not set");
        assertThatThrownBy(() -> proof("short", NOW)).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> proof("CHANGE-ME-identity-secret-at-least-32-bytes-long", NOW))
                .hasMessageContaining("placeholder");
        assertThatThrownBy(() -> proof("  change-me-identity-secret-at-least-32-bytes-long", NOW))
                .hasMessageContaining("placeholder");
    }

    private void assertRefused(Map<String, String> headers) {
        assertThatThrownBy(() -> proof.verify(headers::get))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errorCode().code()).isEqualTo(401));
    }
}
