package com.perflab.mall.admin.product;

import com.perflab.mall.admin.product.ProductService.Flag;
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

/** Products; bulk flag changes take up to 100 ids, comma-separated or repeated. */
@RestController
@RequestMapping("/product")
class ProductController {

    private final ProductService products;

    ProductController(ProductService products) {
        this.products = products;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<ProductSummary>> list(@Valid ProductFilter filter, @Valid PageQuery page) {
        return ApiResponse.success(products.list(filter, page));
    }

    @GetMapping("/updateInfo/{id}")
    ApiResponse<ProductDetail> updateInfo(@PathVariable @Positive long id) {
        return ApiResponse.success(products.detail(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ProductDetail> create(@Valid @RequestBody ProductRequest request) {
        return ApiResponse.success(products.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ProductDetail> update(@PathVariable @Positive long id, @Valid @RequestBody ProductRequest request) {
        return ApiResponse.success(products.update(id, request), "修改成功");
    }

    @PostMapping("/update/publishStatus")
    ApiResponse<Void> publishStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                    @RequestParam @NotNull @Min(0) @Max(1) Integer publishStatus) {
        return flag(Flag.PUBLISH, ids, publishStatus);
    }

    @PostMapping("/update/recommendStatus")
    ApiResponse<Void> recommendStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                      @RequestParam @NotNull @Min(0) @Max(1) Integer recommendStatus) {
        return flag(Flag.RECOMMEND, ids, recommendStatus);
    }

    @PostMapping("/update/newStatus")
    ApiResponse<Void> newStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                @RequestParam @NotNull @Min(0) @Max(1) Integer newStatus) {
        return flag(Flag.NEW, ids, newStatus);
    }

    @PostMapping("/update/verifyStatus")
    ApiResponse<Void> verifyStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer verifyStatus) {
        return flag(Flag.VERIFY, ids, verifyStatus);
    }

    /** Soft delete only: the rows stay for orders and carts that refer to them. */
    @PostMapping("/update/deleteStatus")
    ApiResponse<Void> deleteStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                   @RequestParam @NotNull @Min(1) @Max(1) Integer deleteStatus) {
        return flag(Flag.DELETE, ids, deleteStatus);
    }

    private ApiResponse<Void> flag(Flag flag, List<Long> ids, int value) {
        products.updateFlag(flag, ids, value);
        return ApiResponse.success(null, "修改成功");
    }
}
