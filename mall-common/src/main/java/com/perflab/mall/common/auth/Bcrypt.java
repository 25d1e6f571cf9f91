package com.perflab.mall.common.auth;

import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What both logins (member and admin) need to know about BCrypt beyond its encoder: the cost a hash was made with,
 * read from its text ({@code $2a$10$...}, also {@code $2b$}, {@code $2y$}), so a password is re-hashed at the
 * configured cost when it differs, and its 72-byte input limit.
 */
public final class Bcrypt {

    private static final Logger log = LoggerFactory.getLogger(Bcrypt.class);

    /** BCrypt reads at most this many bytes of a password. */
    private static final int MAX_INPUT_BYTES = 72;

    /** Version, two-digit cost, then 22 characters of salt and 31 of hash in BCrypt's base64. */
    private static final Pattern HASH = Pattern.compile("\\A\\$2[aby]?\\$(\\d\\d)\\$[./0-9A-Za-z]{53}\\z");

    private Bcrypt() {
    }

    /**
     * True when BCrypt would read only a prefix of {@code raw}: such input can never match a hash made from a valid
     * password (registration keeps passwords within the limit), so it is refused before the costly comparison.
     */
    public static boolean tooLong(String raw) {
        return raw.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT_BYTES;
    }

    /** The cost (4..31), or empty when the text is not a BCrypt hash. */
    public static OptionalInt costOf(String hash) {
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
    public static void followCost(int configured, String verifiedHash, Supplier<String> rehash,
                              Consumer<String> replace, String account) {
        OptionalInt cost = costOf(verifiedHash);
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
