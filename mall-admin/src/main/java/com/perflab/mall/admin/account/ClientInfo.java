package com.perflab.mall.admin.account;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's address and browser for the login log (never for a security decision). */
record ClientInfo(String ip, String userAgent) {

    static ClientInfo of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        String ip = forwarded == null || forwarded.isBlank()
                ? request.getRemoteAddr() : forwarded.split(",", 2)[0].trim();
        return new ClientInfo(cut(ip, 64), cut(request.getHeader("User-Agent"), 255));
    }

    private static String cut(String value, int max) {
        return value != null && value.length() > max ? value.substring(0, max) : value;
    }
}
