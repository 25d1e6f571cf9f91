package com.perflab.mall.admin.support;

import com.perflab.mall.common.api.ApiResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only endpoints on paths the seeded resources cover, so authorisation can be checked on them. */
@RestController
class ProbeController {

    @GetMapping("/order/probe")
    ApiResponse<String> order() {
        return ApiResponse.success("order");
    }

    @GetMapping("/product/probe")
    ApiResponse<String> product() {
        return ApiResponse.success("product");
    }
}
