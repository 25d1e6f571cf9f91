package com.perflab.mall.admin.coupon;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * {@code POST /coupon/create} and {@code /coupon/update/{id}}. The total issued is {@code publishCount} (the
 * course UI's 发行量) or, when absent, {@code count}; what is left to hand out is derived from it and the
 * coupons already received. Product and category names are read from the catalog, the ones sent are ignored.
 */
record CouponRequest(@NotBlank @Size(max = 100) @VisibleText String name,
                     @NotNull @Min(0) @Max(3) Integer type,
                     @Min(0) @Max(2) Integer platform,
                     @Min(0) @Max(100_000_000) Integer count,
                     @Min(0) @Max(100_000_000) Integer publishCount,
                     @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
                     @Min(1) @Max(10_000) Integer perLimit,
                     @DecimalMin("0.00") @Digits(integer = 8, fraction = 2) BigDecimal minPoint,
                     @NotNull LocalDateTime startTime,
                     @NotNull LocalDateTime endTime,
                     @NotNull @Min(0) @Max(2) Integer useType,
                     @Size(max = 200) String note,
                     LocalDateTime enableTime,
                     @Positive Integer memberLevel,
                     @Size(max = 200) List<@NotNull @Valid ProductRef> productRelationList,
                     @Size(max = 200) List<@NotNull @Valid CategoryRef> productCategoryRelationList) {

    static final int ALL = 0;
    static final int CATEGORIES = 1;
    static final int PRODUCTS = 2;

    CouponRequest {
        name = Texts.strip(name);
        platform = platform == null ? 0 : platform;
        perLimit = perLimit == null ? 1 : perLimit;
        minPoint = minPoint == null ? BigDecimal.ZERO : minPoint;
        productRelationList = productRelationList == null ? List.of() : productRelationList;
        productCategoryRelationList = productCategoryRelationList == null ? List.of() : productCategoryRelationList;
    }

    /** The number issued in total; null when neither count was sent. */
    Integer total() {
        return publishCount != null ? publishCount : count;
    }

    record ProductRef(@NotNull @Positive Long productId) {
    }

    record CategoryRef(@NotNull @Positive Long productCategoryId) {
    }
}
