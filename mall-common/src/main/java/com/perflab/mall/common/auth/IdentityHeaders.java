package com.perflab.mall.common.auth;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The headers in which the gateway forwards the verified caller to the services. The gateway removes
 * every incoming header with {@link #PREFIX} before it sets its own, and {@link IdentityProof} signs them,
 * so neither a client of the gateway nor a caller of a service port can pose as anyone. Values are
 * URL-encoded because usernames may be Chinese.
 */
public final class IdentityHeaders {

    public static final String PREFIX = "X-Mall-";
    public static final String USER_ID = "X-Mall-User-Id";
    public static final String USERNAME = "X-Mall-Username";
    public static final String USER_TYPE = "X-Mall-User-Type";
    public static final String ROLES = "X-Mall-Roles";
    /** when the identity was signed, epoch milliseconds */
    public static final String TIMESTAMP = "X-Mall-Timestamp";
    /** HMAC-SHA256 over the identity and the timestamp, see {@link IdentityProof} */
    public static final String SIGNATURE = "X-Mall-Signature";

    private IdentityHeaders() {
    }

    public static boolean isIdentityHeader(String name) {
        return name.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** The unsigned headers of {@code user}; {@link IdentityProof#headersFor} adds the proof. */
    static Map<String, String> of(AuthenticatedUser user) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(USER_ID, Long.toString(user.id()));
        headers.put(USERNAME, encode(user.username()));
        headers.put(USER_TYPE, user.type().name());
        headers.put(ROLES, encode(String.join(",", user.roles())));
        return headers;
    }

    /**
     * The user the headers name, or null when they are missing or malformed. Not a proof of anything on
     * its own: {@link IdentityProof#verify} checks the signature first.
     */
    static AuthenticatedUser read(Function<String, String> header) {
        String id = header.apply(USER_ID);
        String type = header.apply(USER_TYPE);
        if (id == null || type == null) {
            return null;
        }
        try {
            String roles = decode(header.apply(ROLES));
            List<String> roleList = roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
            return new AuthenticatedUser(Long.parseLong(id), decode(header.apply(USERNAME)),
                    UserType.valueOf(type), roleList);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String decode(String value) {
        return value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
