package com.perflab.mall.portal.product;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.portal.brand.Brand;
import com.perflab.mall.portal.cache.PortalCaches;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

@Service
class ProductDetailService {

    private final ProductDetailMapper mapper;

    ProductDetailService(ProductDetailMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The detail page in at most nine statements. Cached per product for the configured TTL, so SKU stock on
     * the page may lag by that much; orders re-check stock when they lock it. A missing product throws and
     * is therefore not cached.
     */
    @Cacheable(cacheNames = PortalCaches.PRODUCT_DETAIL, key = "#id")
    public ProductDetail detail(long id) {
        Product product = mapper.findOnSale(id);
        if (product == null) {
            throw ApiException.notFound("product " + id + " does not exist or is not on sale");
        }
        Brand brand = product.brandId() == null ? null : mapper.findBrand(product.brandId());
        List<ProductAttribute> attributes = product.productAttributeCategoryId() == null
                ? List.of() : mapper.findAttributes(product.productAttributeCategoryId());
        return new ProductDetail(product, brand, attributes,
                mapper.findAttributeValues(id),
                mapper.findSkus(id),
                mapper.findLadders(id),
                mapper.findFullReductions(id),
                mapper.findMemberPrices(id),
                mapper.findApplicableCoupons(id, product.productCategoryId()));
    }
}
