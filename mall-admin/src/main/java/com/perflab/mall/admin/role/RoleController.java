package com.perflab.mall.admin.role;

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

/** Roles and their menu / resource assignments; id lists are comma-separated or repeated parameters. */
@RestController
@RequestMapping("/role")
class RoleController {

    private final RoleService roles;

    RoleController(RoleService roles) {
        this.roles = roles;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<Role>> list(@RequestParam(required = false) @Size(max = 100) String keyword,
                                       @Valid PageQuery page) {
        return ApiResponse.success(roles.list(keyword, page));
    }

    @GetMapping("/listAll")
    ApiResponse<List<Role>> listAll() {
        return ApiResponse.success(roles.listAll());
    }

    @GetMapping("/{id}")
    ApiResponse<Role> get(@PathVariable @Positive long id) {
        return ApiResponse.success(roles.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Role> create(@Valid @RequestBody RoleRequest request) {
        return ApiResponse.success(roles.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Role> update(@PathVariable @Positive long id, @Valid @RequestBody RoleRequest request) {
        return ApiResponse.success(roles.update(id, request), "修改成功");
    }

    @PostMapping("/updateStatus/{id}")
    ApiResponse<Void> updateStatus(@PathVariable @Positive long id,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer status) {
        roles.updateStatus(id, status);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/delete")
    ApiResponse<Void> delete(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids) {
        roles.delete(ids);
        return ApiResponse.success(null, "删除成功");
    }

    @GetMapping("/listMenu/{roleId}")
    ApiResponse<List<RoleMenu>> menus(@PathVariable @Positive long roleId) {
        return ApiResponse.success(roles.menus(roleId));
    }

    @GetMapping("/listResource/{roleId}")
    ApiResponse<List<RoleResource>> resources(@PathVariable @Positive long roleId) {
        return ApiResponse.success(roles.resources(roleId));
    }

    @PostMapping("/allocMenu")
    ApiResponse<Void> allocMenu(@RequestParam @Positive long roleId,
                                @RequestParam(required = false) @Size(max = 1000) List<@NotNull @Positive Long> menuIds) {
        roles.assignMenus(roleId, menuIds == null ? List.of() : menuIds);
        return ApiResponse.success(null, "分配成功");
    }

    @PostMapping("/allocResource")
    ApiResponse<Void> allocResource(@RequestParam @Positive long roleId,
                                    @RequestParam(required = false) @Size(max = 1000)
                                    List<@NotNull @Positive Long> resourceIds) {
        roles.assignResources(roleId, resourceIds == null ? List.of() : resourceIds);
        return ApiResponse.success(null, "分配成功");
    }
}
