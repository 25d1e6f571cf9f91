package com.perflab.mall.portal.order;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The order endpoints as a member calls them (through the identity headers the gateway would set). */
public final class OrderApi {

    private final MockMvc mvc;

    public OrderApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public record Reply(int status, String body) {
        public <T> T read(String path) {
            return JsonPath.read(body, path);
        }

        public long orderId() {
            return ((Number) read("$.data.order.id")).longValue();
        }
    }

    public Reply generate(long memberId, long addressId, Long couponId, Integer useIntegration, List<Long> cartIds)
            throws Exception {
        String json = "{\"memberReceiveAddressId\":" + addressId
                + (couponId == null ? "" : ",\"couponId\":" + couponId)
                + (useIntegration == null ? "" : ",\"useIntegration\":" + useIntegration)
                + ",\"payType\":1,\"cartIds\":" + ids(cartIds) + "}";
        return call(post("/order/generateOrder").headers(OrderFixtures.headers(memberId))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public Reply confirm(long memberId, List<Long> cartIds) throws Exception {
        return call(post("/order/generateConfirmOrder").headers(OrderFixtures.headers(memberId))
                .contentType(MediaType.APPLICATION_JSON).content(ids(cartIds)));
    }

    public Reply pay(long memberId, long orderId) throws Exception {
        return call(post("/order/paySuccess").headers(OrderFixtures.headers(memberId))
                .param("orderId", Long.toString(orderId)).param("payType", "1"));
    }

    public Reply cancel(long memberId, long orderId) throws Exception {
        return call(post("/order/cancelUserOrder").headers(OrderFixtures.headers(memberId))
                .param("orderId", Long.toString(orderId)));
    }

    public Reply detail(long memberId, long orderId) throws Exception {
        return call(get("/order/detail/{id}", orderId).headers(OrderFixtures.headers(memberId)));
    }

    public Reply postOrderId(String path, long memberId, long orderId) throws Exception {
        return call(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .headers(OrderFixtures.headers(memberId)).param("orderId", Long.toString(orderId)));
    }

    public Reply call(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return new Reply(response.getStatus(), response.getContentAsString());
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }
}
