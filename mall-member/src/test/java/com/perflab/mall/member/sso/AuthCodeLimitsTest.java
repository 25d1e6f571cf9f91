package com.perflab.mall.member.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.member.support.MemberApiTest;
import com.perflab.mall.member.support.TestMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Auth codes per telephone and per client address within the window (small limits here, a resend interval
 * short enough not to get in the way); the address is the one the gateway forwards in X-Forwarded-For.
 */
@MemberApiTest
@TestPropertySource(properties = {"mall.member.auth-code.resend-interval=1ms",
        "mall.member.auth-code.max-per-telephone=3", "mall.member.auth-code.max-per-address=4"})
class AuthCodeLimitsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    SsoProperties properties;

    /** A documentation range address per test, so no other test shares its counter. */
    final String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "-"
            + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
    final List<String> phones = new ArrayList<>();

    @AfterEach
    void forget() {
        String prefix = properties.authCode().limitKeyPrefix();
        redis.delete(prefix + "addr:" + address);
        redis.delete(prefix + "addr:other-" + address);
        phones.forEach(phone -> redis.delete(List.of(prefix + "phone:" + phone, "mall:member:auth-code:" + phone,
                "mall:member:auth-code-sent:" + phone)));
    }

    @Test
    void aTelephoneGetsItsCodesPerWindowThen429WithRetryAfter() throws Exception {
        String phone = phone();
        for (int i = 0; i < 3; i++) {
            assertThat(request(phone, "other-" + address).getStatus()).isEqualTo(200);
            Thread.sleep(5);
        }
        MockHttpServletResponse refused = request(phone, "other-" + address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("\"code\":429");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(3000L, 3600L);
        assertThat(request(phone(), "other-" + address).getStatus()).as("another telephone").isEqualTo(200);
    }

    @Test
    void concurrentRequestsFromOneAddressGetExactlyItsLimit() throws Exception {
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            distinct.add(phone());
        }
        List<Integer> statuses = Concurrently.run(10, i -> () -> request(distinct.get(i), address).getStatus());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(4);
        assertThat(statuses).filteredOn(s -> s == 429).hasSize(6);
        assertThat(request(phone(), "other-" + address).getStatus()).as("another address").isEqualTo(200);
        assertThat(redis.opsForValue().get(properties.authCode().limitKeyPrefix() + "addr:" + address)).isEqualTo("4");
    }

    private String phone() {
        String phone = TestMembers.phone();
        phones.add(phone);
        return phone;
    }

    private MockHttpServletResponse request(String phone, String clientAddress) throws Exception {
        return mvc.perform(get("/sso/getAuthCode").param("telephone", phone).header("X-Forwarded-For", clientAddress))
                .andReturn().getResponse();
    }
}
