package com.perflab.mall.admin.returns;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.admin.support.ShopFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Return requests written by the test (as the portal writes them) and handled through the API. */
@AdminApiTest
class ReturnApplyApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    ShopFixtures fx;
    long address;

    @BeforeEach
    void fixtures() {
        fx = new ShopFixtures(jdbc);
        address = fx.insert("INSERT INTO oms_company_address (address_name, send_status, receive_status, name, phone,"
                + " province, city, region, detail_address) VALUES (?, 0, 1, '仓管', '0755-1234567', '广东省', '深圳市',"
                + " '宝安区', '仓库路 1 号')", fx.unique("仓库"));
    }

    @AfterEach
    void cleanUp() {
        fx.close();
        jdbc.update("DELETE FROM oms_company_address WHERE id = ?", address);
    }

    /** A pending request for 2 units the member paid 45.50 each for. */
    private long apply(long order, String returnName) {
        long productId = jdbc.queryForObject("SELECT product_id FROM oms_order_item WHERE order_id = ?", Long.class,
                order);
        return fx.insert("INSERT INTO oms_order_return_apply (order_id, member_id, product_id, order_sn, member_username,"
                + " return_name, return_phone, status, product_name, product_count, product_price, product_real_price,"
                + " reason) SELECT id, member_id, ?, order_sn, 'buyer', ?, '13700000000', 0, '测试商品', 2, 50.00, 45.50,"
                + " '质量问题' FROM oms_order WHERE id = ?", productId, returnName, order);
    }

    private long order() {
        long member = fx.member(0);
        return fx.order(member, fx.sku(100, "50.00"), 2).status(3).create();
    }

    @Test
    void listFiltersAndDetailWithTheAddress() throws Exception {
        String who = fx.unique("退");
        // one return request per order line (the shop's rule, a unique key): each request has an order of its own
        long a = apply(order(), who + "甲");
        long b = apply(order(), who + "乙");

        mvc.perform(get("/returnApply/list").with(as(SUPER)).param("receiverKeyword", who))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(2))
                .andExpect(jsonPath("$.data.list[*].id", containsInAnyOrder((int) a, (int) b)));
        mvc.perform(get("/returnApply/list").with(as(SUPER)).param("id", Long.toString(a)).param("status", "0")
                        .param("createTime", LocalDate.now().toString()))
                .andExpect(jsonPath("$.data.total").value(1));
        mvc.perform(get("/returnApply/list").with(as(SUPER)).param("id", Long.toString(a)).param("createTime", "2020-01-01"))
                .andExpect(jsonPath("$.data.total").value(0));
        mvc.perform(get("/returnApply/list").with(as(SUPER)).param("status", "4"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("status"));

        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(accept("91.00", address)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.status").value(1))
                .andExpect(jsonPath("$.data.companyAddress.id").value(address));
        mvc.perform(get("/returnApply/list").with(as(SUPER)).param("receiverKeyword", who).param("handleMan", "admin")
                        .param("handleTime", LocalDate.now().toString()))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(a));
        mvc.perform(get("/returnApply/" + a).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.returnAmount").value(91.0))
                .andExpect(jsonPath("$.data.companyAddress.detailAddress").value("仓库路 1 号"));
        mvc.perform(get("/returnApply/" + b).with(as(CLERK)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.companyAddress").doesNotExist());
        mvc.perform(get("/returnApply/" + Long.MAX_VALUE).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void transitionsFollowTheLifecycleAndCheckTheAmount() throws Exception {
        long a = apply(order(), fx.unique("r"));
        long refused = apply(order(), fx.unique("r"));

        // the refund may not exceed what was paid (2 x 45.50), must be positive, the address must exist
        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(accept("91.01", address)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("returnAmount")));
        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(accept("0", address)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("returnAmount"));
        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(accept("10", Long.MAX_VALUE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("companyAddressId")));
        assertThat(statusOf(a)).isZero();

        // received before accepted: not a move from pending
        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).param("status", "2")
                        .param("receiveNote", "已收到"))
                .andExpect(status().isConflict());

        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).param("status", "1")
                        .param("returnAmount", "91.00").param("companyAddressId", Long.toString(address))
                        .param("handleNote", "同意退货").param("handleMan", "someone-else"))
                .andExpect(status().isOk());
        Map<String, Object> row = jdbc.queryForMap("SELECT status, return_amount, handle_man, handle_time"
                + " FROM oms_order_return_apply WHERE id = ?", a);
        assertThat(row.get("status")).isEqualTo(1);
        assertThat((BigDecimal) row.get("return_amount")).isEqualByComparingTo("91.00");
        assertThat(row.get("handle_man")).isEqualTo("admin");
        assertThat(row.get("handle_time")).isNotNull();

        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).param("status", "3")
                        .param("handleNote", "改主意了"))
                .andExpect(status().isConflict());
        mvc.perform(post("/returnApply/update/status/" + a).with(as(CLERK)).param("status", "2")
                        .param("receiveNote", "已收到"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT receive_man FROM oms_order_return_apply WHERE id = ?", String.class, a))
                .isEqualTo("clerk");
        mvc.perform(post("/returnApply/update/status/" + a).with(as(SUPER)).param("status", "2"))
                .andExpect(status().isConflict());

        mvc.perform(post("/returnApply/update/status/" + refused).with(as(SUPER)).param("status", "3")
                        .param("handleNote", "超过退货期限"))
                .andExpect(status().isOk());
        assertThat(statusOf(refused)).isEqualTo(3);
        mvc.perform(post("/returnApply/update/status/" + refused).with(as(SUPER)).param("status", "0"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/returnApply/update/status/" + Long.MAX_VALUE).with(as(SUPER)).param("status", "3"))
                .andExpect(status().isNotFound());
    }

    @Test
    void acceptAndRefuseAtOnceExactlyOneWins() throws Exception {
        for (int round = 0; round < 4; round++) {
            long id = apply(order(), fx.unique("c"));
            Callable<Integer> accept = () -> mvc.perform(post("/returnApply/update/status/" + id).with(as(SUPER))
                    .contentType(MediaType.APPLICATION_JSON).content(accept("50", address)))
                    .andReturn().getResponse().getStatus();
            Callable<Integer> refuse = () -> mvc.perform(post("/returnApply/update/status/" + id).with(as(CLERK))
                    .param("status", "3").param("handleNote", "拒绝")).andReturn().getResponse().getStatus();
            List<Integer> results = Concurrently.run(List.of(accept, refuse));
            assertThat(results).containsExactlyInAnyOrder(200, 409);
            int status = statusOf(id);
            assertThat(status).isEqualTo(results.get(0) == 200 ? 1 : 3);
        }
    }

    private int statusOf(long id) {
        return fx.intOf("SELECT status FROM oms_order_return_apply WHERE id = ?", id);
    }

    private static String accept(String amount, long addressId) {
        return "{\"status\":1,\"returnAmount\":" + amount + ",\"companyAddressId\":" + addressId
                + ",\"handleNote\":\"同意\"}";
    }
}
