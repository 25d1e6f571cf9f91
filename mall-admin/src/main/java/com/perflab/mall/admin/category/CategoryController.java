package com.perflab.mall.admin.category;

import com.perflab.mall.admin.category.CategoryService.Flag;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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

/** Product categories, two levels; bulk flag changes take up to 100 ids, comma-separated or repeated. */
@RestController
@RequestMapping("/productCategory")
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    /** The children of {@code parentId}; 0 lists the top level. */
    @GetMapping("/list/{parentId}")
    ApiResponse<PageResult<ProductCategory>> list(@PathVariable @PositiveOrZero long parentId,
                                                  @Valid PageQuery page) {
        return ApiResponse.success(categories.list(parentId, page));
    }

    @GetMapping("/list/withChildren")
    ApiResponse<List<CategoryNode>> tree() {
        return ApiResponse.success(categories.tree());
    }

    @GetMapping("/{id}")
    ApiResponse<ProductCategory> get(@PathVariable @Positive long id) {
        return ApiResponse.success(categories.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ProductCategory> create(@Valid @RequestBody CategoryRequest request) {
        return ApiResponse.success(categories.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ProductCategory> update(@PathVariable @Positive long id, @Valid @RequestBody CategoryRequest request) {
        return ApiResponse.success(categories.update(id, request), "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        categories.delete(id);
        return ApiResponse.success(null, "删除成功");
    }

    @PostMapping("/update/navStatus")
    ApiResponse<Void> navStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                @RequestParam @NotNull @Min(0) @Max(1) Integer navStatus) {
        categories.updateFlag(Flag.NAV, ids, navStatus);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/update/showStatus")
    ApiResponse<Void> showStatus(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                                 @RequestParam @NotNull @Min(0) @Max(1) Integer showStatus) {
        categories.updateFlag(Flag.SHOW, ids, showStatus);
        return ApiResponse.success(null, "修改成功");
    }
}
