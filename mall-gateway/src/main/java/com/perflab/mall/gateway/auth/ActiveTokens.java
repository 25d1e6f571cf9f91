package com.perflab.mall.gateway.auth;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.JwtProperties;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.common.auth.TokenRevocations;
import com.perflab.mall.common.auth.VerifiedToken;
import org.springframework.stereotype.Component;

/**
 * Token verification at the gateway: the signature and expiry ({@link JwtTokens}), then whether the account
 * revoked it since ({@link RevocationList}, a map lookup). 401 for a revoked token; 503 while the list has
 * never been read. Tokens older than this gateway's {@code mall.jwt.expiration} are refused too, so the
 * list never needs rows older than that, whatever lifetime the issuing service was configured with.
 */
@Component
class ActiveTokens {

    private final JwtTokens tokens;
    private final RevocationList revocations;
    private final long maxAgeMillis;

    ActiveTokens(JwtTokens tokens, RevocationList revocations, JwtProperties jwt) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.maxAgeMillis = jwt.expiration().toMillis();
    }

    /** The user of a valid, unrevoked token; 401 (or 503, see above) otherwise. */
    AuthenticatedUser verify(String authorization) {
        VerifiedToken token = tokens.verifyToken(authorization);
        if (token.issuedAtMillis() < System.currentTimeMillis() - maxAgeMillis) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.message() + " (token expired)");
        }
        if (!revocations.loaded()) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "token revocation list not loaded yet");
        }
        AuthenticatedUser user = token.user();
        Long revokedAt = revocations.revokedAt(user.type(), user.id());
        if (revokedAt != null && TokenRevocations.revokes(revokedAt, token.issuedAtMillis())) {
            throw new ApiException(ErrorCode.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.message() + " (token revoked)");
        }
        return user;
    }
}
