package com.perflab.mall.admin.returns;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Return requests of members; the status change takes JSON or form parameters. */
@RestController
@RequestMapping("/returnApply")
class ReturnApplyController {

    private final ReturnApplyService applies;

    ReturnApplyController(ReturnApplyService applies) {
        this.applies = applies;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<ReturnApply>> list(@Valid ReturnApplyFilter filter, @Valid PageQuery page) {
        return ApiResponse.success(applies.list(filter, page));
    }

    @GetMapping("/{id}")
    ApiResponse<ReturnApplyDetail> get(@PathVariable @Positive long id) {
        return ApiResponse.success(applies.detail(id));
    }

    @PostMapping("/update/status/{id}")
    ApiResponse<ReturnApplyDetail> updateStatus(AuthenticatedUser user, @PathVariable @Positive long id,
                                                @Valid ReturnStatusRequest request) {
        user.adminId();
        return ApiResponse.success(applies.updateStatus(id, request, user.username()), "修改成功");
    }

    @PostMapping(path = "/update/status/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ReturnApplyDetail> updateStatusJson(AuthenticatedUser user, @PathVariable @Positive long id,
                                                    @Valid @RequestBody ReturnStatusRequest request) {
        return updateStatus(user, id, request);
    }
}
