package com.perflab.mall.common.auth;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the identity headers that the gateway (and a service calling another) attaches to a
 * request. A service trusts {@code X-Mall-*} headers only with a valid signature over all of them and a
 * fresh timestamp, so a request sent straight to a service port with hand-made headers is refused (401),
 * whatever network path it took.
 */
public class IdentityProof {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Duration maxAge;
    private final Clock clock;

    public IdentityProof(IdentityProperties properties, Clock clock) {
        this.key = new SecretKeySpec(
                Secrets.requireUsable("mall.identity.secret", "MALL_IDENTITY_SECRET", properties.secret()), ALGORITHM);
        this.maxAge = properties.maxAge();
        this.clock = clock;
    }

    /** The identity headers for {@code user}, signed now. */
    public Map<String, String> headersFor(AuthenticatedUser user) {
        Map<String, String> headers = IdentityHeaders.of(user);
        String timestamp = Long.toString(clock.millis());
        headers.put(IdentityHeaders.TIMESTAMP, timestamp);
        headers.put(IdentityHeaders.SIGNATURE, sign(headers));
        return headers;
    }

    /**
     * The caller the headers prove, or null when the request carries no identity headers at all (an
     * anonymous call). Headers that are present but unsigned, tampered with, malformed or stale: 401.
     */
    public AuthenticatedUser verify(Function<String, String> header) {
        String id = header.apply(IdentityHeaders.USER_ID);
        String type = header.apply(IdentityHeaders.USER_TYPE);
        String signature = header.apply(IdentityHeaders.SIGNATURE);
        String timestamp = header.apply(IdentityHeaders.TIMESTAMP);
        if (id == null && type == null && signature == null && timestamp == null
                && header.apply(IdentityHeaders.USERNAME) == null && header.apply(IdentityHeaders.ROLES) == null) {
            return null;
        }
        if (id == null || type == null || signature == null || timestamp == null) {
            throw refused("identity headers without proof");
        }
        Map<String, String> signed = Map.of(
                IdentityHeaders.USER_ID, id,
                IdentityHeaders.USERNAME, nullToEmpty(header.apply(IdentityHeaders.USERNAME)),
                IdentityHeaders.USER_TYPE, type,
                IdentityHeaders.ROLES, nullToEmpty(header.apply(IdentityHeaders.ROLES)),
                IdentityHeaders.TIMESTAMP, timestamp);
        byte[] expected = sign(signed).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            throw refused("identity signature does not match");
        }
        long signedAt;
        try {
            signedAt = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw refused("malformed identity timestamp");
        }
        long age = clock.millis() - signedAt;
        if (Math.abs(age) > maxAge.toMillis()) {
            throw refused("identity proof expired");
        }
        AuthenticatedUser user = IdentityHeaders.read(header);
        if (user == null) {
            throw refused("malformed identity headers");
        }
        return user;
    }

    /** HMAC over every identity field in a fixed order; a field cannot be moved into another. */
    private String sign(Map<String, String> headers) {
        String payload = String.join("\n", "v1",
                headers.get(IdentityHeaders.USER_ID),
                nullToEmpty(headers.get(IdentityHeaders.USERNAME)),
                headers.get(IdentityHeaders.USER_TYPE),
                nullToEmpty(headers.get(IdentityHeaders.ROLES)),
                headers.get(IdentityHeaders.TIMESTAMP));
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static ApiException refused(String why) {
        return new ApiException(ErrorCode.UNAUTHORIZED, ErrorCode.UNAUTHORIZED.message() + " (" + why + ")");
    }
}
