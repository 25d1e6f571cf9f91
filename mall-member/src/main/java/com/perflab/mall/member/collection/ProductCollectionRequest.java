package com.perflab.mall.member.collection;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code /member/productCollection/add}; the product's details come from the catalog. */
record ProductCollectionRequest(@NotNull @Positive Long productId) {
}
