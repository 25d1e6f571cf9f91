package com.perflab.mall.member.catalog;

import com.perflab.mall.common.api.ApiException;
import org.springframework.stereotype.Service;

/** Products and brands as the shop shows them; anything else is answered like a missing one (404). */
@Service
public class Catalog {

    private final CatalogMapper mapper;

    Catalog(CatalogMapper mapper) {
        this.mapper = mapper;
    }

    public ProductSummary product(long id) {
        ProductSummary product = mapper.findProduct(id);
        if (product == null) {
            throw ApiException.notFound("商品不存在");
        }
        return product;
    }

    public BrandSummary brand(long id) {
        BrandSummary brand = mapper.findBrand(id);
        if (brand == null) {
            throw ApiException.notFound("品牌不存在");
        }
        return brand;
    }
}
