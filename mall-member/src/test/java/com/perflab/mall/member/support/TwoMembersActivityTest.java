package com.perflab.mall.member.support;

import static com.perflab.mall.member.support.TestMembers.asMember;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Two fresh members, alice and bob, for the member-activity API tests (so each test can show that one
 * never sees the other's documents); their rows and documents are removed after every test.
 */
public abstract class TwoMembersActivityTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MongoTemplate mongo;

    protected TestMembers members;
    protected ActivityDocuments documents;
    protected long aliceId;
    protected long bobId;
    protected RequestPostProcessor alice;
    protected RequestPostProcessor bob;

    @BeforeEach
    void createMembers() {
        members = new TestMembers(jdbc);
        documents = new ActivityDocuments(mongo);
        aliceId = members.create("alice", "secret-a", 1);
        bobId = members.create("bob", "secret-b", 1);
        alice = asMember(aliceId, members.username("alice"));
        bob = asMember(bobId, members.username("bob"));
    }

    @AfterEach
    void removeMembersAndTheirDocuments() {
        documents.deleteAll(aliceId, bobId);
        members.deleteAll();
    }
}
