package com.perflab.mall.admin.resource;

import com.perflab.mall.common.api.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Resource categories; authorised like any other path (grant {@code /resourceCategory/**} to a role). */
@RestController
@RequestMapping("/resourceCategory")
class ResourceCategoryController {

    private final ResourceService resources;

    ResourceCategoryController(ResourceService resources) {
        this.resources = resources;
    }

    @GetMapping("/listAll")
    ApiResponse<List<ResourceCategory>> listAll() {
        return ApiResponse.success(resources.categories());
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ResourceCategory> create(@Valid @RequestBody CategoryRequest request) {
        return ApiResponse.success(resources.createCategory(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<ResourceCategory> update(@PathVariable @Positive long id, @Valid @RequestBody CategoryRequest request) {
        return ApiResponse.success(resources.updateCategory(id, request), "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        resources.deleteCategory(id);
        return ApiResponse.success(null, "删除成功");
    }
}
