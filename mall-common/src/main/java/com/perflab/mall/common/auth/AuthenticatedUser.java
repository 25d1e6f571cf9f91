package com.perflab.mall.common.auth;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import java.util.List;

/**
 * The caller as the gateway vouches for it. Controllers take it as a parameter; it comes from the
 * gateway's signed identity headers ({@link IdentityProof}), so a request without them is refused with 401.
 *
 * @param id       member id or admin id, depending on {@link #type()}; 0 for a service
 * @param username the login name
 * @param type     member or admin
 * @param roles    role names of an admin; empty for members
 */
public record AuthenticatedUser(long id, String username, UserType type, List<String> roles) {

    public AuthenticatedUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static AuthenticatedUser member(long id, String username) {
        return new AuthenticatedUser(id, username, UserType.MEMBER, List.of());
    }

    public static AuthenticatedUser admin(long id, String username, List<String> roles) {
        return new AuthenticatedUser(id, username, UserType.ADMIN, roles);
    }

    /** A mall service calling another one, named after its {@code spring.application.name}. */
    public static AuthenticatedUser service(String name) {
        return new AuthenticatedUser(0, name, UserType.SERVICE, List.of());
    }

    /** The member id; an admin token on a shopper's endpoint is refused with 403. */
    public long memberId() {
        if (type != UserType.MEMBER) {
            throw new ApiException(ErrorCode.FORBIDDEN, "this endpoint is for members");
        }
        return id;
    }

    /** The admin id; a member token on a back-office endpoint is refused with 403. */
    public long adminId() {
        if (type != UserType.ADMIN) {
            throw new ApiException(ErrorCode.FORBIDDEN, "this endpoint is for admins");
        }
        return id;
    }
}
