package com.perflab.mall.admin.menu;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
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
@RequestMapping("/menu")
class MenuController {

    private final MenuService menus;

    MenuController(MenuService menus) {
        this.menus = menus;
    }

    @GetMapping("/treeList")
    ApiResponse<List<MenuNode>> tree() {
        return ApiResponse.success(menus.tree());
    }

    @GetMapping("/list/{parentId}")
    ApiResponse<PageResult<Menu>> list(@PathVariable @PositiveOrZero long parentId, @Valid PageQuery page) {
        return ApiResponse.success(menus.children(parentId, page));
    }

    @GetMapping("/{id}")
    ApiResponse<Menu> get(@PathVariable @Positive long id) {
        return ApiResponse.success(menus.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Menu> create(@Valid @RequestBody MenuRequest request) {
        return ApiResponse.success(menus.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Menu> update(@PathVariable @Positive long id, @Valid @RequestBody MenuRequest request) {
        return ApiResponse.success(menus.update(id, request), "修改成功");
    }

    @PostMapping("/updateHidden/{id}")
    ApiResponse<Void> updateHidden(@PathVariable @Positive long id,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer hidden) {
        menus.updateHidden(id, hidden);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(@PathVariable @Positive long id) {
        menus.delete(id);
        return ApiResponse.success(null, "删除成功");
    }
}
