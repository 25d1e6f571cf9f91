package com.perflab.mall.portal.internal;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.portal.promotion.PromotionQuote;
import com.perflab.mall.portal.promotion.PromotionService;
import com.perflab.mall.portal.promotion.QuoteLine;
import com.perflab.mall.portal.promotion.SkuSnapshot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Catalog prices for other services (mall-cart). The gateway refuses {@code /mall-*}{@code /internal/**} from
 * outside, so these carry no member identity; services call them directly.
 */
@RestController
class InternalCatalogController {

    static final int MAX_IDS = 200;

    private final PromotionService promotionService;

    InternalCatalogController(PromotionService promotionService) {
        this.promotionService = promotionService;
    }

    @GetMapping("/internal/skus")
    ApiResponse<List<SkuSnapshot>> skus(
            @RequestParam @NotEmpty @Size(max = MAX_IDS) List<@NotNull @Positive Long> ids) {
        return ApiResponse.success(promotionService.snapshots(new LinkedHashSet<>(ids)));
    }

    /** {@code memberId}: the member whose cart this is, for member prices (absent: none apply). */
    @PostMapping("/internal/promotions/quote")
    ApiResponse<List<PromotionQuote>> quote(@RequestParam(required = false) @Positive Long memberId,
            @RequestBody @NotEmpty @Size(max = MAX_IDS) List<@NotNull @Valid QuoteLine> lines) {
        return ApiResponse.success(promotionService.quote(memberId, lines));
    }
}
