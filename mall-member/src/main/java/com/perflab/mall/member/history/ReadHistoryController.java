package com.perflab.mall.member.history;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's read history; the member always comes from the gateway's identity. */
@RestController
@RequestMapping("/member/readHistory")
class ReadHistoryController {

    private final ReadHistoryService history;

    ReadHistoryController(ReadHistoryService history) {
        this.history = history;
    }

    @PostMapping("/create")
    ApiResponse<ReadHistory> create(AuthenticatedUser user, @Valid @RequestBody ReadHistoryRequest request) {
        return ApiResponse.success(history.create(user.memberId(), user.username(), request.productId()));
    }

    @GetMapping("/list")
    ApiResponse<PageResult<ReadHistory>> list(AuthenticatedUser user, @Valid PageQuery page) {
        return ApiResponse.success(history.list(user.memberId(), page));
    }

    /** {@code ids} as {@code ids=a,b} or repeated; replies with the number of documents removed. */
    @PostMapping("/delete")
    ApiResponse<Long> delete(AuthenticatedUser user, @RequestParam @NotEmpty @Size(max = 100) List<
            @Pattern(regexp = "^[0-9a-fA-F]{24}$", message = "must be a read history id") String> ids) {
        return ApiResponse.success(history.delete(user.memberId(), ids));
    }

    @PostMapping("/clear")
    ApiResponse<Long> clear(AuthenticatedUser user) {
        return ApiResponse.success(history.clear(user.memberId()));
    }
}
