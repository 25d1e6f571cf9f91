package com.perflab.mall.common.web;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's address for logs such as login logs (never for a security decision: the header can be set by anyone). */
public final class ClientAddress {

    private static final int MAX_LENGTH = 64;

    private ClientAddress() {
    }

    /**
     * X-Real-IP (set by the gateway to the client it saw, whatever the client sent), else the first
     * X-Forwarded-For entry (a caller inside the network), else the peer address.
     */
    public static String of(HttpServletRequest request) {
        String real = request.getHeader("X-Real-IP");
        String forwarded = request.getHeader("X-Forwarded-For");
        String ip = real != null && !real.isBlank() ? real.trim()
                : forwarded == null || forwarded.isBlank() ? request.getRemoteAddr() : forwarded.split(",", 2)[0].trim();
        return ip != null && ip.length() > MAX_LENGTH ? ip.substring(0, MAX_LENGTH) : ip;
    }
}
