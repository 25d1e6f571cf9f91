package com.perflab.mall.member.attention;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code /member/attention/add}; the brand's name and logo come from the catalog. */
record BrandAttentionRequest(@NotNull @Positive Long brandId) {
}
