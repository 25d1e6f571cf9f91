package com.perflab.mall.portal.home;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.portal.product.ProductSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The app home page and its "more" lists; public. */
@RestController
@RequestMapping("/home")
class HomeController {

    private final HomeService homeService;

    HomeController(HomeService homeService) {
        this.homeService = homeService;
    }

    @GetMapping("/content")
    ApiResponse<HomeContent> content() {
        return ApiResponse.success(homeService.content());
    }

    /** Products marked as recommended, for the "guess you like" list. */
    @GetMapping("/recommendProductList")
    ApiResponse<PageResult<ProductSummary>> recommendProductList(@Valid PageQuery page) {
        return ApiResponse.success(homeService.recommendedProducts(page));
    }

    /** The popular products chosen for the home page (sms_home_recommend_product). */
    @GetMapping("/hotProductList")
    ApiResponse<PageResult<ProductSummary>> hotProductList(@Valid PageQuery page) {
        return ApiResponse.success(homeService.hotProducts(page));
    }

    /** The new arrivals chosen for the home page (sms_home_new_product). */
    @GetMapping("/newProductList")
    ApiResponse<PageResult<ProductSummary>> newProductList(@Valid PageQuery page) {
        return ApiResponse.success(homeService.newProducts(page));
    }

    @GetMapping("/subjectList")
    ApiResponse<PageResult<Subject>> subjectList(@RequestParam(required = false) @Positive Long cateId,
            @Valid PageQuery page) {
        return ApiResponse.success(homeService.subjects(cateId, page));
    }
}
