package com.perflab.mall.common.auth;

import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cost a BCrypt hash was made with, read from its text: {@code $2a$10$...} (also {@code $2b$}, {@code $2y$}).
 * Both logins (member and admin) re-hash a password at their configured cost when it differs.
 */
public final class BcryptCost {

    private static final Logger log = LoggerFactory.getLogger(BcryptCost.class);

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

    /**
     * After a successful login: when {@code verifiedHash} is BCrypt made at another cost than {@code configured}
     * (either way), hands the password hashed anew by {@code rehash} to {@code replace}, which stores it only while
     * the stored hash is still the verified one (a concurrent password change wins). Nothing happens when the
     * costs are equal or the hash is not BCrypt; a failure is logged and costs only the re-hash, never the login.
     */
    public static void follow(int configured, String verifiedHash, Supplier<String> rehash,
                              Consumer<String> replace, String account) {
        OptionalInt cost = of(verifiedHash);
        if (cost.isEmpty() || cost.getAsInt() == configured) {
            return;
        }
        try {
            replace.accept(rehash.get());
        } catch (RuntimeException failed) {
            log.warn("Could not re-hash the password of {} from cost {} to {}: {}", account, cost.getAsInt(),
                    configured, failed.toString());
        }
    }
}
