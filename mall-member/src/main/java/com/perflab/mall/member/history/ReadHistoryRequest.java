package com.perflab.mall.member.history;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code /member/readHistory/create}; the product's name, picture and price come from the catalog. */
record ReadHistoryRequest(@NotNull @Positive Long productId) {
}
