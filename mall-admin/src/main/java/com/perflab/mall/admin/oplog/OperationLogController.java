package com.perflab.mall.admin.oplog;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OperationLogController {

    private final OperationLogMapper logs;

    OperationLogController(OperationLogMapper logs) {
        this.logs = logs;
    }

    /** Under /admin/**: only roles holding the admin-management resource read who changed what. */
    @GetMapping("/admin/operationLog/list")
    ApiResponse<PageResult<OperationLogEntry>> list(@Valid OperationLogFilter filter, @Valid PageQuery page) {
        // checked here, not as an @AssertTrue isTo() on the record: MyBatis would read that as the property "to"
        if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
            throw ApiException.invalid("to", "to 必须晚于 from");
        }
        long total = logs.count(filter);
        return ApiResponse.success(total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, logs.page(filter, page.offset(), page.pageSize())));
    }
}
