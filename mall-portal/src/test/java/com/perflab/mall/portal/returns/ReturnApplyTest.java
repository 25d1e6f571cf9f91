package com.perflab.mall.portal.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.portal.order.OrderApi;
import com.perflab.mall.portal.order.OrderFixtures;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Return requests on the real database: one per order line, also under a race; names a person can see. */
@PortalIntegrationTest
class ReturnApplyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    OrderFixtures fx;
    OrderApi api;
    long member;
    long orderId;
    long productA;
    long productB;

    @BeforeEach
    void paidOrderOfTwoProducts() throws Exception {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
        member = fx.member(0);
        long address = fx.address(member);
        long skuA = fx.sku(10, "30.00");
        long skuB = fx.sku(10, "40.00");
        productA = productOf(skuA);
        productB = productOf(skuB);
        OrderApi.Reply order = api.generate(member, address, null, null,
                List.of(fx.cartItem(member, skuA, 2), fx.cartItem(member, skuB, 1)));
        assertThat(order.status()).as(order.body()).isEqualTo(200);
        orderId = order.orderId();
        assertThat(api.pay(member, orderId).status()).isEqualTo(200);
    }

    @AfterEach
    void removeTestRows() {
        fx.close();
    }

    long productOf(long sku) {
        return jdbc.queryForObject("SELECT product_id FROM pms_sku_stock WHERE id = ?", Long.class, sku);
    }

    int returns() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oms_order_return_apply WHERE order_id = ?", Integer.class,
                orderId);
    }

    static String json(long orderId, long productId, String reason, String name, String phone) {
        return "{\"orderId\":" + orderId + ",\"productId\":" + productId + ",\"reason\":\"" + reason
                + "\",\"description\":\"坏了\",\"returnName\":\"" + name + "\",\"returnPhone\":\"" + phone + "\"}";
    }

    OrderApi.Reply apply(String json) throws Exception {
        return api.call(post("/returnApply/create").headers(OrderFixtures.headers(member))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aSecondRequestForTheSameLineIs409AndWritesNothing() throws Exception {
        assertThat(apply(json(orderId, productA, "质量问题", "张三", "18000000000")).status()).isEqualTo(200);
        OrderApi.Reply again = apply(json(orderId, productA, "不想要了", "李四", "18000000001"));
        assertThat(again.status()).isEqualTo(409);
        assertThat((Integer) again.read("$.code")).isEqualTo(409);
        assertThat(returns()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT reason FROM oms_order_return_apply WHERE order_id = ?", String.class,
                orderId)).isEqualTo("质量问题");
        // another line of the same order is a request of its own
        assertThat(apply(json(orderId, productB, "发错货", "张三", "18000000000")).status()).isEqualTo(200);
        assertThat(returns()).isEqualTo(2);
    }

    @Test
    void racingRequestsForOneLineWriteOneRow() throws Exception {
        List<Integer> statuses = Concurrently.run(8,
                i -> () -> apply(json(orderId, productA, "原因" + i, "张三", "18000000000")).status());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(returns()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\\u200B\\u200B       | 张三         | 18000000000 | reason",
            "质量问题              | \\u00A0\\uFEFF | 18000000000 | returnName",
            "质量问题              | \\u202E\\u200F | 18000000000 | returnName",
            "质量问题              | 张\\u0000三    | 18000000000 | returnName",
            "质量问题              | 张三          | call me     | returnPhone"})
    void invisibleNamesAndBadPhonesAre400AndWriteNothing(String reason, String name, String phone, String field)
            throws Exception {
        OrderApi.Reply reply = apply(json(orderId, productA, reason, name, phone));
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat((List<String>) reply.read("$.data[*].field")).containsExactly(field);
        assertThat(returns()).isZero();
    }

    @Test
    void namesAreStoredWithoutTheirInvisibleEdges() throws Exception {
        assertThat(apply(json(orderId, productA, " 质量问题\\u200B", "\\u00A0张三 ", "18000000000")).status())
                .isEqualTo(200);
        assertThat(jdbc.queryForMap("SELECT reason, return_name FROM oms_order_return_apply WHERE order_id = ?",
                orderId)).containsEntry("reason", "质量问题").containsEntry("return_name", "张三");
    }

    @Test
    void aFractionalIdIs400AndWritesNothing() throws Exception {
        OrderApi.Reply reply = apply("{\"orderId\":" + orderId + ".5,\"productId\":" + productA
                + ",\"reason\":\"质量问题\",\"returnName\":\"张三\",\"returnPhone\":\"18000000000\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat((List<String>) reply.read("$.data[*].field")).containsExactly("orderId");
        assertThat(returns()).isZero();
    }

    OrderApi.Reply list(long memberId, int pageNum, int pageSize) throws Exception {
        return api.call(get("/returnApply/list").headers(OrderFixtures.headers(memberId))
                .param("pageNum", Integer.toString(pageNum)).param("pageSize", Integer.toString(pageSize)));
    }

    @Test
    void aMemberListsTheirOwnRequestsNewestFirstWithTheBackOfficesAnswer() throws Exception {
        assertThat(apply(json(orderId, productA, "质量问题", "张三", "18000000000")).status()).isEqualTo(200);
        assertThat(apply(json(orderId, productB, "发错货", "张三", "18000000000")).status()).isEqualTo(200);
        jdbc.update("UPDATE oms_order_return_apply SET status = 3, handle_note = '已超过退货期限', handle_time = NOW()"
                + " WHERE order_id = ? AND product_id = ?", orderId, productA);

        OrderApi.Reply mine = list(member, 1, 10);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat((Integer) mine.read("$.data.total")).isEqualTo(2);
        assertThat((List<Integer>) mine.read("$.data.list[*].productId"))
                .containsExactly((int) productB, (int) productA);
        assertThat((List<Integer>) mine.read("$.data.list[*].status")).containsExactly(0, 3);
        assertThat((List<String>) mine.read("$.data.list[*].reason")).containsExactly("发错货", "质量问题");
        assertThat((String) mine.read("$.data.list[1].handleNote")).isEqualTo("已超过退货期限");
        assertThat((List<Integer>) mine.read("$.data.list[*].orderId")).containsOnly((int) orderId);

        OrderApi.Reply second = list(member, 2, 1);
        assertThat((Integer) second.read("$.data.totalPage")).isEqualTo(2);
        assertThat((List<Integer>) second.read("$.data.list[*].productId")).containsExactly((int) productA);

        // another member sees none of them
        OrderApi.Reply theirs = list(fx.member(0), 1, 10);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat((Integer) theirs.read("$.data.total")).isZero();
        assertThat((List<Object>) theirs.read("$.data.list")).isEmpty();
    }

    @Test
    void aPageSizeOutOfRangeIs400() throws Exception {
        OrderApi.Reply reply = list(member, 1, 0);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat((List<String>) reply.read("$.data[*].field")).containsExactly("pageSize");
    }
}
