package com.perflab.mall.member.history;

import static com.perflab.mall.member.support.TestMembers.asMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.member.support.ActivityDocuments;
import com.perflab.mall.member.support.MemberApiTest;
import com.perflab.mall.member.support.TestMembers;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@MemberApiTest
@TestPropertySource(properties = "mall.member.read-history.max-per-member=3")
class ReadHistoryCapTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;

    TestMembers members;
    ActivityDocuments documents;
    long aliceId;
    long bobId;
    RequestPostProcessor alice;
    RequestPostProcessor bob;

    @BeforeEach
    void setUp() {
        members = new TestMembers(jdbc);
        documents = new ActivityDocuments(mongo);
        aliceId = members.create("alice", "secret-a", 1);
        bobId = members.create("bob", "secret-b", 1);
        alice = asMember(aliceId, members.username("alice"));
        bob = asMember(bobId, members.username("bob"));
    }

    @AfterEach
    void cleanUp() {
        documents.deleteAll(aliceId, bobId);
        members.deleteAll();
    }

    @Test
    void onlyTheNewestEntriesPerMemberAreKept() throws Exception {
        assertThat(mongo.getDb().getName()).isEqualTo("mall_test");
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
