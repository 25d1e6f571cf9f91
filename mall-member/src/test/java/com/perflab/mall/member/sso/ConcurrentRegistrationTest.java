package com.perflab.mall.member.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.member.support.MemberApiTest;
import com.perflab.mall.member.support.TestMembers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Many shoppers race for one username, each with a valid code for their own phone: one wins. */
@MemberApiTest
class ConcurrentRegistrationTest {

    private static final int RACERS = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    TestMembers members;

    @AfterEach
    void cleanUp() {
        members.deleteAll();
    }

    @Test
    void exactlyOneOfManyConcurrentRegistrationsOfOneUsernameSucceeds() throws Exception {
        members = new TestMembers(jdbc);
        String username = members.username("race");
        List<String> phones = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            String phone = TestMembers.phone();
            String body = mvc.perform(get("/sso/getAuthCode").param("telephone", phone))
                    .andReturn().getResponse().getContentAsString();
            phones.add(phone);
            codes.add(JsonPath.read(body, "$.data"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                String phone = phones.get(i);
                String code = codes.get(i);
                statuses.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/sso/register").param("username", username)
                                    .param("password", "secret-race").param("telephone", phone)
                                    .param("authCode", code))
                            .andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(s -> s == 200).hasSize(1);
            assertThat(results).filteredOn(s -> s != 200).hasSize(RACERS - 1).allMatch(s -> s == 409);
            assertThat(members.count(username)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
