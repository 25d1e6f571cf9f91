package com.perflab.mall.member.attention;

import com.perflab.mall.member.support.TwoMembersActivityTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.member.support.ActivityDocuments;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.member.support.MemberApiTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@MemberApiTest
class BrandAttentionApiTest extends TwoMembersActivityTest {


    @Test
    void addDetailListDeleteClear() throws Exception {
        add(alice, 3).andExpect(status().isOk())
                .andExpect(jsonPath("$.data.memberId").value(aliceId))
                .andExpect(jsonPath("$.data.brandId").value(3))
                .andExpect(jsonPath("$.data.brandName").value("华为"))
                .andExpect(jsonPath("$.data.brandLogo").value("https://img.perflab.example/brand/3.png"));
        Thread.sleep(5);
        add(alice, 4);
        Thread.sleep(5);
        add(alice, 3);
        assertThat(documents.count(ActivityDocuments.ATTENTION, aliceId)).isEqualTo(2);

        mvc.perform(get("/member/attention/list").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(2))
                .andExpect(jsonPath("$.data.list[*].brandId").value(Matchers.contains(3, 4)));
        mvc.perform(get("/member/attention/detail").param("brandId", "4").with(alice))
                .andExpect(jsonPath("$.data.brandName").value("小米"));
        mvc.perform(post("/member/attention/delete").param("brandId", "4").with(alice))
                .andExpect(jsonPath("$.data").value(1));
        mvc.perform(get("/member/attention/detail").param("brandId", "4").with(alice))
                .andExpect(status().isNotFound());
        mvc.perform(post("/member/attention/clear").with(alice)).andExpect(jsonPath("$.data").value(1));
        assertThat(documents.count(ActivityDocuments.ATTENTION, aliceId)).isZero();
    }

    @Test
    void concurrentFollowsOfOneBrandKeepOne() throws Exception {
        var statuses = Concurrently.run(8, () -> add(alice, 5).andReturn().getResponse().getStatus());
        assertThat(statuses).containsOnly(200);
        assertThat(documents.count(ActivityDocuments.ATTENTION, aliceId)).isEqualTo(1);
    }

    @Test
    void anotherMembersAttentionIsNeitherVisibleNorDeletable() throws Exception {
        add(alice, 6).andExpect(status().isOk());

        mvc.perform(get("/member/attention/list").with(bob)).andExpect(jsonPath("$.data.total").value(0));
        mvc.perform(get("/member/attention/detail").param("brandId", "6").with(bob)).andExpect(status().isNotFound());
        mvc.perform(post("/member/attention/delete").param("brandId", "6").with(bob))
                .andExpect(jsonPath("$.data").value(0));
        mvc.perform(post("/member/attention/clear").with(bob)).andExpect(jsonPath("$.data").value(0));
        assertThat(documents.count(ActivityDocuments.ATTENTION, aliceId)).isEqualTo(1);
    }

    @Test
    void badIdsAre400AndUnknownBrandsAre404() throws Exception {
        for (String body : new String[] {"{\"brandId\":0}", "{\"brandId\":-1}", "{}", "{\"brandId\":\"x\"}"}) {
            mvc.perform(post("/member/attention/add").with(alice).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isBadRequest());
        }
        for (String id : new String[] {"abc", "0", "-5"}) {
            mvc.perform(post("/member/attention/delete").param("brandId", id).with(alice))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/member/attention/detail").param("brandId", id).with(alice))
                    .andExpect(status().isBadRequest());
        }
        add(alice, 999_999_999L).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value(404));
        assertThat(documents.count(ActivityDocuments.ATTENTION, aliceId)).isZero();
    }

    private ResultActions add(RequestPostProcessor member, long brandId) throws Exception {
        return mvc.perform(post("/member/attention/add").with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"brandId\":" + brandId + "}"));
    }
}
