package com.perflab.mall.admin.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Query parameters of {@code GET /product/list}; deleted products are never listed. */
record ProductFilter(@Size(max = 200) String keyword,
                     @Positive Long brandId,
                     @Positive Long productCategoryId,
                     @Min(0) @Max(1) Integer publishStatus,
                     @Min(0) @Max(1) Integer verifyStatus,
                     @Size(max = 64) String productSn) {

    ProductFilter {
        keyword = keyword == null || keyword.isBlank() ? null : keyword.trim();
        productSn = productSn == null || productSn.isBlank() ? null : productSn.trim();
    }
}
