package com.perflab.mall.member;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.member.support.TestMembers;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MongoDB going away under a running mall-member: the activity endpoints answer 503 in the envelope (a
 * store outage, not a bug), quickly, and the MySQL-backed endpoints keep working. The service runs on a
 * MongoDB of this test's own, so stopping it disturbs nobody.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}")
class MongoDownTest {

    static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    static final InetSocketAddress ADDRESS = MONGO.bind();

    @Autowired
    MockMvc mvc;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + ADDRESS.getPort()
                + "/mall_test?serverSelectionTimeoutMS=1000&connectTimeoutMS=500");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Test
    void activityAnswers503WhileMongoIsDownAndTheRestStillWorks() throws Exception {
        var member = TestMembers.asMember(987_654_321L, "mongo-down");
        mvc.perform(get("/member/readHistory/list").with(member)).andExpect(status().isOk());

        MONGO.shutdownNow();

        mvc.perform(get("/member/readHistory/list").with(member))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value(503));
        mvc.perform(get("/member/productCollection/list").with(member))
                .andExpect(status().isServiceUnavailable());
        // MySQL-backed: the auth code needs Redis only
        mvc.perform(get("/sso/getAuthCode").param("telephone", "13800000001")).andExpect(status().isOk());
    }
}
