package com.perflab.mall.common.access;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.auth.AuthenticatedUser;
import java.util.List;
import java.util.Set;

/**
 * The back office's permission model for every service that has management endpoints: admin -> enabled
 * roles -> resources (Ant patterns), the super role by name, all read from the {@code ums_*} tables of
 * the service's database (cached in Redis where the service has Redis). Role names in the caller's identity
 * grant nothing: permissions always come from the database.
 */
public class AdminAccess {

    private final AccessMapper access;
    private final AccessProperties properties;
    private final GrantCache cache;

    AdminAccess(AccessMapper access, AccessProperties properties, GrantCache cache) {
        this.access = access;
        this.properties = properties;
        this.cache = cache;
    }

    public String service() {
        return properties.service();
    }

    public AccessGrant grantOf(long adminId) {
        return cache == null ? load(adminId) : cache.get(adminId, this::load);
    }

    /**
     * Refuses the call unless the caller is an enabled admin allowed {@code path} (as this service sees it):
     * no caller 401; a member, a disabled or deleted admin, or a path none of the admin's resources match 403.
     *
     * @param openToEveryAdmin paths any enabled admin may call (their own profile, logout ...)
     */
    public void authorize(AuthenticatedUser caller, String path, Set<String> openToEveryAdmin) {
        if (caller == null) {
            throw new ApiException(ErrorCode.UNAUTHORIZED);
        }
        AccessGrant grant = grantOf(caller.adminId());
        if (!grant.enabled()) {
            throw ApiException.forbidden("账号已被禁用或不存在");
        }
        if (!openToEveryAdmin.contains(path) && !grant.allows(properties.service(), path)) {
            throw ApiException.forbidden("没有访问 " + path + " 的权限");
        }
    }

    private AccessGrant load(long adminId) {
        Integer status = access.findStatus(adminId);
        if (status == null || status != 1) {
            return new AccessGrant(false, false, List.of());
        }
        if (access.findRoleNames(adminId).contains(properties.superRole())) {
            return new AccessGrant(true, true, List.of());
        }
        return new AccessGrant(true, false, access.findResourceUrls(adminId));
    }
}
