package com.perflab.mall.common.auth;

/** What a login answers: {@code {"token": "...", "tokenHead": "Bearer "}}, as the course system does. */
public record TokenReply(String token, String tokenHead) {
}
