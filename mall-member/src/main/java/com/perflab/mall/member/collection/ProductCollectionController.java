package com.perflab.mall.member.collection;

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

/** The caller's collected products; the member always comes from the gateway's identity. */
@RestController
@RequestMapping("/member/productCollection")
class ProductCollectionController {

    private final ProductCollectionService collections;

    ProductCollectionController(ProductCollectionService collections) {
        this.collections = collections;
    }

    @PostMapping("/add")
    ApiResponse<ProductCollection> add(AuthenticatedUser user, @Valid @RequestBody ProductCollectionRequest request) {
        return ApiResponse.success(collections.add(user.memberId(), user.username(), request.productId()));
    }

    /** Replies with the number of entries removed (0 when the product was not collected). */
    @PostMapping("/delete")
    ApiResponse<Long> delete(AuthenticatedUser user, @RequestParam @Positive long productId) {
        return ApiResponse.success(collections.delete(user.memberId(), productId));
    }

    @GetMapping("/list")
    ApiResponse<PageResult<ProductCollection>> list(AuthenticatedUser user, @Valid PageQuery page) {
        return ApiResponse.success(collections.list(user.memberId(), page));
    }

    @GetMapping("/detail")
    ApiResponse<ProductCollection> detail(AuthenticatedUser user, @RequestParam @Positive long productId) {
        return ApiResponse.success(collections.detail(user.memberId(), productId));
    }

    @PostMapping("/clear")
    ApiResponse<Long> clear(AuthenticatedUser user) {
        return ApiResponse.success(collections.clear(user.memberId()));
    }
}
