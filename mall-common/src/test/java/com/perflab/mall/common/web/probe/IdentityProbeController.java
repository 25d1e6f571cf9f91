package com.perflab.mall.common.web.probe;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.auth.AuthenticatedUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints for the identity checks: one for any caller, one for a known caller, one internal. */
@RestController
class IdentityProbeController {

    @GetMapping("/probe/anyone")
    ApiResponse<String> anyone() {
        return ApiResponse.success("hello");
    }

    @GetMapping("/probe/me")
    ApiResponse<String> me(AuthenticatedUser user) {
        return ApiResponse.success(user.type() + ":" + user.id() + ":" + user.username());
    }

    @GetMapping("/internal/probe")
    ApiResponse<String> internal(AuthenticatedUser user) {
        return ApiResponse.success(user.username());
    }
}
