package com.perflab.mall.portal.returns;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Return requests for the member's own paid orders. */
@RestController
class ReturnApplyController {

    private final ReturnApplyService service;

    ReturnApplyController(ReturnApplyService service) {
        this.service = service;
    }

    @PostMapping("/returnApply/create")
    ApiResponse<Void> create(AuthenticatedUser user, @RequestBody @Valid ReturnApplyRequest request) {
        service.create(user, request);
        return ApiResponse.success(null);
    }

    /** The caller's requests, newest first; paged like every list (without pageNum/pageSize the first 10). */
    @GetMapping("/returnApply/list")
    ApiResponse<PageResult<MyReturn>> list(AuthenticatedUser user, @Valid PageQuery page) {
        return ApiResponse.success(service.list(user.memberId(), page));
    }
}
