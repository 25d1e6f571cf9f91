package com.perflab.mall.common.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.AntPathMatcher;

/**
 * What one admin may call: nothing when disabled (or deleted), everything as super admin, otherwise
 * the Ant patterns ({@code ums_resource.url}) of the resources of the admin's enabled roles.
 *
 * <p>A resource names the service it belongs to by its first segment: {@code /mall-search/esProduct/**} is
 * mall-search's and is matched against {@code /mall-search} + the path mall-search sees. A pattern whose
 * first segment is not {@code mall-...} (e.g. {@code /product/**}, as seeded) belongs to the back office,
 * mall-admin, and is matched against mall-admin's own paths. So no resource of one service ever opens a path
 * of another, whatever the pattern ({@code /**} included).
 */
public record AccessGrant(boolean enabled, boolean superAdmin, List<String> patterns) {

    /** The service whose resources are written without the service prefix. */
    public static final String BACK_OFFICE = "mall-admin";

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    public AccessGrant {
        patterns = List.copyOf(patterns);
    }

    /**
     * @param service the routed name of the calling service, e.g. {@code mall-search}
     * @param path    the path as that service sees it (after the gateway stripped {@code /<service>})
     */
    public boolean allows(String service, String path) {
        if (superAdmin) {
            return true;
        }
        String prefix = "/" + service;
        for (String pattern : patterns) {
            if (pattern.startsWith(prefix + "/")) {
                if (MATCHER.match(pattern, prefix + path)) {
                    return true;
                }
            } else if (BACK_OFFICE.equals(service) && !pattern.startsWith("/mall-") && MATCHER.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    /** One line of flags, then one pattern per line: small, and no JSON mapping to keep in step. */
    public String serialize() {
        StringBuilder text = new StringBuilder().append(enabled ? '1' : '0').append(superAdmin ? '1' : '0');
        patterns.forEach(p -> text.append('\n').append(p));
        return text.toString();
    }

    public static AccessGrant parse(String text) {
        String[] lines = text.split("\n");
        List<String> patterns = new ArrayList<>(lines.length);
        for (int i = 1; i < lines.length; i++) {
            patterns.add(lines[i]);
        }
        return new AccessGrant(lines[0].charAt(0) == '1', lines[0].charAt(1) == '1', patterns);
    }
}
