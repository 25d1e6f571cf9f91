package com.perflab.mall.member.attention;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The brands the caller follows; the member always comes from the gateway's identity. */
@RestController
@RequestMapping("/member/attention")
class BrandAttentionController {

    private final BrandAttentionService attentions;

    BrandAttentionController(BrandAttentionService attentions) {
        this.attentions = attentions;
    }

    @PostMapping("/add")
    ApiResponse<BrandAttention> add(AuthenticatedUser user, @Valid @RequestBody BrandAttentionRequest request) {
        return ApiResponse.success(attentions.add(user.memberId(), user.username(), request.brandId()));
    }

    /** Replies with the number of entries removed (0 when the brand was not followed). */
    @PostMapping("/delete")
    ApiResponse<Long> delete(AuthenticatedUser user, @RequestParam @Positive long brandId) {
        return ApiResponse.success(attentions.delete(user.memberId(), brandId));
    }

    /** Paged like every list; without pageNum/pageSize the first 10. */
    @GetMapping("/list")
    ApiResponse<PageResult<BrandAttention>> list(AuthenticatedUser user, @Valid PageQuery page) {
        return ApiResponse.success(attentions.list(user.memberId(), page));
    }

    @GetMapping("/detail")
    ApiResponse<BrandAttention> detail(AuthenticatedUser user, @RequestParam @Positive long brandId) {
        return ApiResponse.success(attentions.detail(user.memberId(), brandId));
    }

    @PostMapping("/clear")
    ApiResponse<Long> clear(AuthenticatedUser user) {
        return ApiResponse.success(attentions.clear(user.memberId()));
    }
}
