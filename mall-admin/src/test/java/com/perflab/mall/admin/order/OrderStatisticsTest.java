package com.perflab.mall.admin.order;

import static com.perflab.mall.admin.support.TestAdmins.CLERK;
import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.ShopFixtures;
import com.perflab.mall.admin.support.TestAdmins;
import com.perflab.mall.common.auth.AuthenticatedUser;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures from real queries: orders written by the test move them by exactly what they are
 * (read before and after, so whatever else the database holds does not matter).
 */
@AdminApiTest
class OrderStatisticsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    ShopFixtures fx;

    @BeforeEach
    void fixtures() {
        fx = new ShopFixtures(jdbc);
    }

    @AfterEach
    void cleanUp() {
        fx.close();
    }

    String statistics() throws Exception {
        String body = mvc.perform(get("/order/statistics").with(as(CLERK))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(body, "$.code")).as(body).isEqualTo(200);
        return body;
    }

    static long count(String body, String path) {
        return ((Number) JsonPath.read(body, path)).longValue();
    }

    static BigDecimal money(String body, String path) {
        return new BigDecimal(JsonPath.read(body, path).toString());
    }

    @Test
    void ordersOfTodayYesterdayAndTheWeekMoveTheFiguresByWhatTheyAre() throws Exception {
        String before = statistics();
        LocalDate today = LocalDate.parse(JsonPath.read(before, "$.data.day"));
        assertThat((String) JsonPath.read(before, "$.data.week.from")).isEqualTo(today.with(DayOfWeek.MONDAY).toString());

        long member = fx.member(0);
        long sku = fx.sku(100, "10.00");
        fx.order(member, sku, 1).create();                       // unpaid, 10
        fx.order(member, sku, 2).status(1).create();             // to ship, 20
        fx.order(member, sku, 3).status(3).create();             // done, 30
        fx.order(member, sku, 4).status(4).create();             // closed, never paid
        String yesterday = today.minusDays(1) + " 12:00:00";
        fx.order(member, sku, 5).status(2).createdAt(yesterday).create();   // shipped yesterday, 50
        long returned = fx.order(member, sku, 1).status(3).createdAt("2021-01-01 08:00:00").create();
        jdbc.update("INSERT INTO oms_order_return_apply (order_id, member_id, product_id, status) VALUES (?, ?, 1, 0)",
                returned, member);

        String after = statistics();
        assertThat(count(after, "$.data.today.orders") - count(before, "$.data.today.orders")).isEqualTo(4);
        assertThat(count(after, "$.data.today.paidOrders") - count(before, "$.data.today.paidOrders")).isEqualTo(2);
        assertThat(money(after, "$.data.today.sales").subtract(money(before, "$.data.today.sales")))
                .isEqualByComparingTo("50.00");
        assertThat(count(after, "$.data.yesterday.orders") - count(before, "$.data.yesterday.orders")).isEqualTo(1);
        assertThat(money(after, "$.data.yesterday.sales").subtract(money(before, "$.data.yesterday.sales")))
                .isEqualByComparingTo("50.00");
        // yesterday is in this week unless today is Monday
        boolean yesterdayThisWeek = today.getDayOfWeek() != DayOfWeek.MONDAY;
        assertThat(count(after, "$.data.week.orders") - count(before, "$.data.week.orders"))
                .isEqualTo(yesterdayThisWeek ? 5 : 4);
        assertThat(money(after, "$.data.week.sales").subtract(money(before, "$.data.week.sales")))
                .isEqualByComparingTo(yesterdayThisWeek ? "100.00" : "50.00");
        assertThat(count(after, "$.data.pending.unpaid") - count(before, "$.data.pending.unpaid")).isEqualTo(1);
        assertThat(count(after, "$.data.pending.toShip") - count(before, "$.data.pending.toShip")).isEqualTo(1);
        assertThat(count(after, "$.data.pending.returnsWaiting") - count(before, "$.data.pending.returnsWaiting"))
                .isEqualTo(1);
    }

    @Test
    void theSuperAdminSeesThemAndAProductAdminDoesNot() throws Exception {
        assertThat(mvc.perform(get("/order/statistics").with(as(SUPER))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        TestAdmins admins = new TestAdmins(jdbc);
        try {
            long id = admins.create("catalog", "secret123", 1);
            jdbc.update("INSERT INTO ums_admin_role_relation (admin_id, role_id) VALUES (?, 3)", id);   // 商品管理员
            AuthenticatedUser catalog = AuthenticatedUser.admin(id, admins.name("catalog"), List.of("商品管理员"));
            assertThat(mvc.perform(get("/order/statistics").with(as(catalog))).andReturn().getResponse().getStatus())
                    .isEqualTo(403);
        } finally {
            admins.deleteAll();
        }
    }
}
