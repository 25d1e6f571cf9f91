package com.perflab.mall.admin.brand;

import com.perflab.mall.admin.product.ProductChanged;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Brands; products keep a copy of their brand's name, so renames reach them (and the search index). */
@Service
class BrandService {

    private final BrandMapper brands;
    private final ApplicationEventPublisher events;

    BrandService(BrandMapper brands, ApplicationEventPublisher events) {
        this.brands = brands;
        this.events = events;
    }

    PageResult<Brand> list(String keyword, PageQuery page) {
        String filter = keyword == null || keyword.isBlank() ? null : keyword.trim();
        long total = brands.count(filter);
        return total == 0 ? PageResult.empty(page)
                : PageResult.of(page, total, brands.page(filter, page.offset(), page.pageSize()));
    }

    Brand get(long id) {
        Brand brand = brands.findById(id);
        if (brand == null) {
            throw ApiException.notFound("品牌不存在");
        }
        return brand;
    }

    @Transactional
    Brand create(BrandRequest request) {
        brands.insert(request);
        return get(brands.lastInsertId());
    }

    @Transactional
    Brand update(long id, BrandRequest request) {
        Brand current = brands.lock(id);
        if (current == null) {
            throw ApiException.notFound("品牌不存在");
        }
        brands.update(id, request);
        if (!current.name().equals(request.name())) {
            List<Long> affected = brands.lockLiveProducts(id);
            brands.renameInProducts(id, request.name());
            if (!affected.isEmpty()) {
                events.publishEvent(ProductChanged.updated(affected));
            }
        }
        return get(id);
    }

    /** A brand that products still reference cannot be deleted: they would keep a dangling id. */
    @Transactional
    void delete(long id) {
        if (brands.lock(id) == null) {
            throw ApiException.notFound("品牌不存在");
        }
        if (brands.hasProducts(id)) {
            throw ApiException.conflict("该品牌下还有商品，不能删除");
        }
        brands.delete(id);
    }

    @Transactional
    void updateShowStatus(List<Long> ids, int showStatus) {
        List<Long> distinct = ids.stream().distinct().toList();
        if (brands.countIds(distinct) != distinct.size()) {
            throw ApiException.badRequest("ids: 含有不存在的品牌");
        }
        brands.updateShowStatus(distinct, showStatus);
    }
}
