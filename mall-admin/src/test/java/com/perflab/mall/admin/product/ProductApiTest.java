package com.perflab.mall.admin.product;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.TestCatalog;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Products through MockMvc on mall_test, their events through the real RabbitMQ (a test exchange and queue). */
@AdminApiTest
class ProductApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqp;
    @Autowired
    ProductService service;
    @Autowired
    TransactionTemplate transactions;

    final String prefix = "itp" + UUID.randomUUID().toString().substring(0, 6) + "_";
    Queue events;
    TestCatalog catalog;
    long brand;
    long top;
    long category;

    /** A brand and categories of the test's own: the seeded ones' counters stay as they are. */
    @BeforeEach
    void bindTestQueue() {
        catalog = new TestCatalog(jdbc);
        brand = catalog.brand("brand");
        top = catalog.topCategory("top");
        category = catalog.leafCategory(top, "coats");
        TopicExchange exchange = new TopicExchange(AdminApiTest.PRODUCT_EVENT_EXCHANGE, true, false);
        amqp.declareExchange(exchange);
        // not exclusive: the template may read it on another connection than the one that declared it
        events = new Queue("mall-test.admin.product-events." + UUID.randomUUID(), false, false, false);
        amqp.declareQueue(events);
        amqp.declareBinding(BindingBuilder.bind(events).to(exchange).with("product.*"));
    }

    @AfterEach
    void cleanUp() {
        amqp.deleteQueue(events.getName());
        String like = prefix + "%";
        for (String table : List.of("pms_sku_stock", "pms_product_attribute_value", "pms_member_price",
                "pms_product_ladder", "pms_product_full_reduction")) {
            jdbc.update("DELETE t FROM " + table + " t JOIN pms_product p ON p.id = t.product_id"
                    + " WHERE p.product_sn LIKE ?", like);
        }
        jdbc.update("DELETE FROM pms_product WHERE product_sn LIKE ?", like);
        catalog.deleteAll();
    }

    @Test
    void createReadUpdateKeepsLockStockAndPublishesEvents() throws Exception {
        long id = create("a");
        assertEvent("created", id);
        List<Long> skus = skuIds(id);

        mvc.perform(get("/product/updateInfo/" + id).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.id").value(id))
                .andExpect(jsonPath("$.data.brandName").value(catalog.name("brand")))
                .andExpect(jsonPath("$.data.productCategoryName").value(catalog.name("coats")))
                .andExpect(jsonPath("$.data.stock").value(15))
                .andExpect(jsonPath("$.data.skuStockList[*].skuCode",
                        containsInAnyOrder(prefix + "a-1", prefix + "a-2")))
                .andExpect(jsonPath("$.data.productAttributeValueList[0].value").value("黑色"))
                .andExpect(jsonPath("$.data.memberPriceList[0].memberLevelId").value(1))
                .andExpect(jsonPath("$.data.productLadderList[0].count").value(2))
                .andExpect(jsonPath("$.data.productFullReductionList[0].reducePrice").value(10));
        mvc.perform(get("/product/list").with(as(SUPER)).param("keyword", prefix).param("brandId", Long.toString(brand)))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].productSn").value(prefix + "a"));

        // an unpaid order holds 3 units of the first SKU
        jdbc.update("UPDATE pms_sku_stock SET lock_stock = 3 WHERE id = ?", skus.get(0));
        String skuList = "[" + sku(skus.get(0), prefix + "a-1", "88.50", 10) + "," + sku(null, prefix + "a-3", "70", 4)
                + "]";
        mvc.perform(post("/product/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("a", skuList)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.stock").value(14))
                .andExpect(jsonPath("$.data.skuStockList.length()").value(2));
        assertEvent("updated", id);
        Map<String, Object> kept = jdbc.queryForMap("SELECT price, stock, lock_stock FROM pms_sku_stock WHERE id = ?",
                skus.get(0));
        assertThat((BigDecimal) kept.get("price")).isEqualByComparingTo("88.50");
        assertThat(kept.get("stock")).isEqualTo(10);
        assertThat(kept.get("lock_stock")).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_sku_stock WHERE id = ?", Integer.class, skus.get(1)))
                .isZero();

        // stock below the locked units, or dropping a SKU with locked units: conflict, nothing changed
        mvc.perform(post("/product/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("a", "[" + sku(skus.get(0), prefix + "a-1", "1", 2) + "]")))
                .andExpect(status().isConflict());
        mvc.perform(post("/product/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("a", "[" + sku(null, prefix + "a-9", "1", 2) + "]")))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT stock FROM pms_sku_stock WHERE id = ?", Integer.class, skus.get(0)))
                .isEqualTo(10);
        assertThat(skuIds(id)).hasSize(2);
        assertNoEvent();
    }

    @Test
    void aSkuOfAnotherProductIsRefusedAndNothingChanges() throws Exception {
        long mine = create("m");
        long other = create("o");
        assertEvent("created", mine);
        assertEvent("created", other);
        long foreignSku = skuIds(other).get(0);
        BigDecimal before = jdbc.queryForObject("SELECT price FROM pms_sku_stock WHERE id = ?", BigDecimal.class,
                foreignSku);

        mvc.perform(post("/product/update/" + mine).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("m", "[" + sku(foreignSku, prefix + "o-1", "1.00", 1) + "]")))
                .andExpect(status().isBadRequest());

        assertThat(jdbc.queryForObject("SELECT price FROM pms_sku_stock WHERE id = ?", BigDecimal.class, foreignSku))
                .isEqualByComparingTo(before);
        assertThat(jdbc.queryForObject("SELECT product_id FROM pms_sku_stock WHERE id = ?", Long.class, foreignSku))
                .isEqualTo(other);
        assertThat(skuIds(mine)).hasSize(2);
        assertNoEvent();
    }

    @Test
    void bulkPublishAndSoftDeletePublishOneEventPerProduct() throws Exception {
        long a = create("p1");
        long b = create("p2");
        assertEvent("created", a);
        assertEvent("created", b);

        mvc.perform(post("/product/update/publishStatus").with(as(SUPER)).param("ids", a + "," + b)
                        .param("publishStatus", "1"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("SELECT publish_status FROM pms_product WHERE id IN (?, ?)", Integer.class, a, b))
                .containsOnly(1);
        assertEvents("publish", a, b);

        mvc.perform(post("/product/update/recommendStatus").with(as(SUPER)).param("ids", Long.toString(a))
                        .param("recommendStatus", "1"))
                .andExpect(status().isOk());
        assertEvent("updated", a);

        mvc.perform(post("/product/update/deleteStatus").with(as(SUPER)).param("ids", Long.toString(b))
                        .param("deleteStatus", "1"))
                .andExpect(status().isOk());
        assertEvent("deleted", b);
        mvc.perform(get("/product/updateInfo/" + b).with(as(SUPER))).andExpect(status().isNotFound());
        mvc.perform(get("/product/list").with(as(SUPER)).param("keyword", prefix))
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[*].id", hasItem((int) a)));

        // a deleted or unknown id refuses the whole batch
        mvc.perform(post("/product/update/publishStatus").with(as(SUPER)).param("ids", a + "," + b)
                        .param("publishStatus", "0"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT publish_status FROM pms_product WHERE id = ?", Integer.class, a))
                .isEqualTo(1);
        assertNoEvent();
    }

    @Test
    void nothingIsPublishedWhenTheTransactionRollsBack() throws Exception {
        long id = create("r");
        assertEvent("created", id);

        transactions.executeWithoutResult(tx -> {
            service.updateFlag(ProductService.Flag.RECOMMEND, List.of(id), 1);
            tx.setRollbackOnly();
        });

        assertThat(jdbc.queryForObject("SELECT recommand_status FROM pms_product WHERE id = ?", Integer.class, id))
                .isZero();
        assertNoEvent();
    }

    @Test
    void invalidInputIsRefusedWith400() throws Exception {
        mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"productSn\":\"" + prefix + "x\",\"brandId\":1,"
                                + "\"productCategoryId\":11,\"price\":-1,\"skuStockList\":[{\"skuCode\":\"\","
                                + "\"price\":1,\"stock\":-1}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("name")))
                .andExpect(jsonPath("$.data[*].field", hasItem("price")))
                .andExpect(jsonPath("$.data[*].field", hasItem("skuStockList[0].stock")));
        mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("x", "[" + sku(null, prefix + "x-1", "1", 1) + "]")
                                .replace("\"brandId\":" + brand, "\"brandId\":" + Long.MAX_VALUE)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("x", "[" + sku(null, prefix + "x-1", "1", 1) + "]")
                                .replace("\"productCategoryId\":" + category, "\"productCategoryId\":" + top)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/product/update/publishStatus").with(as(SUPER)).param("publishStatus", "1"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product WHERE product_sn LIKE ?", Integer.class,
                prefix + "%")).isZero();
        assertNoEvent();
    }

    @Test
    void countsFollowCreateMoveAndDelete() throws Exception {
        long otherBrand = catalog.brand("brand2");
        long otherTop = catalog.topCategory("top2");
        long otherCategory = catalog.leafCategory(otherTop, "shoes");
        long id = create("c");
        assertEvent("created", id);
        assertThat(List.of(catalog.brandCount(brand), catalog.categoryCount(category), catalog.categoryCount(top)))
                .containsExactly(1, 1, 1);

        // moved to another brand and a category under another parent: both sides change, in one transaction
        mvc.perform(post("/product/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("c", "[" + sku(skuIds(id).get(0), prefix + "c-1", "99", 10) + "]")
                                .replace("\"brandId\":" + brand, "\"brandId\":" + otherBrand)
                                .replace("\"productCategoryId\":" + category, "\"productCategoryId\":" + otherCategory)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.brandName").value(catalog.name("brand2")))
                .andExpect(jsonPath("$.data.productCategoryName").value(catalog.name("shoes")));
        assertEvent("updated", id);
        assertThat(List.of(catalog.brandCount(brand), catalog.categoryCount(category), catalog.categoryCount(top)))
                .containsExactly(0, 0, 0);
        assertThat(List.of(catalog.brandCount(otherBrand), catalog.categoryCount(otherCategory),
                catalog.categoryCount(otherTop))).containsExactly(1, 1, 1);

        mvc.perform(post("/product/update/deleteStatus").with(as(SUPER)).param("ids", Long.toString(id))
                        .param("deleteStatus", "1"))
                .andExpect(status().isOk());
        assertEvent("deleted", id);
        assertThat(List.of(catalog.brandCount(otherBrand), catalog.categoryCount(otherCategory),
                catalog.categoryCount(otherTop))).containsExactly(0, 0, 0);
        // deleting it again is refused and counts nothing twice
        mvc.perform(post("/product/update/deleteStatus").with(as(SUPER)).param("ids", Long.toString(id))
                        .param("deleteStatus", "1"))
                .andExpect(status().isBadRequest());
        assertThat(catalog.brandCount(otherBrand)).isZero();
    }

    @Test
    void concurrentCreatesAndDeletesLoseNoCount() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> created = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String sn = "k" + i;
                created.add(pool.submit(() -> create(sn)));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : created) {
                ids.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(List.of(catalog.brandCount(brand), catalog.categoryCount(category), catalog.categoryCount(top)))
                    .containsExactly(threads, threads, threads);

            List<Future<Integer>> deleted = new ArrayList<>();
            for (long id : ids) {
                deleted.add(pool.submit(() -> mvc.perform(post("/product/update/deleteStatus").with(as(SUPER))
                                .param("ids", Long.toString(id)).param("deleteStatus", "1"))
                        .andReturn().getResponse().getStatus()));
            }
            for (Future<Integer> f : deleted) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
            assertThat(List.of(catalog.brandCount(brand), catalog.categoryCount(category), catalog.categoryCount(top)))
                    .containsExactly(0, 0, 0);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void blockReferencesAreCheckedAndMemberLevelNamesComeFromTheDatabase() throws Exception {
        String levelName = jdbc.queryForObject("SELECT name FROM ums_member_level WHERE id = 1", String.class);
        long id = create("n");
        assertEvent("created", id);
        assertThat(jdbc.queryForObject("SELECT member_level_name FROM pms_member_price WHERE product_id = ?",
                String.class, id)).isEqualTo(levelName).isNotEqualTo("黄金会员");

        String unknownAttribute = product("u", "[" + sku(null, prefix + "u-1", "1", 1) + "]")
                .replace("\"productAttributeId\":1,", "\"productAttributeId\":" + Long.MAX_VALUE + ",");
        mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(unknownAttribute))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("productAttributeValueList.productAttributeId")));
        String unknownLevel = product("u", "[" + sku(null, prefix + "u-1", "1", 1) + "]")
                .replace("\"memberLevelId\":1,", "\"memberLevelId\":" + Long.MAX_VALUE + ",");
        mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(unknownLevel))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("memberPriceList.memberLevelId")));
        // an update with an unknown level changes nothing either
        mvc.perform(post("/product/update/" + id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product("n", "[" + sku(skuIds(id).get(0), prefix + "n-1", "5", 1) + "]")
                                .replace("\"memberLevelId\":1,", "\"memberLevelId\":" + Long.MAX_VALUE + ",")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product WHERE product_sn LIKE ?", Integer.class,
                prefix + "%")).isEqualTo(1);
        assertThat(skuIds(id)).hasSize(2);
        assertThat(jdbc.queryForObject("SELECT member_level_id FROM pms_member_price WHERE product_id = ?",
                Long.class, id)).isEqualTo(1L);
        assertThat(List.of(catalog.brandCount(brand), catalog.categoryCount(category))).containsExactly(1, 1);
        assertNoEvent();
    }

    /** Rules between fields and numbers too big for their columns: 400 naming the field, no product written. */
    @Test
    void rulesBetweenFieldsAndOversizedNumbersAre400AndWriteNothing() throws Exception {
        String twoSkus = "[" + sku(null, prefix + "r-1", "99.00", 10) + "," + sku(null, prefix + "r-2", "109.00", 5) + "]";
        String base = product("r", twoSkus);
        StringBuilder manySkus = new StringBuilder("[");
        for (int i = 0; i < 22; i++) {
            manySkus.append(i == 0 ? "" : ",").append(sku(null, prefix + "m-" + i, "1.00", 100_000_000));
        }
        java.util.Map<String, String> bodies = java.util.Map.of(
                base.replace("\"reducePrice\":10", "\"reducePrice\":100.01"), "productFullReductionList[0].reducePrice",
                first(base, "\"price\":99.00,", "\"price\":99.00,\"promotionStartTime\":\"2030-02-01T00:00:00\","
                        + "\"promotionEndTime\":\"2030-01-01T00:00:00\","), "promotionEndTime",
                first(base, "\"price\":99.00,", "\"price\":99.00,\"promotionPrice\":120,"), "promotionPrice",
                product("r", manySkus.append("]").toString()), "skuStockList",
                first(base, "\"price\":99.00,", "\"price\":1e20,"), "price",
                base.replace("\"count\":2,", "\"count\":2.5,"), "productLadderList[0].count");
        for (java.util.Map.Entry<String, String> body : bodies.entrySet()) {
            mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                            .content(body.getKey()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.data[0].field").value(body.getValue()));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product WHERE product_sn LIKE ?", Integer.class,
                prefix + "%")).isZero();
    }

    /** A detail page of 60,000 Chinese characters is 180,000 bytes: more than TEXT holds, it was a 500. */
    @Test
    void longTextsUpToTheirLimitsAreStored() throws Exception {
        String html = "详".repeat(60_000);
        String story = "述".repeat(20_000);
        String body = product("long", "[" + sku(null, prefix + "long-1", "99.00", 1) + "]")
                .replace("\"price\":99.00,", "\"price\":99.00,\"detailHtml\":\"" + html + "\",\"detailMobileHtml\":\""
                        + html + "\",\"description\":\"" + story + "\",\"detailDesc\":\"" + story + "\",");
        mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        Map<String, Object> row = jdbc.queryForMap("SELECT CHAR_LENGTH(detail_html) AS html, CHAR_LENGTH(description)"
                + " AS description FROM pms_product WHERE product_sn = ?", prefix + "long");
        assertThat(((Number) row.get("html")).intValue()).isEqualTo(60_000);
        assertThat(((Number) row.get("description")).intValue()).isEqualTo(20_000);
        mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(prefix + "long", prefix + "longer").replace(html, html + "详")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", org.hamcrest.Matchers.hasItem("detailHtml")));
    }

    /** The text with only the first occurrence replaced: the product's own field comes before its SKUs'. */
    private static String first(String text, String target, String replacement) {
        int at = text.indexOf(target);
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    private long create(String sn) throws Exception {
        String skuList = "[" + sku(null, prefix + sn + "-1", "99.00", 10) + ","
                + sku(null, prefix + sn + "-2", "109.00", 5) + "]";
        String reply = mvc.perform(post("/product/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(product(sn, skuList)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(reply, "$.data.id")).longValue();
    }

    private String product(String sn, String skuList) {
        return "{\"brandId\":" + brand + ",\"productCategoryId\":" + category + ",\"name\":\"测试商品 " + prefix + sn + "\","
                + "\"productSn\":\"" + prefix + sn + "\",\"price\":99.00,\"brandName\":\"ignored\","
                + "\"skuStockList\":" + skuList + ","
                + "\"productAttributeValueList\":[{\"productAttributeId\":1,\"value\":\"黑色\"}],"
                + "\"memberPriceList\":[{\"memberLevelId\":1,\"memberPrice\":95.00,\"memberLevelName\":\"黄金会员\"}],"
                + "\"productLadderList\":[{\"count\":2,\"discount\":0.90,\"price\":89.10}],"
                + "\"productFullReductionList\":[{\"fullPrice\":100,\"reducePrice\":10}]}";
    }

    private static String sku(Long id, String code, String price, int stock) {
        return "{" + (id == null ? "" : "\"id\":" + id + ",") + "\"skuCode\":\"" + code + "\",\"price\":" + price
                + ",\"stock\":" + stock + ",\"lockStock\":0,\"spData\":\"[{\\\"key\\\":\\\"颜色\\\",\\\"value\\\":\\\"黑色\\\"}]\"}";
    }

    private List<Long> skuIds(long productId) {
        return jdbc.queryForList("SELECT id FROM pms_sku_stock WHERE product_id = ? ORDER BY id", Long.class, productId);
    }

    private void assertEvent(String type, long productId) {
        Message message = rabbit.receive(events.getName(), 5000);
        assertThat(message).as("a %s event of product %d", type, productId).isNotNull();
        assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("product." + type);
        Map<?, ?> body = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Map.class);
        assertThat(((Number) body.get("productId")).longValue()).isEqualTo(productId);
        assertThat(body.get("type")).isEqualTo(type);
        assertThat(body.get("at")).isNotNull();
    }

    /**
     * One event per product, in any order: the outbox relay that runs after the commit and the scheduled one
     * may each send a share of a batch (the search consumer re-reads the product, so order does not matter).
     */
    private void assertEvents(String type, long... productIds) {
        List<Long> received = new ArrayList<>();
        for (int i = 0; i < productIds.length; i++) {
            Message message = rabbit.receive(events.getName(), 5000);
            assertThat(message).as("%s event %d of %d", type, i + 1, productIds.length).isNotNull();
            assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("product." + type);
            Map<?, ?> body = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Map.class);
            assertThat(body.get("type")).isEqualTo(type);
            received.add(((Number) body.get("productId")).longValue());
        }
        assertThat(received).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(productIds).boxed().toList());
    }

    private void assertNoEvent() {
        assertThat(rabbit.receive(events.getName(), 500)).isNull();
    }
}
