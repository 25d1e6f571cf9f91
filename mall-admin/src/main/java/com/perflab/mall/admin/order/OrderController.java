package com.perflab.mall.admin.order;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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

/**
 * Orders. Bulk operations take up to 100 ids (comma-separated or repeated) and are all-or-nothing; changes
 * that carry {@code status} carry the status the client saw, and answer 409 when the order has moved on.
 * Close and delete are mall-portal's transitions (it owns order state, stock, coupons and points): this
 * service checks the input and passes the portal's answer on.
 */
@RestController
@RequestMapping("/order")
class OrderController {

    private final OrderService orders;
    private final PortalOrders portal;

    OrderController(OrderService orders, PortalOrders portal) {
        this.orders = orders;
        this.portal = portal;
    }

    @GetMapping("/list")
    ApiResponse<PageResult<AdminOrder>> list(@Valid OrderFilter filter, @Valid PageQuery page) {
        return ApiResponse.success(orders.list(filter, page));
    }

    /** The dashboard: today's, yesterday's and this week's orders and sales, and the work waiting. */
    @GetMapping("/statistics")
    ApiResponse<OrderStatistics> statistics() {
        return ApiResponse.success(orders.statistics());
    }

    @GetMapping("/{id}")
    ApiResponse<OrderDetail> detail(@PathVariable @Positive long id) {
        return ApiResponse.success(orders.detail(id));
    }

    @PostMapping(path = "/update/delivery", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Void> delivery(AuthenticatedUser user, @RequestBody @NotEmpty @Size(max = 100)
                               List<@NotNull @Valid DeliveryRequest> deliveries) {
        user.adminId();
        orders.deliver(deliveries, user.username());
        return ApiResponse.success(null, "发货成功");
    }

    @PostMapping("/update/close")
    ApiResponse<Void> close(AuthenticatedUser user,
                            @RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids,
                            @RequestParam(required = false) @Size(max = 400) String note) {
        user.adminId();
        portal.close(ids, note == null || note.isBlank() ? null : note.trim(), user.username());
        return ApiResponse.success(null, "关闭成功");
    }

    @PostMapping("/delete")
    ApiResponse<Void> delete(AuthenticatedUser user,
                             @RequestParam @NotEmpty @Size(max = 100) List<@NotNull @Positive Long> ids) {
        user.adminId();
        portal.delete(ids, user.username());
        return ApiResponse.success(null, "删除成功");
    }

    @PostMapping("/update/note")
    ApiResponse<Void> note(AuthenticatedUser user, @RequestParam @NotNull @Positive Long id,
                           @RequestParam @NotBlank @Size(max = 400) String note,
                           @RequestParam @NotNull @Min(0) @Max(5) Integer status) {
        user.adminId();
        orders.updateNote(id, note.trim(), status, user.username());
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/update/receiverInfo")
    ApiResponse<Void> receiverInfo(AuthenticatedUser user, @Valid ReceiverInfoRequest request) {
        user.adminId();
        orders.updateReceiver(request, user.username());
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping(path = "/update/receiverInfo", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Void> receiverInfoJson(AuthenticatedUser user, @Valid @RequestBody ReceiverInfoRequest request) {
        return receiverInfo(user, request);
    }

    @PostMapping("/update/moneyInfo")
    ApiResponse<Void> moneyInfo(AuthenticatedUser user, @Valid MoneyInfoRequest request) {
        user.adminId();
        orders.updateMoney(request, user.username());
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping(path = "/update/moneyInfo", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Void> moneyInfoJson(AuthenticatedUser user, @Valid @RequestBody MoneyInfoRequest request) {
        return moneyInfo(user, request);
    }
}
