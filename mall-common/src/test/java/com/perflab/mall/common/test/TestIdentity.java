package com.perflab.mall.common.test;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.auth.IdentityProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The identity headers the gateway would set for a verified caller, signed with the test run's identity
 * secret (MALL_IDENTITY_SECRET, which the build gives every test JVM and the services under test alike).
 */
public final class TestIdentity {

    private static final IdentityProof PROOF = new IdentityProof(
            new IdentityProperties(secret(), Duration.ofSeconds(60)), Clock.systemUTC());

    private TestIdentity() {
    }

    public static Map<String, String> headers(AuthenticatedUser user) {
        return PROOF.headersFor(user);
    }

    /** The secret the services under test verify with. */
    public static String secret() {
        String secret = System.getenv("MALL_IDENTITY_SECRET");
        return secret != null ? secret : System.getProperty("mall.identity.secret");
    }
}
