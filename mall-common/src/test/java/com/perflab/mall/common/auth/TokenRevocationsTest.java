package com.perflab.mall.common.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The revocation rule and the millisecond issue instant it compares. */
class TokenRevocationsTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";

    @Test
    void tokensIssuedAtOrBeforeTheRevocationAreRevokedLaterOnesAreNot() {
        assertThat(TokenRevocations.revokes(1_000, 999)).isTrue();
        assertThat(TokenRevocations.revokes(1_000, 1_000)).as("the same millisecond counts as before").isTrue();
        assertThat(TokenRevocations.revokes(1_000, 1_001)).isFalse();
    }

    @Test
    void aLoginInTheSameSecondRightAfterALogoutIsNotRevoked() {
        Instant loggedIn = Instant.parse("2026-12-05T10:00:00.100Z");
        Instant loggedOut = Instant.parse("2026-12-05T10:00:00.400Z");
        Instant loggedInAgain = Instant.parse("2026-12-05T10:00:00.401Z");
        VerifiedToken old = tokensAt(loggedIn).verifyToken(tokensAt(loggedIn).issue(AuthenticatedUser.member(5, "m")));
        VerifiedToken fresh = tokensAt(loggedInAgain)
                .verifyToken(tokensAt(loggedInAgain).issue(AuthenticatedUser.member(5, "m")));

        assertThat(old.issuedAtMillis()).isEqualTo(loggedIn.toEpochMilli());
        assertThat(fresh.issuedAtMillis()).isEqualTo(loggedInAgain.toEpochMilli());
        assertThat(TokenRevocations.revokes(loggedOut.toEpochMilli(), old.issuedAtMillis())).isTrue();
        assertThat(TokenRevocations.revokes(loggedOut.toEpochMilli(), fresh.issuedAtMillis()))
                .as("whole-second iat would call this revoked").isFalse();
    }

    private static JwtTokens tokensAt(Instant now) {
        return new JwtTokens(new JwtProperties(SECRET, Duration.ofHours(2), "Bearer "), Clock.fixed(now, ZoneOffset.UTC));
    }
}
