package com.perflab.mall.portal.category;

import com.perflab.mall.common.api.ApiResponse;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Category navigation; the paths follow the course system, which splits them over home and product. */
@RestController
class CategoryController {

    private final CategoryService categoryService;

    CategoryController(CategoryService categoryService) {
        this.categoryService = categoryService;
    }

    /** Visible children of a category; parent 0 lists the top level. */
    @GetMapping("/home/productCateList/{parentId}")
    ApiResponse<List<ProductCategory>> children(@PathVariable @PositiveOrZero Long parentId) {
        return ApiResponse.success(categoryService.children(parentId));
    }

    @GetMapping("/product/categoryTreeList")
    ApiResponse<List<CategoryTreeNode>> tree() {
        return ApiResponse.success(categoryService.tree());
    }
}
