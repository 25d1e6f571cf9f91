package com.perflab.mall.common.auth;

/**
 * A token whose signature and expiry were checked.
 *
 * @param user           whom it was issued to
 * @param issuedAtMillis when, in epoch milliseconds (what {@link TokenRevocations} compares)
 */
public record VerifiedToken(AuthenticatedUser user, long issuedAtMillis) {
}
