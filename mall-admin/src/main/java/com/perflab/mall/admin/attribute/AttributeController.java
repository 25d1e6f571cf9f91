package com.perflab.mall.admin.attribute;

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

/** Product attributes: specs (type 0) and params (type 1) of a product type. */
@RestController
@RequestMapping("/productAttribute")
class AttributeController {

    private final AttributeService attributes;

    AttributeController(AttributeService attributes) {
        this.attributes = attributes;
    }

    @GetMapping("/list/{cid}")
    ApiResponse<PageResult<Attribute>> list(@PathVariable @Positive long cid,
                                            @RequestParam @NotNull @Min(0) @Max(1) Integer type,
                                            @Valid PageQuery page) {
        return ApiResponse.success(attributes.list(cid, type, page));
    }

    @GetMapping("/{id}")
    ApiResponse<Attribute> get(@PathVariable @Positive long id) {
        return ApiResponse.success(attributes.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Attribute> create(@Valid @RequestBody AttributeRequest request) {
        return ApiResponse.success(attributes.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Attribute> update(@PathVariable @Positive long id, @Valid @RequestBody AttributeRequest request) {
        return ApiResponse.success(attributes.update(id, request), "修改成功");
    }

    @PostMapping("/delete")
    ApiResponse<Void> delete(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids) {
        attributes.delete(ids);
        return ApiResponse.success(null, "删除成功");
    }

    /** The filter attributes of a product category and the product types they belong to. */
    @GetMapping("/attrInfo/{productCategoryId}")
    ApiResponse<List<AttrInfo>> attrInfo(@PathVariable @Positive long productCategoryId) {
        return ApiResponse.success(attributes.attrInfo(productCategoryId));
    }
}
