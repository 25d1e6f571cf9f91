package com.perflab.mall.portal.home;

import com.perflab.mall.portal.brand.Brand;
import com.perflab.mall.portal.product.ProductSummary;
import java.util.List;

/** Everything on the app home page in one reply; homeFlashPromotion is null when no sale runs now. */
public record HomeContent(
        List<HomeAdvertise> advertiseList,
        List<Brand> brandList,
        HomeFlashPromotion homeFlashPromotion,
        List<ProductSummary> newProductList,
        List<ProductSummary> hotProductList,
        List<Subject> subjectList) {
}
