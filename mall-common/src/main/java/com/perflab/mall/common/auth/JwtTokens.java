package com.perflab.mall.common.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Issues and verifies the HS256 tokens that members and admins log in with. */
public class JwtTokens {

    private static final String USERNAME = "username";
    private static final String TYPE = "type";
    private static final String ROLES = "roles";
    /** The issue instant in milliseconds: {@code iat} has whole seconds, too coarse for revocation. */
    private static final String ISSUED_MS = "iat_ms";

    private final JwtProperties properties;
    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    public JwtTokens(JwtProperties properties, Clock clock) {
        byte[] key = Secrets.requireUsable("mall.jwt.secret", "MALL_JWT_SECRET", properties.secret());
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("unusable mall.jwt.secret: " + e.getMessage(), e);
        }
        this.properties = properties;
        this.clock = clock;
    }

    public String tokenHead() {
        return properties.tokenHead();
    }

    public String issue(AuthenticatedUser user) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(Long.toString(user.id()))
                .claim(USERNAME, user.username())
                .claim(TYPE, user.type().name())
                .claim(ROLES, user.roles())
                .issueTime(Date.from(now))
                .claim(ISSUED_MS, now.toEpochMilli())
                .expirationTime(Date.from(now.plus(properties.expiration())))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /**
     * The user of a valid token; a forged, malformed or expired one is refused with 401.
     *
     * @param authorization the Authorization header value ("Bearer ..."), or the bare token
     */
    public AuthenticatedUser verify(String authorization) {
        return verifyToken(authorization).user();
    }

    /**
     * The user of a valid token and when it was issued (for {@link TokenRevocations}); 401 as {@link #verify}.
     *
     * @param authorization the Authorization header value ("Bearer ..."), or the bare token
     */
    public VerifiedToken verifyToken(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw unauthorized("missing token");
        }
        String token = authorization.startsWith(properties.tokenHead())
                ? authorization.substring(properties.tokenHead().length()).trim() : authorization.trim();
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                throw unauthorized("invalid token signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || !expires.toInstant().isAfter(clock.instant())) {
                throw unauthorized("token expired");
            }
            List<String> roles = claims.getStringListClaim(ROLES);
            AuthenticatedUser user = new AuthenticatedUser(Long.parseLong(claims.getSubject()),
                    claims.getStringClaim(USERNAME), UserType.valueOf(claims.getStringClaim(TYPE)), roles);
            return new VerifiedToken(user, issuedAtMillis(claims));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            throw unauthorized("invalid token");
        }
    }

    /** {@code iat_ms}; a token without it (issued before it existed) counts from the start of its {@code iat} second. */
    private static long issuedAtMillis(JWTClaimsSet claims) throws ParseException {
        Long millis = claims.getLongClaim(ISSUED_MS);
        if (millis != null) {
            return millis;
        }
        Date issued = claims.getIssueTime();
        return issued == null ? 0 : issued.getTime();
    }

    private static ApiException unauthorized(String why) {
        return new ApiException(ErrorCode.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.message() + " (" + why + ")");
    }
}
