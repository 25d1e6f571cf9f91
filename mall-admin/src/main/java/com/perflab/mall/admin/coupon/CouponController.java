package com.perflab.mall.admin.coupon;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coupons and the coupons members hold. Handing coupons to shoppers is the shop's business, not this one. */
@RestController
@RequestMapping("/coupon")
class CouponController {

    private final CouponService coupons;

    CouponController(CouponService coupons) {
        this.coupons = coupons;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<Coupon>> list(@RequestParam(required = false) @Size(max = 100) String name,
                                         @RequestParam(required = false) @Min(0) @Max(3) Integer type,
                                         @Valid PageQuery page) {
        return ApiResponse.success(coupons.list(name, type, page));
    }

    @GetMapping("/{id}")
    ApiResponse<CouponDetail> get(@PathVariable @Positive long id) {
        return ApiResponse.success(coupons.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<CouponDetail> create(@Valid @RequestBody CouponRequest request) {
        return ApiResponse.success(coupons.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<CouponDetail> update(@PathVariable @Positive long id, @Valid @RequestBody CouponRequest request) {
        return ApiResponse.success(coupons.update(id, request), "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        coupons.delete(id);
        return ApiResponse.success(null, "删除成功");
    }

    @GetMapping("/history/list")
    ApiResponse<PageResult<CouponHistory>> history(@RequestParam(required = false) @Positive Long couponId,
                                                   @RequestParam(required = false) @Min(0) @Max(2) Integer useStatus,
                                                   @RequestParam(required = false) @Size(max = 64) String orderSn,
                                                   @Valid PageQuery page) {
        return ApiResponse.success(coupons.history(couponId, useStatus, orderSn, page));
    }
}
