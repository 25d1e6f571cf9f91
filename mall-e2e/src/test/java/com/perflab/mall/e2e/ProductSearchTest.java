package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 5 through the gateway: the seed catalog imported into Elasticsearch and searched anonymously. */
class ProductSearchTest {

    static PrivateLab lab;

    @BeforeAll
    static void importCatalog() throws Exception {
        lab = PrivateLab.shared();
        HttpResponse<String> imported = lab.importAll();
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(((Number) JsonPath.read(imported.body(), "$.data")).intValue()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void anonymousShoppersFindProductsByChineseKeyword() throws Exception {
        HttpResponse<String> reply = lab.get("/mall-search/esProduct/search/simple?keyword="
                + URLEncoder.encode("手机", StandardCharsets.UTF_8) + "&pageNum=1&pageSize=5", Map.of());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        List<String> names = JsonPath.read(reply.body(), "$.data.list[*].name");
        assertThat(names).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(((Number) JsonPath.read(reply.body(), "$.data.total")).longValue()).isGreaterThanOrEqualTo(names.size());
    }

    @Test
    void priceSortReallyOrders() throws Exception {
        HttpResponse<String> reply = lab.get("/mall-search/esProduct/search?keyword="
                + URLEncoder.encode("手机", StandardCharsets.UTF_8) + "&sort=3&pageNum=1&pageSize=20", Map.of());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        List<Number> prices = JsonPath.read(reply.body(), "$.data.list[*].price");
        assertThat(prices.stream().map(Number::doubleValue).toList()).isSorted();
    }

    @Test
    void badSearchInputIs400AndManagementIsNotPublic() throws Exception {
        assertThat(lab.get("/mall-search/esProduct/search?keyword=x&sort=9", Map.of()).statusCode()).isEqualTo(400);
        assertThat(lab.get("/mall-search/esProduct/search/simple?keyword=x&pageSize=101", Map.of()).statusCode())
                .isEqualTo(400);
        assertThat(lab.postForm("/mall-search/esProduct/importAll", Map.of(), Map.of()).statusCode()).isEqualTo(401);
    }
}
