package com.perflab.mall.member.history;

import com.perflab.mall.member.support.TwoMembersActivityTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.member.support.ActivityDocuments;
import com.perflab.mall.member.support.MemberApiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@MemberApiTest
@TestPropertySource(properties = "mall.member.read-history.max-per-member=3")
class ReadHistoryCapTest extends TwoMembersActivityTest {


    @Test
    void onlyTheNewestEntriesPerMemberAreKept() throws Exception {
        assertThat(mongo.getDb().getName()).as("the test database's name, never the lab's mall")
                .isEqualTo(System.getenv().getOrDefault("MALL_TEST_DB_NAME", "mall_test"));
        create(bob, 1);
        for (long productId = 1; productId <= 6; productId++) {
            create(alice, productId);
            Thread.sleep(5);
        }
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, aliceId)).isEqualTo(3);
        mvc.perform(get("/member/readHistory/list").with(alice))
                .andExpect(jsonPath("$.data.total").value(3))
                .andExpect(jsonPath("$.data.list[*].productId").value(Matchers.contains(6, 5, 4)));

        // re-reading a kept product refreshes it and removes nothing; a new one pushes out the oldest
        create(alice, 4);
        Thread.sleep(5);
        create(alice, 1);
        mvc.perform(get("/member/readHistory/list").with(alice))
                .andExpect(jsonPath("$.data.list[*].productId").value(Matchers.contains(1, 4, 6)));
        // another member's history is not trimmed by alice's reads
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, bobId)).isEqualTo(1);
    }

    private void create(RequestPostProcessor member, long productId) throws Exception {
        mvc.perform(post("/member/readHistory/create").with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":" + productId + "}")).andExpect(status().isOk());
    }
}
