package com.perflab.mall.admin.home;

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
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The home carousel; {@code endTime} filters the list to slides ending on that day (yyyy-MM-dd). */
@RestController
@RequestMapping("/home/advertise")
class HomeAdvertiseController {

    private final HomeAdvertiseService advertises;

    HomeAdvertiseController(HomeAdvertiseService advertises) {
        this.advertises = advertises;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<HomeAdvertise>> list(@RequestParam(required = false) @Size(max = 100) String name,
            @RequestParam(required = false) @Min(0) @Max(1) Integer type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endTime,
            @Valid PageQuery page) {
        return ApiResponse.success(advertises.list(name, type, endTime, page));
    }

    @GetMapping("/{id}")
    ApiResponse<HomeAdvertise> get(@PathVariable @Positive long id) {
        return ApiResponse.success(advertises.get(id));
    }

    @PostMapping(path = "/create", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<HomeAdvertise> create(@Valid @RequestBody AdvertiseRequest request) {
        return ApiResponse.success(advertises.create(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<HomeAdvertise> update(@PathVariable @Positive long id, @Valid @RequestBody AdvertiseRequest request) {
        return ApiResponse.success(advertises.update(id, request), "修改成功");
    }

    @PostMapping("/update/status/{id}")
    ApiResponse<Void> updateStatus(@PathVariable @Positive long id,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer status) {
        advertises.updateStatus(id, status);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/update/sort/{id}")
    ApiResponse<Void> updateSort(@PathVariable @Positive long id,
                                 @RequestParam @NotNull @Min(0) @Max(99999) Integer sort) {
        advertises.updateSort(id, sort);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/delete")
    ApiResponse<Void> delete(@RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids) {
        advertises.delete(ids);
        return ApiResponse.success(null, "删除成功");
    }
}
