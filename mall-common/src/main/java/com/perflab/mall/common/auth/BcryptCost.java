package com.perflab.mall.common.auth;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cost a BCrypt hash was made with, read from its text: {@code $2a$10$...} (also {@code $2b$}, {@code $2y$}).
 * Both logins (member and admin) re-hash a password at their configured cost when it differs.
 */
public final class BcryptCost {

    /** Version, two-digit cost, then 22 characters of salt and 31 of hash in BCrypt's base64. */
    private static final Pattern HASH = Pattern.compile("\\A\\$2[aby]?\\$(\\d\\d)\\$[./0-9A-Za-z]{53}\\z");

    private BcryptCost() {
    }

    /** The cost (4..31), or empty when the text is not a BCrypt hash. */
    public static OptionalInt of(String hash) {
        Matcher matcher = hash == null ? null : HASH.matcher(hash);
        if (matcher == null || !matcher.matches()) {
            return OptionalInt.empty();
        }
        int cost = Integer.parseInt(matcher.group(1));
        return cost >= 4 && cost <= 31 ? OptionalInt.of(cost) : OptionalInt.empty();
    }
}
