package com.perflab.mall.portal.order;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The member's orders; every call is scoped to the caller (someone else's order is 404). */
@RestController
@RequestMapping("/order")
class OrderController {

    private final OrderService orderService;
    private final OrderStateService stateService;

    OrderController(OrderService orderService, OrderStateService stateService) {
        this.orderService = orderService;
        this.stateService = stateService;
    }

    @PostMapping("/generateConfirmOrder")
    ApiResponse<ConfirmOrderResult> confirm(AuthenticatedUser user,
            @RequestBody @NotEmpty @Size(max = OrderService.MAX_CART_ITEMS) List<@NotNull @Positive Long> cartIds) {
        return ApiResponse.success(orderService.confirm(user.memberId(), cartIds));
    }

    @PostMapping(value = "/generateOrder", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<OrderDetail> generate(AuthenticatedUser user, @RequestBody @Valid GenerateOrderRequest request) {
        return ApiResponse.success(orderService.generate(user, request), "下单成功");
    }

    /** The same as a form post (cartIds=1&cartIds=2), as the course's scripts may send it. */
    @PostMapping(value = "/generateOrder", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ApiResponse<OrderDetail> generateForm(AuthenticatedUser user, @Valid @ModelAttribute GenerateOrderRequest request) {
        return ApiResponse.success(orderService.generate(user, request), "下单成功");
    }

    @PostMapping("/paySuccess")
    ApiResponse<Void> paySuccess(AuthenticatedUser user, @RequestParam @NotNull @Positive Long orderId,
                                 @RequestParam @NotNull @Min(1) @Max(2) Integer payType) {
        stateService.pay(user.memberId(), user.username(), orderId, payType);
        return ApiResponse.success(null, "支付成功");
    }

    @PostMapping("/cancelUserOrder")
    ApiResponse<Void> cancel(AuthenticatedUser user, @RequestParam @NotNull @Positive Long orderId) {
        stateService.cancelByMember(user.memberId(), user.username(), orderId);
        return ApiResponse.success(null);
    }

    @GetMapping("/list")
    ApiResponse<PageResult<OrderDetail>> list(AuthenticatedUser user,
            @RequestParam(required = false) @Min(-1) @Max(5) Integer status, @Valid PageQuery page) {
        return ApiResponse.success(orderService.list(user.memberId(), status, page));
    }

    @GetMapping("/detail/{orderId}")
    ApiResponse<OrderDetail> detail(AuthenticatedUser user, @PathVariable @Positive Long orderId) {
        return ApiResponse.success(orderService.detail(user.memberId(), orderId));
    }

    @PostMapping("/confirmReceiveOrder")
    ApiResponse<Void> confirmReceive(AuthenticatedUser user, @RequestParam @NotNull @Positive Long orderId) {
        stateService.confirmReceive(user.memberId(), user.username(), orderId);
        return ApiResponse.success(null);
    }

    @PostMapping("/deleteOrder")
    ApiResponse<Void> delete(AuthenticatedUser user, @RequestParam @NotNull @Positive Long orderId) {
        stateService.delete(user.memberId(), orderId);
        return ApiResponse.success(null);
    }
}
