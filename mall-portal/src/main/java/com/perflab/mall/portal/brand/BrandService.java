package com.perflab.mall.portal.brand;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.portal.product.ProductSummary;
import org.springframework.stereotype.Service;

@Service
class BrandService {

    private final BrandMapper brandMapper;

    BrandService(BrandMapper brandMapper) {
        this.brandMapper = brandMapper;
    }

    PageResult<Brand> recommended(PageQuery page) {
        long total = brandMapper.countRecommended();
        if (total == 0) {
            return PageResult.empty(page);
        }
        return PageResult.of(page, total, brandMapper.findRecommended(page.offset(), page.pageSize()));
    }

    Brand detail(long id) {
        Brand brand = brandMapper.findShown(id);
        if (brand == null) {
            throw ApiException.notFound("brand " + id + " does not exist");
        }
        return brand;
    }

    PageResult<ProductSummary> products(long brandId, PageQuery page) {
        long total = brandMapper.countProducts(brandId);
        if (total == 0) {
            return PageResult.empty(page);
        }
        return PageResult.of(page, total, brandMapper.findProducts(brandId, page.offset(), page.pageSize()));
    }
}
