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
            return new AuthenticatedUser(Long.parseLong(claims.getSubject()), claims.getStringClaim(USERNAME),
                    UserType.valueOf(claims.getStringClaim(TYPE)), roles);
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            throw unauthorized("invalid token");
        }
    }

    private static ApiException unauthorized(String why) {
        return new ApiException(ErrorCode.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.message() + " (" + why + ")");
    }
}
