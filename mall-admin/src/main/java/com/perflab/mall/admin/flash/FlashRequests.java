package com.perflab.mall.admin.flash;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** Request bodies of the flash-sale endpoints. */
final class FlashRequests {

    private FlashRequests() {
    }

    /** {@code POST /flash/create} and {@code /flash/update/{id}}. */
    record Promotion(@NotBlank @Size(max = 200) @VisibleText String title,
                     @NotNull LocalDate startDate,
                     @NotNull LocalDate endDate,
                     @Min(0) @Max(1) Integer status) {

        Promotion {
            title = Texts.strip(title);
            status = status == null ? 0 : status;
        }
    }

    /** {@code POST /flash/session/create} and {@code /flash/session/update/{id}}; times as HH:mm:ss. */
    record Session(@NotBlank @Size(max = 64) @VisibleText String name,
                   @NotNull LocalTime startTime,
                   @NotNull LocalTime endTime,
                   @Min(0) @Max(1) Integer status) {

        Session {
            name = Texts.strip(name);
            status = status == null ? 0 : status;
        }
    }

    /** One element of {@code POST /flash/product/create}. */
    record NewProduct(@NotNull @Positive Long flashPromotionId,
                      @NotNull @Positive Long flashPromotionSessionId,
                      @NotNull @Positive Long productId,
                      @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal flashPromotionPrice,
                      @NotNull @Min(0) @Max(100_000_000) Integer flashPromotionCount,
                      @Min(1) @Max(10_000) Integer flashPromotionLimit,
                      @Min(0) @Max(99999) Integer sort) {

        NewProduct {
            flashPromotionLimit = flashPromotionLimit == null ? 1 : flashPromotionLimit;
            sort = sort == null ? 0 : sort;
        }
    }

    /** {@code POST /flash/product/update/{id}}: the offer only; campaign, slot and product stay. */
    record ProductOffer(@NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal flashPromotionPrice,
                        @NotNull @Min(0) @Max(100_000_000) Integer flashPromotionCount,
                        @Min(1) @Max(10_000) Integer flashPromotionLimit,
                        @Min(0) @Max(99999) Integer sort) {

        ProductOffer {
            flashPromotionLimit = flashPromotionLimit == null ? 1 : flashPromotionLimit;
            sort = sort == null ? 0 : sort;
        }
    }
}
