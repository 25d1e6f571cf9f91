package com.perflab.mall.portal.brand;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.portal.product.ProductSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Brand pages of the shop; public. */
@RestController
@RequestMapping("/brand")
class BrandController {

    private final BrandService brandService;

    BrandController(BrandService brandService) {
        this.brandService = brandService;
    }

    @GetMapping("/recommendList")
    ApiResponse<PageResult<Brand>> recommendList(@Valid PageQuery page) {
        return ApiResponse.success(brandService.recommended(page));
    }

    @GetMapping("/detail/{id}")
    ApiResponse<Brand> detail(@PathVariable @Positive Long id) {
        return ApiResponse.success(brandService.detail(id));
    }

    @GetMapping("/productList")
    ApiResponse<PageResult<ProductSummary>> productList(@RequestParam @NotNull @Positive Long brandId,
            @Valid PageQuery page) {
        return ApiResponse.success(brandService.products(brandId, page));
    }
}
