package com.perflab.mall.admin.brand;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Brands; id lists are comma-separated or repeated parameters. */
@RestController
@RequestMapping("/brand")
class BrandController {

    private final BrandService brands;

    BrandController(BrandService brands) {
        this.brands = brands;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<Brand>> list(@RequestParam(required = false) @Size(max = 64) String keyword,
                                        @Valid PageQuery page) {
        return ApiResponse.success(brands.list(keyword, page));
    }

    @GetMapping("/{id}")
    ApiResponse<Brand> get(@PathVariable @Positive long id) {
        return ApiResponse.success(brands.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Brand> create(@Valid @RequestBody BrandRequest request) {
        return ApiResponse.success(brands.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Brand> update(@PathVariable @Positive long id, @Valid @RequestBody BrandRequest request) {
        return ApiResponse.success(brands.update(id, request), "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        brands.delete(id);
        return ApiResponse.success(null, "删除成功");
    }

    @PostMapping("/update/showStatus")
    ApiResponse<Void> updateShowStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                       @RequestParam @NotNull @Min(0) @Max(1) Integer showStatus) {
        brands.updateShowStatus(ids, showStatus);
        return ApiResponse.success(null, "修改成功");
    }
}
