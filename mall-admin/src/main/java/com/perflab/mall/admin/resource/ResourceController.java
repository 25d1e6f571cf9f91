package com.perflab.mall.admin.resource;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
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

@RestController
@RequestMapping("/resource")
class ResourceController {

    private final ResourceService resources;

    ResourceController(ResourceService resources) {
        this.resources = resources;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<Resource>> list(@RequestParam(required = false) @Positive Long categoryId,
                                           @RequestParam(required = false) @Size(max = 200) String nameKeyword,
                                           @RequestParam(required = false) @Size(max = 200) String urlKeyword,
                                           @Valid PageQuery page) {
        return ApiResponse.success(resources.list(categoryId, nameKeyword, urlKeyword, page));
    }

    @GetMapping("/listAll")
    ApiResponse<List<Resource>> listAll() {
        return ApiResponse.success(resources.listAll());
    }

    @GetMapping("/{id}")
    ApiResponse<Resource> get(@PathVariable @Positive long id) {
        return ApiResponse.success(resources.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Resource> create(@Valid @RequestBody ResourceRequest request) {
        return ApiResponse.success(resources.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Resource> update(@PathVariable @Positive long id, @Valid @RequestBody ResourceRequest request) {
        return ApiResponse.success(resources.update(id, request), "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        resources.delete(id);
        return ApiResponse.success(null, "删除成功");
    }
}
