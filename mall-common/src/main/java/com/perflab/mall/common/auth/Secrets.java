package com.perflab.mall.common.auth;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one rule for the mall's shared secrets (token key, identity key): set, at least 32 bytes, and not a
 * placeholder from the repository. A service refuses to start otherwise, naming the variable and the fix.
 */
public final class Secrets {

    static final int MIN_BYTES = 32;

    private Secrets() {
    }

    /** The key bytes of {@code value}; {@code property (variable)} name it in the start-up failure. */
    public static byte[] requireUsable(String property, String variable, String value) {
        String fix = " (./mall up generates one into .run/secrets.env; in the cluster run k8s/secrets.sh)";
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " (" + variable + ") is not set" + fix);
        }
        if (value.strip().toUpperCase(Locale.ROOT).startsWith("CHANGE-ME")) {
            throw new IllegalStateException(property + " (" + variable + ") is still the placeholder "
                    + "from the repository" + fix);
        }
        byte[] key = value.getBytes(StandardCharsets.UTF_8);
        if (key.length < MIN_BYTES) {
            throw new IllegalStateException(property + " (" + variable + ") must be at least " + MIN_BYTES
                    + " bytes, it has " + key.length + fix);
        }
        return key;
    }
}
