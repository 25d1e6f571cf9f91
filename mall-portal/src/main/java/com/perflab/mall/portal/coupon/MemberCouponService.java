package com.perflab.mall.portal.coupon;

import com.perflab.mall.common.api.ApiException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class MemberCouponService {

    private final MemberCouponMapper coupons;

    MemberCouponService(MemberCouponMapper coupons) {
        this.coupons = coupons;
    }

    /**
     * Claims one coupon for the member. The member's row lock serialises that member's claims, so the
     * per-member limit holds under concurrency; the conditional decrement keeps the total within count.
     * Members claiming at the same moment only meet on the coupon row, for the length of one UPDATE.
     */
    @Transactional
    MemberCoupon claim(long memberId, long couponId) {
        // Lock first: InnoDB takes the transaction's snapshot at its first plain read, so every read below
        // sees the claims of whoever held this lock before us (read earlier, the per-member count was stale).
        Long level = coupons.lockMemberLevel(memberId);
        if (level == null) {
            throw ApiException.forbidden("会员不存在或已被禁用");
        }
        ClaimableCoupon coupon = coupons.findCoupon(couponId);
        if (coupon == null || !coupon.claimable()) {
            throw ApiException.notFound("优惠券不存在");
        }
        LocalDateTime now = LocalDateTime.now();
        if (coupon.enableTime() != null && coupon.enableTime().isAfter(now)) {
            throw ApiException.conflict("优惠券还未到领取时间");
        }
        if (coupon.endTime() != null && coupon.endTime().isBefore(now)) {
            throw ApiException.conflict("优惠券已过期");
        }
        if (coupon.memberLevel() != null && coupon.memberLevel().longValue() != level) {
            throw ApiException.forbidden("会员等级不能领取该优惠券");
        }
        if (coupons.heldBy(couponId, memberId) >= coupon.perLimit()) {
            throw ApiException.conflict("您已经领取过该优惠券");
        }
        if (coupons.takeOne(couponId) == 0) {
            throw ApiException.conflict("优惠券已经领完了");
        }
        String code = couponCode(memberId);
        coupons.insertHistory(couponId, memberId, code, coupons.nickname(memberId));
        return coupons.findHeld(memberId, 0).stream().filter(c -> c.couponCode().equals(code)).findFirst()
                .orElseThrow();
    }

    List<MemberCoupon> held(long memberId, Integer useStatus) {
        return coupons.findHeld(memberId, useStatus);
    }

    /** 16 digits: time, member and randomness, so codes do not repeat and are not guessable in sequence. */
    private static String couponCode(long memberId) {
        long millis = System.currentTimeMillis() % 100_000_000L;
        return String.format("%08d%04d%04d", millis, memberId % 10_000, ThreadLocalRandom.current().nextInt(10_000));
    }
}
