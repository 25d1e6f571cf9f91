package com.perflab.mall.admin.account;

import com.perflab.mall.common.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;

/** The caller's address and browser for the login log (never for a security decision). */
record ClientInfo(String ip, String userAgent) {

    static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(ClientAddress.of(request), cut(request.getHeader("User-Agent"), 255));
    }

    private static String cut(String value, int max) {
        return value != null && value.length() > max ? value.substring(0, max) : value;
    }
}
