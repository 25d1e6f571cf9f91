package com.perflab.mall.admin.companyaddress;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Warehouse addresses for shipping and returns. */
@Service
class CompanyAddressService {

    private final CompanyAddressMapper addresses;

    CompanyAddressService(CompanyAddressMapper addresses) {
        this.addresses = addresses;
    }

    @Transactional(readOnly = true)
    PageResult<CompanyAddress> list(PageQuery page) {
        long total = addresses.count();
        return total == 0 || page.offset() >= total ? PageResult.of(page, total, List.of())
                : PageResult.of(page, total, addresses.page(page.offset(), page.pageSize()));
    }

    @Transactional(readOnly = true)
    CompanyAddress get(long id) {
        CompanyAddress address = addresses.findById(id);
        if (address == null) {
            throw ApiException.notFound("地址 " + id + " 不存在");
        }
        return address;
    }

    @Transactional
    CompanyAddress create(CompanyAddressRequest request) {
        addresses.insert(request);
        return get(addresses.lastInsertId());
    }

    @Transactional
    CompanyAddress update(long id, CompanyAddressRequest request) {
        if (addresses.update(id, request) != 1) {
            throw ApiException.notFound("地址 " + id + " 不存在");
        }
        return get(id);
    }
}
