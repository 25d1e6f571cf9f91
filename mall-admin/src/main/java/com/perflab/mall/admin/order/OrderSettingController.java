package com.perflab.mall.admin.order;

import com.perflab.mall.common.api.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Order timeouts. mall-portal reads them for every new order (through a copy of a few seconds), so a change
 * here applies to orders placed from then on; orders already waiting keep the timeout they were placed with.
 */
@RestController
@RequestMapping("/orderSetting")
class OrderSettingController {

    private final OrderService orders;

    OrderSettingController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/{id}")
    ApiResponse<OrderSetting> get(@PathVariable @Positive long id) {
        return ApiResponse.success(orders.setting(id));
    }

    @PostMapping("/update/{id}")
    ApiResponse<OrderSetting> update(@PathVariable @Positive long id, @Valid OrderSettingRequest request) {
        return ApiResponse.success(orders.updateSetting(id, request), "修改成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<OrderSetting> updateJson(@PathVariable @Positive long id,
                                         @Valid @RequestBody OrderSettingRequest request) {
        return update(id, request);
    }
}
