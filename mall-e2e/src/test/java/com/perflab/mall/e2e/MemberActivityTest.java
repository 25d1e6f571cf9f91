package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.e2e.Shoppers.Shopper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 6 through the gateway: read history, product collections and brand attention on MongoDB. */
class MemberActivityTest {

    static PrivateLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    @Test
    void readHistoryIsNewestFirstAndPrivate() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        Shopper other = Shoppers.register(lab);
        for (int productId : List.of(1, 2, 3)) {
            HttpResponse<String> created = lab.postJson("/mall-member/member/readHistory/create",
                    "{\"productId\":" + productId + "}", shopper.auth());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        }
        HttpResponse<String> list = lab.get("/mall-member/member/readHistory/list?pageNum=1&pageSize=10", shopper.auth());
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat((List<Integer>) JsonPath.read(list.body(), "$.data.list[*].productId")).containsExactly(3, 2, 1);
        assertThat((List<String>) JsonPath.read(list.body(), "$.data.list[*].productName")).doesNotContainNull();

        HttpResponse<String> theirs = lab.get("/mall-member/member/readHistory/list?pageNum=1&pageSize=10", other.auth());
        assertThat((List<?>) JsonPath.read(theirs.body(), "$.data.list")).isEmpty();
        assertThat(lab.postJson("/mall-member/member/readHistory/create", "{\"productId\":999999}", shopper.auth())
                .statusCode()).isEqualTo(404);
    }

    @Test
    void collectingTwiceKeepsOneAndBrandsCanBeFollowed() throws Exception {
        Shopper shopper = Shoppers.register(lab);
        for (int i = 0; i < 2; i++) {
            assertThat(lab.postJson("/mall-member/member/productCollection/add", "{\"productId\":5}", shopper.auth())
                    .statusCode()).isEqualTo(200);
        }
        HttpResponse<String> collections = lab.get("/mall-member/member/productCollection/list?pageNum=1&pageSize=10",
                shopper.auth());
        assertThat((List<Integer>) JsonPath.read(collections.body(), "$.data.list[*].productId")).containsExactly(5);

        assertThat(lab.postJson("/mall-member/member/attention/add", "{\"brandId\":1}", shopper.auth()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> detail = lab.get("/mall-member/member/attention/detail?brandId=1", shopper.auth());
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
        assertThat(lab.postForm("/mall-member/member/attention/clear", Map.of(), shopper.auth()).statusCode()).isEqualTo(200);
        assertThat(lab.get("/mall-member/member/attention/detail?brandId=1", shopper.auth()).statusCode()).isEqualTo(404);
    }
}
