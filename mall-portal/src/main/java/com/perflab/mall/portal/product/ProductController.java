package com.perflab.mall.portal.product;

import com.perflab.mall.common.api.ApiResponse;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The product detail page; public. Search is mall-search's. */
@RestController
class ProductController {

    private final ProductDetailService productDetailService;

    ProductController(ProductDetailService productDetailService) {
        this.productDetailService = productDetailService;
    }

    @GetMapping("/product/detail/{id}")
    ApiResponse<ProductDetail> detail(@PathVariable @Positive Long id) {
        return ApiResponse.success(productDetailService.detail(id));
    }
}
