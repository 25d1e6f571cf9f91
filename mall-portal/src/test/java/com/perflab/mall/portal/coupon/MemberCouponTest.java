package com.perflab.mall.portal.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.portal.PortalIntegrationTest;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.portal.order.OrderFixtures;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.MockMvc;

@PortalIntegrationTest
class MemberCouponTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    OrderFixtures fx;
    final List<Long> couponIds = new ArrayList<>();

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(jdbc);
    }

    @AfterEach
    void cleanUp() {
        fx.close();
        for (Long id : couponIds) {
            jdbc.update("DELETE FROM sms_coupon_history WHERE coupon_id = ?", id);
            jdbc.update("DELETE FROM sms_coupon WHERE id = ?", id);
        }
    }

    /** A claimable all-products coupon, open now, valid for a day. */
    private long coupon(int count, int perLimit, String enableTime, String endTime) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("INSERT INTO sms_coupon (type, name, count, amount, per_limit,"
                    + " min_point, start_time, end_time, use_type, publish_count, enable_time)"
                    + " VALUES (0, ?, ?, 5.00, ?, 0, NOW() - INTERVAL 1 HOUR, " + endTime + ", 0, ?, " + enableTime + ")",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setString(1, "itc-" + UUID.randomUUID().toString().substring(0, 8));
            ps.setInt(2, count);
            ps.setInt(3, perLimit);
            ps.setInt(4, count);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        couponIds.add(id);
        return id;
    }

    private long coupon(int count, int perLimit) {
        return coupon(count, perLimit, "NOW() - INTERVAL 1 HOUR", "NOW() + INTERVAL 1 DAY");
    }

    private int claim(long memberId, long couponId) throws Exception {
        return mvc.perform(post("/member/coupon/add/" + couponId).headers(OrderFixtures.headers(memberId)))
                .andReturn().getResponse().getStatus();
    }

    private int held(long couponId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sms_coupon_history WHERE coupon_id = ?", Integer.class, couponId);
    }

    @Test
    void aClaimedCouponIsListedAsUsableAndCountsAreKept() throws Exception {
        long member = fx.member(0);
        long coupon = coupon(3, 1);

        mvc.perform(post("/member/coupon/add/" + coupon).headers(OrderFixtures.headers(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.couponId").value(coupon))
                .andExpect(jsonPath("$.data.useStatus").value(0))
                .andExpect(jsonPath("$.data.couponCode").isString());
        mvc.perform(get("/member/coupon/list").param("useStatus", "0").headers(OrderFixtures.headers(member)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(1))
                .andExpect(jsonPath("$.data[0].couponId").value(coupon))
                .andExpect(jsonPath("$.data[0].amount").value(5.0));

        assertThat(jdbc.queryForMap("SELECT count, receive_count FROM sms_coupon WHERE id = ?", coupon))
                .containsEntry("count", 2).containsEntry("receive_count", 1);
        // the per-member limit is 1
        assertThat(claim(member, coupon)).isEqualTo(409);
        assertThat(held(coupon)).isEqualTo(1);
    }

    @Test
    void unknownClosedOrNotYetOpenCouponsAreRefusedAndNothingIsWritten() throws Exception {
        long member = fx.member(0);
        long notYet = coupon(5, 1, "NOW() + INTERVAL 1 DAY", "NOW() + INTERVAL 2 DAY");
        long expired = coupon(5, 1, "NOW() - INTERVAL 2 DAY", "NOW() - INTERVAL 1 DAY");

        assertThat(claim(member, notYet)).isEqualTo(409);
        assertThat(claim(member, expired)).isEqualTo(409);
        assertThat(claim(member, Long.MAX_VALUE)).isEqualTo(404);
        mvc.perform(post("/member/coupon/add/0").headers(OrderFixtures.headers(member)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/member/coupon/list").param("useStatus", "7").headers(OrderFixtures.headers(member)))
                .andExpect(status().isBadRequest());
        assertThat(held(notYet) + held(expired)).isZero();
        assertThat(jdbc.queryForObject("SELECT count FROM sms_coupon WHERE id = ?", Integer.class, notYet)).isEqualTo(5);
    }

    @Test
    void twelveMembersRacingForFiveCouponsGetExactlyFive() throws Exception {
        long coupon = coupon(5, 1);
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(fx.member(0));
        }
        List<Integer> statuses = Concurrently.run(12, i -> () -> claim(members.get(i), coupon));

        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(7);
        assertThat(held(coupon)).isEqualTo(5);
        assertThat(jdbc.queryForMap("SELECT count, receive_count FROM sms_coupon WHERE id = ?", coupon))
                .containsEntry("count", 0).containsEntry("receive_count", 5);
    }

    @Test
    void oneMemberClaimingEightTimesAtOnceKeepsTheLimitOfTwo() throws Exception {
        long member = fx.member(0);
        long coupon = coupon(100, 2);

        List<Integer> statuses = Concurrently.run(8, i -> () -> claim(member, coupon));

        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(2);
        assertThat(held(coupon)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count FROM sms_coupon WHERE id = ?", Integer.class, coupon)).isEqualTo(98);
    }
}
