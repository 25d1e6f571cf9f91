package com.perflab.mall.admin.attribute;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.validation.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Product types (attribute categories); the name is a form parameter, as in the course system. */
@RestController
@RequestMapping("/productAttribute/category")
class AttributeCategoryController {

    private final AttributeService attributes;

    AttributeCategoryController(AttributeService attributes) {
        this.attributes = attributes;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<AttributeCategory>> list(@Valid PageQuery page) {
        return ApiResponse.success(attributes.categories(page));
    }

    @GetMapping("/list/withAttr")
    ApiResponse<List<AttributeCategoryWithAttrs>> listWithAttr() {
        return ApiResponse.success(attributes.categoriesWithParams());
    }

    @GetMapping("/{id}")
    ApiResponse<AttributeCategory> get(@PathVariable @Positive long id) {
        return ApiResponse.success(attributes.category(id));
    }

    @PostMapping("/create")
    ApiResponse<AttributeCategory> create(@RequestParam @NotBlank @Size(max = 64) String name) {
        return ApiResponse.success(attributes.createCategory(Texts.visibleName("name", name)), "创建成功");
    }

    @PostMapping("/update/{id}")
    ApiResponse<AttributeCategory> update(@PathVariable @Positive long id,
                                          @RequestParam @NotBlank @Size(max = 64) String name) {
        return ApiResponse.success(attributes.renameCategory(id, Texts.visibleName("name", name)), "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        attributes.deleteCategory(id);
        return ApiResponse.success(null, "删除成功");
    }
}
