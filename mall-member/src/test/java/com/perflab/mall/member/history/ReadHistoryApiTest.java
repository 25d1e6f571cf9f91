package com.perflab.mall.member.history;

import com.perflab.mall.member.support.TwoMembersActivityTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.member.support.ActivityDocuments;
import com.perflab.mall.member.support.MemberApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@MemberApiTest
class ReadHistoryApiTest extends TwoMembersActivityTest {


    @Test
    void theProductSummaryComesFromTheCatalogNotTheClient() throws Exception {
        mvc.perform(post("/member/readHistory/create").with(alice).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productId\":26,\"productName\":\"forged\",\"productPrice\":0.01,\"memberId\":1}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").isString())
                .andExpect(jsonPath("$.data.memberId").value(aliceId))
                .andExpect(jsonPath("$.data.memberNickname").value(members.username("alice")))
                .andExpect(jsonPath("$.data.productId").value(26))
                .andExpect(jsonPath("$.data.productName").value("华为 Mate 60 Pro 5G手机"))
                .andExpect(jsonPath("$.data.productPic").value("https://img.perflab.example/product/26.jpg"))
                .andExpect(jsonPath("$.data.productSubTitle").value("6.8英寸 | 麒麟9000S | 5000mAh，官方正品，全国联保"))
                .andExpect(jsonPath("$.data.productPrice").value(6499.00))
                .andExpect(jsonPath("$.data.createTime").isNotEmpty());
        mvc.perform(get("/member/readHistory/list").with(alice))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].productName").value("华为 Mate 60 Pro 5G手机"))
                .andExpect(jsonPath("$.data.list[0].productPrice").value(6499.00));
    }

    @Test
    void listIsNewestFirstPagedAndRereadingMovesAProductToTheTop() throws Exception {
        for (long productId : new long[] {1, 2, 3, 4}) {
            create(alice, productId).andExpect(status().isOk());
            Thread.sleep(5);
        }
        create(alice, 2).andExpect(status().isOk());
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, aliceId)).isEqualTo(4);

        mvc.perform(get("/member/readHistory/list").param("pageNum", "1").param("pageSize", "3").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.pageNum").value(1))
                .andExpect(jsonPath("$.data.pageSize").value(3))
                .andExpect(jsonPath("$.data.total").value(4))
                .andExpect(jsonPath("$.data.totalPage").value(2))
                .andExpect(jsonPath("$.data.list[*].productId").value(org.hamcrest.Matchers.contains(2, 4, 3)));
        mvc.perform(get("/member/readHistory/list").param("pageNum", "2").param("pageSize", "3").with(alice))
                .andExpect(jsonPath("$.data.list[*].productId").value(org.hamcrest.Matchers.contains(1)));
        mvc.perform(get("/member/readHistory/list").param("pageNum", "3").param("pageSize", "3").with(alice))
                .andExpect(jsonPath("$.data.total").value(4))
                .andExpect(jsonPath("$.data.list.length()").value(0));
    }

    @Test
    void anotherMembersHistoryIsNeitherVisibleNorDeletable() throws Exception {
        String aliceEntry = id(create(alice, 5));
        create(alice, 6);

        mvc.perform(get("/member/readHistory/list").with(bob))
                .andExpect(jsonPath("$.data.total").value(0))
                .andExpect(jsonPath("$.data.list.length()").value(0));
        mvc.perform(post("/member/readHistory/delete").param("ids", aliceEntry).with(bob))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(0));
        mvc.perform(post("/member/readHistory/clear").with(bob))
                .andExpect(jsonPath("$.data").value(0));
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, aliceId)).isEqualTo(2);

        // bob reading the same product makes his own entry, alice's stays hers
        create(bob, 5).andExpect(jsonPath("$.data.memberId").value(bobId));
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, aliceId)).isEqualTo(2);
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, bobId)).isEqualTo(1);
    }

    @Test
    void deleteByIdsAndClear() throws Exception {
        String first = id(create(alice, 7));
        String second = id(create(alice, 8));
        create(alice, 9);

        mvc.perform(post("/member/readHistory/delete").param("ids", first + "," + second).with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(2));
        mvc.perform(get("/member/readHistory/list").with(alice))
                .andExpect(jsonPath("$.data.list[*].productId").value(org.hamcrest.Matchers.contains(9)));
        mvc.perform(post("/member/readHistory/clear").with(alice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data").value(1));
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, aliceId)).isZero();
    }

    @Test
    void badIdsAre400AndUnknownOrUnpublishedProductsAre404() throws Exception {
        for (String body : new String[] {"{\"productId\":0}", "{\"productId\":-3}", "{}", "{\"productId\":\"abc\"}",
                "not json"}) {
            mvc.perform(post("/member/readHistory/create").with(alice).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(400));
        }
        create(alice, 999_999_999L).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value(404));
        // product 17 is in the seed but not published
        create(alice, 17).andExpect(status().isNotFound());
        mvc.perform(post("/member/readHistory/delete").param("ids", "not-an-id").with(alice))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/member/readHistory/delete").with(alice)).andExpect(status().isBadRequest());
        mvc.perform(get("/member/readHistory/list").param("pageSize", "0").with(alice))
                .andExpect(status().isBadRequest());
        assertThat(documents.count(ActivityDocuments.READ_HISTORY, aliceId)).isZero();
    }

    @Test
    void historyNeedsAMemberIdentity() throws Exception {
        mvc.perform(get("/member/readHistory/list")).andExpect(status().isUnauthorized());
        mvc.perform(post("/member/readHistory/create").contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":1}")).andExpect(status().isUnauthorized());
    }

    private ResultActions create(RequestPostProcessor member, long productId) throws Exception {
        return mvc.perform(post("/member/readHistory/create").with(member).contentType(MediaType.APPLICATION_JSON)
                .content("{\"productId\":" + productId + "}"));
    }

    private static String id(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.data.id");
    }
}
