package com.perflab.mall.portal.order;

import com.perflab.mall.common.api.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The back office's order transitions, for mall-admin: the portal owns every change of an order's state,
 * so closing here runs the same code as the member's cancel and the timeout. {@code /internal/**} answers
 * only to a signed service identity (IdentityProofFilter) and the gateway refuses it from outside.
 * Answers: 400 bad input or a repeated id, 404 naming a missing order, 409 naming an order not in the state.
 */
@RestController
@RequestMapping(path = "/internal/order", consumes = MediaType.APPLICATION_JSON_VALUE)
class InternalOrderController {

    private final OrderStateService states;

    InternalOrderController(OrderStateService states) {
        this.states = states;
    }

    @PostMapping("/close")
    ApiResponse<Void> close(@RequestBody @Valid BackOfficeOrderChange change) {
        states.closeByAdmin(change.ids(), change.note(), change.operator());
        return ApiResponse.success(null, "关闭成功");
    }

    @PostMapping("/delete")
    ApiResponse<Void> delete(@RequestBody @Valid BackOfficeOrderChange change) {
        states.deleteByAdmin(change.ids(), change.operator());
        return ApiResponse.success(null, "删除成功");
    }
}
