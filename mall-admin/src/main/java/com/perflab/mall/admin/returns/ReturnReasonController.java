package com.perflab.mall.admin.returns;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Return reasons; id lists are comma-separated or repeated parameters. */
@RestController
@RequestMapping("/returnReason")
class ReturnReasonController {

    private final ReturnReasonService reasons;

    ReturnReasonController(ReturnReasonService reasons) {
        this.reasons = reasons;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<ReturnReason>> list(@Valid PageQuery page) {
        return ApiResponse.success(reasons.list(page));
    }

    @GetMapping("/{id}")
    ApiResponse<ReturnReason> get(@PathVariable @Positive long id) {
        return ApiResponse.success(reasons.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ReturnReason> create(@Valid @RequestBody ReturnReasonRequest request) {
        return ApiResponse.success(reasons.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ReturnReason> update(@PathVariable @Positive long id, @Valid @RequestBody ReturnReasonRequest request) {
        return ApiResponse.success(reasons.update(id, request), "修改成功");
    }

    @PostMapping("/delete")
    ApiResponse<Void> delete(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids) {
        reasons.delete(ids);
        return ApiResponse.success(null, "删除成功");
    }

    @PostMapping("/update/status")
    ApiResponse<Void> updateStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer status) {
        reasons.updateStatus(ids, status);
        return ApiResponse.success(null, "修改成功");
    }
}
