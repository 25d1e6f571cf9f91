package com.perflab.mall.admin.order;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.common.auth.UserType;
import com.perflab.mall.common.test.ServiceStandIn;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The back office's close and delete go to mall-portal's internal API (which InternalOrderTest of mall-portal
 * tests on the real database): what the admin sends, signed as the mall-admin service; the portal's refusals
 * passed on unchanged; a portal down, slow or failing as 503 in the envelope. The stand-in refuses unsigned
 * calls as the portal does.
 */
@AdminApiTest
class PortalOrdersTest {

    static final ServiceStandIn PORTAL = ServiceStandIn.start();
    static final String CLOSE = "/internal/order/close";
    static final String DELETE = "/internal/order/delete";

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.mall-portal[0].uri", PORTAL::uri);
        registry.add("mall.admin.portal.read-timeout", () -> "1s");
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void reset() {
        PORTAL.reset();
        PORTAL.answerEnvelope(CLOSE, 200, "关闭成功");
        PORTAL.answerEnvelope(DELETE, 200, "删除成功");
    }

    @AfterAll
    static void stop() {
        PORTAL.close();
    }

    @Test
    void closeSendsTheIdsTheNoteAndTheAdminSignedAsTheAdminService() throws Exception {
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "12,3").param("note", "  缺货 "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(200))
                .andExpect(jsonPath("$.message").value("关闭成功"));

        assertThat(PORTAL.calls()).hasSize(1);
        ServiceStandIn.Call call = PORTAL.calls().get(0);
        assertThat(call.path()).isEqualTo(CLOSE);
        assertThat(call.caller().type()).isEqualTo(UserType.SERVICE);
        assertThat(call.caller().username()).isEqualTo("mall-admin");
        assertThat(JsonPath.<List<Integer>>read(call.body(), "$.ids")).containsExactly(12, 3);
        assertThat(JsonPath.<String>read(call.body(), "$.note")).isEqualTo("缺货");
        assertThat(JsonPath.<String>read(call.body(), "$.operator")).isEqualTo("admin");

        // repeated ids as parameters, no note
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "5").param("ids", "6"))
                .andExpect(status().isOk());
        assertThat(JsonPath.<List<Integer>>read(PORTAL.calls().get(1).body(), "$.ids")).containsExactly(5, 6);
        assertThat(JsonPath.<Object>read(PORTAL.calls().get(1).body(), "$.note")).isNull();
    }

    @Test
    void deleteSendsTheIdsAndTheAdmin() throws Exception {
        mvc.perform(post("/order/delete").with(as(SUPER)).param("ids", "7,8"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.message").value("删除成功"));
        ServiceStandIn.Call call = PORTAL.calls().get(0);
        assertThat(call.path()).isEqualTo(DELETE);
        assertThat(JsonPath.<List<Integer>>read(call.body(), "$.ids")).containsExactly(7, 8);
        assertThat(JsonPath.<String>read(call.body(), "$.operator")).isEqualTo("admin");
    }

    @Test
    void thePortalsRefusalsReachTheAdminUnchanged() throws Exception {
        PORTAL.answerEnvelope(CLOSE, 409, "订单 12 待发货，不能关闭");
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "3,12"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value(409))
                .andExpect(jsonPath("$.message").value("订单 12 待发货，不能关闭"));
        PORTAL.answerEnvelope(CLOSE, 404, "订单 99 不存在");
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("订单 99 不存在"));
        PORTAL.answerEnvelope(CLOSE, 400, "ids: 订单 3 重复");
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "3,3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.message").value("ids: 订单 3 重复"));
        PORTAL.answerEnvelope(DELETE, 409, "订单 4 待付款，不能删除");
        mvc.perform(post("/order/delete").with(as(SUPER)).param("ids", "4"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("订单 4 待付款，不能删除"));
    }

    @Test
    void theAdminsOwnValidationStillAnswersFirst() throws Exception {
        String tooMany = LongStream.rangeClosed(1, 101).mapToObj(Long::toString).collect(Collectors.joining(","));
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", tooMany))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "1").param("note", "x".repeat(401)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("note"));
        mvc.perform(post("/order/delete").with(as(SUPER)).param("ids", "abc"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/order/update/close").param("ids", "1")).andExpect(status().isUnauthorized());
        assertThat(PORTAL.calls()).as("nothing reached the portal").isEmpty();
    }

    @Test
    void aPortalThatFailsIsSlowOrRefusesThisServiceIs503() throws Exception {
        PORTAL.answerEnvelope(CLOSE, 500, "操作失败");
        expect503();
        // this service's signature refused (a secret out of step): not the admin's 401
        PORTAL.answerEnvelope(CLOSE, 401, "the internal API is for mall services only");
        expect503();
        PORTAL.answerEnvelope(CLOSE, 200, "关闭成功");
        PORTAL.delay(Duration.ofSeconds(2));
        long start = System.nanoTime();
        expect503();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the read timeout, 1 s here")
                .isLessThan(Duration.ofMillis(1900));
    }

    @Test
    void aPortalThatIsDownIs503AndTheNextCallWorksOnceItIsBack() throws Exception {
        PORTAL.stop();
        try {
            expect503();
        } finally {
            PORTAL.restart();
        }
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "1"))
                .andExpect(status().isOk());
    }

    private void expect503() throws Exception {
        mvc.perform(post("/order/update/close").with(as(SUPER)).param("ids", "1"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503))
                .andExpect(jsonPath("$.message").value("订单服务暂不可用，请稍后再试"));
    }
}
