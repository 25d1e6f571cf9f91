package com.perflab.mall.member.sso;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's address for the login log (not for any security decision). */
final class ClientIp {

    private static final int MAX_LENGTH = 64;

    private ClientIp() {
    }

    /** The first X-Forwarded-For entry (the client as the gateway saw it), else the peer address. */
    static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        String ip = forwarded == null || forwarded.isBlank()
                ? request.getRemoteAddr() : forwarded.split(",", 2)[0].trim();
        return ip != null && ip.length() > MAX_LENGTH ? ip.substring(0, MAX_LENGTH) : ip;
    }
}
