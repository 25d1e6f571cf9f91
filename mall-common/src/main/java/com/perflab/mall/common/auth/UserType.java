package com.perflab.mall.common.auth;

/** Who a token was issued to: shoppers and back-office admins never share a token. */
public enum UserType {
    MEMBER, ADMIN
}
