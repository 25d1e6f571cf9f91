package com.perflab.mall.common.auth;

/**
 * Who a token was issued to: shoppers and back-office admins never share a token. {@code SERVICE} is no
 * token holder: it is a mall service calling another's internal API with a signed identity of its own.
 */
public enum UserType {
    MEMBER, ADMIN, SERVICE
}
