package com.perflab.mall.admin.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.AntPathMatcher;

/**
 * What one admin may call: nothing when disabled (or deleted), everything as super admin, otherwise
 * the Ant patterns of the resources of the admin's enabled roles.
 */
record AccessGrant(boolean enabled, boolean superAdmin, List<String> patterns) {

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    AccessGrant {
        patterns = List.copyOf(patterns);
    }

    boolean allows(String path) {
        if (superAdmin) {
            return true;
        }
        for (String pattern : patterns) {
            if (MATCHER.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** One line of flags, then one pattern per line: small, and no JSON mapping to keep in step. */
    String serialize() {
        StringBuilder text = new StringBuilder().append(enabled ? '1' : '0').append(superAdmin ? '1' : '0');
        patterns.forEach(p -> text.append('\n').append(p));
        return text.toString();
    }

    static AccessGrant parse(String text) {
        String[] lines = text.split("\n");
        List<String> patterns = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            patterns.add(lines[i]);
        }
        return new AccessGrant(lines[0].charAt(0) == '1', lines[0].charAt(1) == '1', patterns);
    }
}
