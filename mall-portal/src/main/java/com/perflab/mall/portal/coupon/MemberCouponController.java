package com.perflab.mall.portal.coupon;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shopper's coupons: claim one the shop offers, list what they hold. */
@RestController
@RequestMapping("/member/coupon")
class MemberCouponController {

    private final MemberCouponService service;

    MemberCouponController(MemberCouponService service) {
        this.service = service;
    }

    @PostMapping("/add/{couponId}")
    ApiResponse<MemberCoupon> claim(AuthenticatedUser user, @PathVariable @Positive long couponId) {
        return ApiResponse.success(service.claim(user.memberId(), couponId), "领取成功");
    }

    /** useStatus: 0 usable, 1 used, 2 expired; none = all. */
    @GetMapping({"/list", "/listHistory"})
    ApiResponse<List<MemberCoupon>> list(AuthenticatedUser user,
            @RequestParam(required = false) @Min(0) @Max(2) Integer useStatus) {
        return ApiResponse.success(service.held(user.memberId(), useStatus));
    }
}
