package com.perflab.mall.portal.product;

import com.perflab.mall.portal.brand.Brand;
import java.util.List;

/** The product detail page: the product and every block around it, as the course system replies it. */
public record ProductDetail(
        Product product,
        Brand brand,
        List<ProductAttribute> productAttributeList,
        List<ProductAttributeValue> productAttributeValueList,
        List<SkuStock> skuStockList,
        List<ProductLadder> productLadderList,
        List<ProductFullReduction> productFullReductionList,
        List<MemberPrice> memberPriceList,
        List<Coupon> couponList) {
}
