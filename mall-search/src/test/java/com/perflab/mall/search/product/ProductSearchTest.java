package com.perflab.mall.search.product;

import static com.perflab.mall.search.support.TestAdmins.SUPER;
import static com.perflab.mall.search.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.perflab.mall.search.SearchIntegrationTest;
import com.perflab.mall.search.TestIndices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Import of the seed catalog and every search endpoint against the real local Elasticsearch. */
@SearchIntegrationTest
class ProductSearchTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    ProductIndexService indexService;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    long onSale;

    @BeforeAll
    void importCatalog() throws Exception {
        onSale = jdbc.queryForObject("SELECT COUNT(*) FROM pms_product WHERE publish_status = 1 AND delete_status = 0", Long.class);
        JsonNode reply = call(post("/esProduct/importAll").with(as(SUPER)), 200);
        assertThat(reply.get("data").asLong()).isEqualTo(onSale).isPositive();
    }

    @AfterAll
    void deleteIndices() throws Exception {
        TestIndices.deleteAll(client, indexService);
    }

    @Test
    void importedEveryProductOnSaleAndNothingElse() throws Exception {
        JsonNode all = data(get("/esProduct/search?pageSize=100&pageNum=1"));
        assertThat(all.get("total").asLong()).isEqualTo(onSale);
        List<Long> hidden = jdbc.queryForList("SELECT id FROM pms_product WHERE publish_status <> 1 OR delete_status <> 0", Long.class);
        assertThat(hidden).isNotEmpty();
        for (Long id : hidden) {
            call(get("/esProduct/recommend/" + id), 404);
        }
    }

    @Test
    void searchesAreCountedByWhetherTheyFoundSomething() throws Exception {
        double hits = searches("hit");
        double empty = searches("empty");

        data(get("/esProduct/search/simple?keyword=手机"));
        data(get("/esProduct/search?keyword=zzqqxxnothing"));

        assertThat(searches("hit")).isEqualTo(hits + 1);
        assertThat(searches("empty")).isEqualTo(empty + 1);
    }

    private double searches(String result) {
        return meters.get("mall.searches").tag("result", result).counter().count();
    }

    @Test
    void chineseKeyword() throws Exception {
        JsonNode page = data(get("/esProduct/search/simple?keyword=手机&pageSize=20"));
        assertThat(page.get("total").asLong()).isPositive();
        assertThat(page.get("list").get(0).get("name").asString()).contains("手机");
        for (JsonNode product : page.get("list")) {
            String text = product.get("name").asString() + product.get("subTitle").asString() + product.get("keywords").asString()
                    + product.get("brandName").asString() + product.get("productCategoryName").asString();
            assertThat(text).contains("手").contains("机");
        }
    }

    @Test
    void englishBrandName() throws Exception {
        long oppo = jdbc.queryForObject("SELECT COUNT(*) FROM pms_product WHERE brand_name = 'OPPO'"
                + " AND publish_status = 1 AND delete_status = 0", Long.class);
        JsonNode page = data(get("/esProduct/search?keyword=oppo&pageSize=50"));
        assertThat(page.get("total").asLong()).isEqualTo(oppo).isPositive();
        page.get("list").forEach(p -> assertThat(p.get("brandName").asString()).isEqualTo("OPPO"));
    }

    @Test
    void filtersByBrandAndCategory() throws Exception {
        long brandId = 3;
        long byBrand = jdbc.queryForObject("SELECT COUNT(*) FROM pms_product WHERE brand_id = ? AND publish_status = 1"
                + " AND delete_status = 0", Long.class, brandId);
        JsonNode brandPage = data(get("/esProduct/search?brandId=" + brandId + "&pageSize=100"));
        assertThat(brandPage.get("total").asLong()).isEqualTo(byBrand).isPositive();
        brandPage.get("list").forEach(p -> assertThat(p.get("brandId").asLong()).isEqualTo(brandId));

        Long categoryId = jdbc.queryForObject("SELECT product_category_id FROM pms_product WHERE publish_status = 1"
                + " AND delete_status = 0 GROUP BY product_category_id ORDER BY COUNT(*) DESC LIMIT 1", Long.class);
        long byCategory = jdbc.queryForObject("SELECT COUNT(*) FROM pms_product WHERE product_category_id = ?"
                + " AND publish_status = 1 AND delete_status = 0", Long.class, categoryId);
        JsonNode categoryPage = data(get("/esProduct/search?productCategoryId=" + categoryId + "&pageSize=100"));
        assertThat(categoryPage.get("total").asLong()).isEqualTo(byCategory);
        categoryPage.get("list").forEach(p -> assertThat(p.get("productCategoryId").asLong()).isEqualTo(categoryId));

        JsonNode both = data(get("/esProduct/search?keyword=手机&brandId=" + brandId + "&productCategoryId=" + categoryId));
        both.get("list").forEach(p -> {
            assertThat(p.get("brandId").asLong()).isEqualTo(brandId);
            assertThat(p.get("productCategoryId").asLong()).isEqualTo(categoryId);
        });
    }

    @Test
    void everySortOrders() throws Exception {
        List<JsonNode> newest = list(data(get("/esProduct/search?sort=1&pageSize=100")));
        assertThat(longs(newest, "id")).isSortedAccordingTo((a, b) -> Long.compare(b, a)).hasSize(100);

        assertThat(longs(list(data(get("/esProduct/search?sort=2&pageSize=100"))), "sale"))
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(prices(list(data(get("/esProduct/search?sort=3&pageSize=100"))))).isSorted();
        assertThat(prices(list(data(get("/esProduct/search?sort=4&pageSize=100")))))
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        // pages continue each other
        List<Long> second = longs(list(data(get("/esProduct/search?sort=1&pageSize=100&pageNum=2"))), "id");
        assertThat(second.get(0)).isLessThan(longs(newest, "id").get(99));

        List<JsonNode> relevant = list(data(get("/esProduct/search?keyword=手机&sort=0&pageSize=5")));
        assertThat(relevant).isNotEmpty();
        assertThat(relevant.get(0).get("name").asString()).contains("手机");
        List<BigDecimal> cheapPhones = prices(list(data(get("/esProduct/search?keyword=手机&sort=3&pageSize=50"))));
        assertThat(cheapPhones).isNotEmpty().isSorted();
    }

    @Test
    void relateAggregatesBrandsCategoriesAndAttributes() throws Exception {
        JsonNode relate = data(get("/esProduct/search/relate?keyword=手机"));
        assertThat(relate.get("brandNames")).isNotEmpty();
        assertThat(relate.get("productCategoryNames")).isNotEmpty();
        assertThat(relate.get("productAttrs")).isNotEmpty();
        JsonNode attr = relate.get("productAttrs").get(0);
        assertThat(attr.get("attrId").asLong()).isPositive();
        assertThat(attr.get("attrName").asString()).isNotBlank();
        assertThat(attr.get("attrValues")).isNotEmpty();
    }

    @Test
    void recommendExcludesTheProductItself() throws Exception {
        long id = 33;
        JsonNode page = data(get("/esProduct/recommend/" + id + "?pageSize=10"));
        assertThat(page.get("list")).isNotEmpty();
        assertThat(longs(list(page), "id")).doesNotContain(id);
        call(get("/esProduct/recommend/999999"), 404);
    }

    @Test
    void createAndDeleteSingleProducts() throws Exception {
        JsonNode created = data(post("/esProduct/create/34").with(as(SUPER)));
        assertThat(created.get("id").asLong()).isEqualTo(34);
        assertThat(data(get("/esProduct/delete/34").with(as(SUPER))).asInt()).isEqualTo(1);
        call(get("/esProduct/recommend/34"), 404);
        assertThat(data(get("/esProduct/delete/34").with(as(SUPER))).asInt()).isZero();
        assertThat(data(post("/esProduct/delete/batch").with(as(SUPER)).param("ids", "35", "36")).asInt()).isEqualTo(2);
        assertThat(data(post("/esProduct/delete/batch").with(as(SUPER)).contentType("application/json").content("[37]")).asInt()).isEqualTo(1);
        for (long id : new long[] {34, 35, 36, 37}) {
            data(post("/esProduct/create/" + id).with(as(SUPER)));
            call(get("/esProduct/recommend/" + id), 200);
        }
        // not on sale: product 17 is unpublished
        call(post("/esProduct/create/17").with(as(SUPER)), 404);
    }

    @Test
    void everyIndexChangeOfTheServiceIsSeenByTheNextSearch() throws Exception {
        String search = "/esProduct/search?keyword=手机&pageSize=100";
        JsonNode before = data(get(search));
        long total = before.get("total").asLong();
        long hit = list(before).get(0).get("id").asLong();
        // removed behind the service's back: a search within the cache's TTL may still answer the old page
        client.delete(d -> d.index(indexService.alias()).id(String.valueOf(hit)).refresh(Refresh.True));
        // any write of the service itself (here a delete of nothing) empties the result cache
        assertThat(indexService.delete(List.of(hit))).isZero();
        assertThat(data(get(search)).get("total").asLong()).isEqualTo(total - 1);
        indexService.sync(hit);
        assertThat(data(get(search)).get("total").asLong()).isEqualTo(total);
    }

    @Test
    void rebuildSwapsTheAliasAndDeletesTheOldIndex() throws Exception {
        Set<String> before = indexService.indicesBehindAlias();
        assertThat(before).hasSize(1);
        call(post("/esProduct/importAll").with(as(SUPER)), 200);
        Set<String> after = indexService.indicesBehindAlias();
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(client.indices().exists(e -> e.index(before.iterator().next())).value()).isFalse();
        assertThat(data(get("/esProduct/search/simple?keyword=手机")).get("total").asLong()).isPositive();
    }

    @Test
    void badInputIs400() throws Exception {
        call(get("/esProduct/search/simple"), 400);
        call(get("/esProduct/search/simple?keyword="), 400);
        call(get("/esProduct/search/simple?keyword=" + "a".repeat(101)), 400);
        call(get("/esProduct/search?keyword=" + "a".repeat(101)), 400);
        call(get("/esProduct/search/relate?keyword=" + "a".repeat(101)), 400);
        call(get("/esProduct/search/simple?keyword=手机&pageSize=101"), 400);
        call(get("/esProduct/search/simple?keyword=手机&pageNum=0"), 400);
        call(get("/esProduct/search?sort=5"), 400);
        call(get("/esProduct/search?sort=-1"), 400);
        call(get("/esProduct/search?sort=abc"), 400);
        call(get("/esProduct/search?brandId=0"), 400);
        call(get("/esProduct/search?pageNum=1000&pageSize=100"), 400);
        call(get("/esProduct/recommend/0"), 400);
        call(post("/esProduct/delete/batch").with(as(SUPER)), 400);
        call(post("/esProduct/delete/batch").with(as(SUPER)).contentType("application/json").content("[]"), 400);
        JsonNode reply = call(get("/esProduct/search?sort=9"), 400);
        assertThat(reply.get("code").asInt()).isEqualTo(400);
    }

    private JsonNode data(RequestBuilder request) throws Exception {
        return call(request, 200).get("data");
    }

    private JsonNode call(RequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        JsonNode reply = JSON.readTree(body);
        assertThat(reply.get("code").asInt()).isEqualTo(status);
        return reply;
    }

    private static List<JsonNode> list(JsonNode page) {
        List<JsonNode> list = new ArrayList<>();
        page.get("list").forEach(list::add);
        return list;
    }

    private static List<Long> longs(List<JsonNode> products, String field) {
        return products.stream().map(p -> p.get(field).asLong()).toList();
    }

    private static List<BigDecimal> prices(List<JsonNode> products) {
        return products.stream().map(p -> p.get("price").decimalValue()).toList();
    }
}
