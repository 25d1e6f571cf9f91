package com.perflab.mall.common.auth;

/**
 * Revocation of tokens per account, kept in MySQL table {@code auth_token_revocation} (migration V4):
 * logging out, changing the password, being disabled or deleted set the account's {@code revoked_at} to
 * that instant, and every token of the account issued at or before it is refused by the gateway. One row
 * per account, so the table stays as small as the number of accounts that ever did one of these; a
 * logout therefore ends the account's tokens on every device.
 *
 * <p>The instants are epoch milliseconds from the clock of the service that writes them and of the one
 * that issued the token; a login right after a logout (a later millisecond) is not affected.
 */
public final class TokenRevocations {

    /** Why a row was written; shown in the table for whoever looks at it. */
    public static final String LOGOUT = "logout";
    public static final String PASSWORD = "password";
    public static final String DISABLED = "disabled";
    public static final String DELETED = "deleted";

    /**
     * Upserts one account's row, never moving {@code revoked_at} back. MyBatis parameters: {@code type}
     * (MEMBER/ADMIN), {@code id}, {@code revokedAt} (epoch ms), {@code reason}.
     */
    public static final String UPSERT = "INSERT INTO auth_token_revocation (user_type, user_id, revoked_at, reason)"
            + " VALUES (#{type}, #{id}, #{revokedAt}, #{reason})"
            + " ON DUPLICATE KEY UPDATE reason = IF(VALUES(revoked_at) > revoked_at, VALUES(reason), reason),"
            + " revoked_at = GREATEST(revoked_at, VALUES(revoked_at))";

    private TokenRevocations() {
    }

    /** Whether a token issued at {@code issuedAtMillis} is revoked by a row with {@code revokedAtMillis}. */
    public static boolean revokes(long revokedAtMillis, long issuedAtMillis) {
        return issuedAtMillis <= revokedAtMillis;
    }
}
