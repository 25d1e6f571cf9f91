package com.perflab.mall.admin.companyaddress;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Company (warehouse) addresses. */
@RestController
@RequestMapping("/companyAddress")
class CompanyAddressController {

    private final CompanyAddressService addresses;

    CompanyAddressController(CompanyAddressService addresses) {
        this.addresses = addresses;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<CompanyAddress>> list(@Valid PageQuery page) {
        return ApiResponse.success(addresses.list(page));
    }

    @GetMapping("/{id}")
    ApiResponse<CompanyAddress> get(@PathVariable @Positive long id) {
        return ApiResponse.success(addresses.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<CompanyAddress> create(@Valid @RequestBody CompanyAddressRequest request) {
        return ApiResponse.success(addresses.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<CompanyAddress> update(@PathVariable @Positive long id,
                                       @Valid @RequestBody CompanyAddressRequest request) {
        return ApiResponse.success(addresses.update(id, request), "修改成功");
    }
}
