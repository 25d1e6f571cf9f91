package com.perflab.mall.member.collection;

import com.perflab.mall.member.support.TwoMembersActivityTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.member.support.ActivityDocuments;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.member.support.MemberApiTest;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@MemberApiTest
class ProductCollectionApiTest extends TwoMembersActivityTest {


    @Test
    void addDetailListDeleteClear() throws Exception {
        add(alice, 31).andExpect(status().isOk())
                .andExpect(jsonPath("$.data.memberId").value(aliceId))
                .andExpect(jsonPath("$.data.productId").value(31))
                .andExpect(jsonPath("$.data.productName").value("苹果 iPhone 15 Pro Max"))
                .andExpect(jsonPath("$.data.productPrice").value(9999.00));
        Thread.sleep(5);
        add(alice, 32).andExpect(status().isOk());

        mvc.perform(get("/member/productCollection/detail").param("productId", "31").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.productPic").value("https://img.perflab.example/product/31.jpg"));
        mvc.perform(get("/member/productCollection/list").param("pageNum", "1").param("pageSize", "10").with(alice))
                .andExpect(jsonPath("$.data.total").value(2))
                .andExpect(jsonPath("$.data.list[*].productId").value(Matchers.contains(32, 31)));

        mvc.perform(post("/member/productCollection/delete").param("productId", "31").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(1));
        mvc.perform(get("/member/productCollection/detail").param("productId", "31").with(alice))
                .andExpect(status().isNotFound());
        mvc.perform(post("/member/productCollection/clear").with(alice)).andExpect(jsonPath("$.data").value(1));
        assertThat(documents.count(ActivityDocuments.COLLECTION, aliceId)).isZero();
    }

    @Test
    void addingTwiceKeepsOneAndRefreshesTheTime() throws Exception {
        Instant first = Instant.parse(JsonPath.read(add(alice, 33).andReturn().getResponse().getContentAsString(),
                "$.data.createTime"));
        Thread.sleep(10);
        add(alice, 34);
        Thread.sleep(10);
        Instant second = Instant.parse(JsonPath.read(add(alice, 33).andReturn().getResponse().getContentAsString(),
                "$.data.createTime"));
        assertThat(second).isAfter(first);
        assertThat(documents.count(ActivityDocuments.COLLECTION, aliceId)).isEqualTo(2);
        mvc.perform(get("/member/productCollection/list").with(alice))
                .andExpect(jsonPath("$.data.list[*].productId").value(Matchers.contains(33, 34)));
    }

    @Test
    void concurrentAddsOfOneProductKeepOne() throws Exception {
        var statuses = Concurrently.run(8, () -> add(alice, 35).andReturn().getResponse().getStatus());
        assertThat(statuses).containsOnly(200);
        assertThat(documents.count(ActivityDocuments.COLLECTION, aliceId)).isEqualTo(1);
    }

    @Test
    void anotherMembersCollectionIsNeitherVisibleNorDeletable() throws Exception {
        add(alice, 36).andExpect(status().isOk());

        mvc.perform(get("/member/productCollection/list").with(bob)).andExpect(jsonPath("$.data.total").value(0));
        mvc.perform(get("/member/productCollection/detail").param("productId", "36").with(bob))
                .andExpect(status().isNotFound());
        mvc.perform(post("/member/productCollection/delete").param("productId", "36").with(bob))
                .andExpect(jsonPath("$.data").value(0));
        mvc.perform(post("/member/productCollection/clear").with(bob)).andExpect(jsonPath("$.data").value(0));
        assertThat(documents.count(ActivityDocuments.COLLECTION, aliceId)).isEqualTo(1);
    }

    @Test
    void badIdsAre400AndUnknownProductsAre404() throws Exception {
        for (String body : new String[] {"{\"productId\":0}", "{\"productId\":-1}", "{}", "{\"productId\":\"x\"}"}) {
            mvc.perform(post("/member/productCollection/add").with(alice).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isBadRequest());
        }
        for (String id : new String[] {"abc", "0", "-5"}) {
            mvc.perform(post("/member/productCollection/delete").param("productId", id).with(alice))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/member/productCollection/detail").param("productId", id).with(alice))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/member/productCollection/detail").with(alice)).andExpect(status().isBadRequest());
        add(alice, 999_999_999L).andExpect(status().isNotFound());
        add(alice, 17).andExpect(status().isNotFound());
        assertThat(documents.count(ActivityDocuments.COLLECTION, aliceId)).isZero();
    }

    private ResultActions add(RequestPostProcessor member, long productId) throws Exception {
        return mvc.perform(post("/member/productCollection/add").with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":" + productId + "}"));
    }
}
