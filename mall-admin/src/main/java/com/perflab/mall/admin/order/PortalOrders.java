package com.perflab.mall.admin.order;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.api.ErrorCodes;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The order transitions mall-portal owns, called on its internal API ({@code /internal/order/**}): the
 * back office's close gives back stock, coupon and points through the very code of the member's cancel and
 * the timeout. The portal's refusals (400, 404, 409, with its message naming the order) reach the admin
 * unchanged; a portal that is down, slow or failing is a 503 in the envelope, and nothing was changed
 * unless the portal committed before the read timeout (a repeated close then answers 409).
 */
@Component
class PortalOrders {

    private static final Logger log = LoggerFactory.getLogger(PortalOrders.class);
    private static final String UNAVAILABLE = "订单服务暂不可用，请稍后再试";
    private static final ParameterizedTypeReference<ApiResponse<Void>> REPLY = new ParameterizedTypeReference<>() {
    };

    private final RestClient portal;

    PortalOrders(@LoadBalanced RestClient.Builder portalRestClientBuilder) {
        this.portal = portalRestClientBuilder.build();
    }

    void close(List<Long> ids, String note, String operator) {
        call("/internal/order/close", new Change(ids, note, operator));
    }

    void delete(List<Long> ids, String operator) {
        call("/internal/order/delete", new Change(ids, null, operator));
    }

    /** The body of the portal's BackOfficeOrderChange. */
    record Change(List<Long> ids, String note, String operator) {
    }

    private void call(String path, Change change) {
        ApiResponse<Void> reply;
        try {
            reply = portal.post().uri(path)
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(change)
                    .retrieve()
                    // every answer carries the envelope: read it instead of throwing on the status
                    .onStatus(HttpStatusCode::isError, (request, response) -> {
                    })
                    .body(REPLY);
        } catch (RestClientException | IllegalStateException e) {
            // IllegalStateException: the load balancer found no instance of mall-portal
            log.warn("mall-portal {} failed: {}", path, e.toString());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE);
        }
        if (reply != null && reply.code() == ErrorCode.SUCCESS.code()) {
            return;
        }
        if (reply != null && isRefusal(reply.code())) {
            throw new ApiException(ErrorCodes.forStatus(reply.code()), reply.message());
        }
        // 401/403: this service's identity was refused (a secret out of step), not the admin's fault
        log.warn("mall-portal {} answered {}", path, reply == null ? "nothing" : reply.code() + " " + reply.message());
        throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE);
    }

    private static boolean isRefusal(int code) {
        return code >= 400 && code < 500 && code != ErrorCode.UNAUTHORIZED.code() && code != ErrorCode.FORBIDDEN.code();
    }
}
