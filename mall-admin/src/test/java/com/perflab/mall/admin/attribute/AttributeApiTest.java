package com.perflab.mall.admin.attribute;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.admin.support.AdminApiTest;
import com.perflab.mall.admin.support.ProductEventQueue;
import com.perflab.mall.admin.support.TestCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@AdminApiTest
class AttributeApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin amqp;

    TestCatalog catalog;
    ProductEventQueue events;

    @BeforeEach
    void setUp() {
        catalog = new TestCatalog(jdbc);
        events = new ProductEventQueue(rabbit, amqp);
    }

    @AfterEach
    void cleanUp() {
        events.delete();
        catalog.deleteAll();
    }

    @Test
    void productTypesCanBeCreatedListedRenamedAndDeleted() throws Exception {
        long type = createType("type");
        long param = createAttribute(type, "param", 1);
        createAttribute(type, "spec", 0);

        mvc.perform(get("/productAttribute/category/" + type).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value(catalog.name("type")))
                .andExpect(jsonPath("$.data.attributeCount").value(1))
                .andExpect(jsonPath("$.data.paramCount").value(1));
        mvc.perform(get("/productAttribute/category/list").with(as(SUPER)).param("pageSize", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.pageSize").value(2))
                .andExpect(jsonPath("$.data.list.length()").value(2));
        // withAttr: the params of each type, the attributes a category filter is made of
        mvc.perform(get("/productAttribute/category/list/withAttr").with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[?(@.id == " + type + ")].productAttributeList[*].id", contains((int) param)));

        mvc.perform(post("/productAttribute/category/update/" + type).with(as(SUPER)).param("name", catalog.name("t2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value(catalog.name("t2")));
        mvc.perform(post("/productAttribute/category/update/" + Long.MAX_VALUE).with(as(SUPER))
                        .param("name", catalog.name("t3")))
                .andExpect(status().isNotFound());

        // used by attributes: 409 until they are deleted
        mvc.perform(post("/productAttribute/category/delete/" + type).with(as(SUPER))).andExpect(status().isConflict());
        jdbc.update("DELETE FROM pms_product_attribute WHERE product_attribute_category_id = ?", type);
        // used by a product: 409 as well
        long product = catalog.product(null, null, "p", 0);
        jdbc.update("UPDATE pms_product SET product_attribute_category_id = ? WHERE id = ?", type, product);
        mvc.perform(post("/productAttribute/category/delete/" + type).with(as(SUPER))).andExpect(status().isConflict());
        jdbc.update("UPDATE pms_product SET product_attribute_category_id = NULL WHERE id = ?", product);

        mvc.perform(post("/productAttribute/category/delete/" + type).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/productAttribute/category/" + type).with(as(SUPER))).andExpect(status().isNotFound());
        mvc.perform(post("/productAttribute/category/delete/" + type).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void countsFollowCreateUpdateAndDelete() throws Exception {
        long type = createType("type");
        long other = createType("other");
        long spec = createAttribute(type, "spec", 0);
        long param = createAttribute(type, "param", 1);
        assertCounts(type, 1, 1);

        mvc.perform(get("/productAttribute/list/" + type).with(as(SUPER)).param("type", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(1))
                .andExpect(jsonPath("$.data.list[0].id").value(spec));
        mvc.perform(get("/productAttribute/" + param).with(as(SUPER)))
                .andExpect(jsonPath("$.data.type").value(1))
                .andExpect(jsonPath("$.data.productAttributeCategoryId").value(type));

        // a spec turned param, then moved to another type: both types' counts follow
        update(spec, type, "spec", 1).andExpect(status().isOk());
        assertCounts(type, 0, 2);
        update(spec, other, "spec", 1).andExpect(status().isOk()).andExpect(jsonPath("$.data.productAttributeCategoryId").value(other));
        assertCounts(type, 0, 1);
        assertCounts(other, 0, 1);
        // to a type that does not exist: 400, nothing changes
        update(spec, Long.MAX_VALUE, "spec", 0).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("productAttributeCategoryId")));
        assertCounts(other, 0, 1);
        update(Long.MAX_VALUE, type, "x", 0).andExpect(status().isNotFound());

        // a batch with an unknown id deletes nothing
        mvc.perform(post("/productAttribute/delete").with(as(SUPER)).param("ids", spec + "," + Long.MAX_VALUE))
                .andExpect(status().isBadRequest());
        assertCounts(other, 0, 1);
        mvc.perform(post("/productAttribute/delete").with(as(SUPER)).param("ids", spec + "," + param))
                .andExpect(status().isOk());
        assertCounts(type, 0, 0);
        assertCounts(other, 0, 0);
        mvc.perform(get("/productAttribute/" + spec).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void concurrentCreatesLoseNoCount() throws Exception {
        long type = createType("type");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> created = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String name = "c" + i;
                created.add(pool.submit((Callable<Long>) () -> createAttribute(type, name, 0)));
            }
            for (Future<Long> f : created) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertCounts(type, threads, 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_attribute WHERE product_attribute_category_id = ?",
                Integer.class, type)).isEqualTo(threads);
    }

    @Test
    void anAttributeProductsHoldValuesOfIsNotDeleted() throws Exception {
        long type = createType("type");
        long used = createAttribute(type, "used", 1);
        long free = createAttribute(type, "free", 1);
        long product = catalog.product(null, null, "v", 0);
        jdbc.update("INSERT INTO pms_product_attribute_value (product_id, product_attribute_id, value) VALUES (?, ?, 'x')",
                product, used);

        mvc.perform(post("/productAttribute/delete").with(as(SUPER)).param("ids", used + "," + free))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_attribute WHERE id IN (?, ?)", Integer.class,
                used, free)).isEqualTo(2);
        assertCounts(type, 0, 2);
    }

    @Test
    void changesAreAnnouncedForTheProductsOfTheType() throws Exception {
        long type = createType("type");
        long product = catalog.product(null, null, "e", 0);
        jdbc.update("UPDATE pms_product SET product_attribute_category_id = ? WHERE id = ?", type, product);

        long attribute = createAttribute(type, "a", 0);
        assertThat(events.receive("updated", 1)).containsExactly(product);
        update(attribute, type, "renamed", 0).andExpect(status().isOk());
        assertThat(events.receive("updated", 1)).containsExactly(product);
        mvc.perform(post("/productAttribute/delete").with(as(SUPER)).param("ids", Long.toString(attribute)))
                .andExpect(status().isOk());
        assertThat(events.receive("updated", 1)).containsExactly(product);
        events.assertNone();
    }

    @Test
    void attrInfoNeedsAnExistingCategory() throws Exception {
        mvc.perform(get("/productAttribute/attrInfo/" + Long.MAX_VALUE).with(as(SUPER))).andExpect(status().isNotFound());
        long top = catalog.topCategory("top");
        mvc.perform(get("/productAttribute/attrInfo/" + top).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.length()").value(0));
    }

    @Test
    void invalidInputIsRefusedWith400AndNothingWritten() throws Exception {
        long type = createType("type");
        mvc.perform(post("/productAttribute/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productAttributeCategoryId\":" + Long.MAX_VALUE + ",\"name\":\""
                                + catalog.name("x") + "\",\"type\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("productAttributeCategoryId")));
        mvc.perform(post("/productAttribute/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"productAttributeCategoryId\":" + type + ",\"name\":\" \",\"selectType\":5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("name")))
                .andExpect(jsonPath("$.data[*].field", hasItem("type")))
                .andExpect(jsonPath("$.data[*].field", hasItem("selectType")));
        mvc.perform(get("/productAttribute/list/" + type).with(as(SUPER)).param("type", "2"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/productAttribute/list/" + Long.MAX_VALUE).with(as(SUPER)).param("type", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/productAttribute/category/create").with(as(SUPER)).param("name", " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("name")));
        mvc.perform(post("/productAttribute/delete").with(as(SUPER))).andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_attribute WHERE name LIKE ?", Integer.class,
                catalog.prefix() + "%")).isZero();
        assertCounts(type, 0, 0);
    }

    private long createType(String name) throws Exception {
        String reply = mvc.perform(post("/productAttribute/category/create").with(as(SUPER))
                        .param("name", catalog.name(name)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.attributeCount").value(0))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(reply, "$.data.id")).longValue();
    }

    private long createAttribute(long type, String name, int kind) throws Exception {
        String reply = mvc.perform(post("/productAttribute/create").with(as(SUPER))
                        .contentType(MediaType.APPLICATION_JSON).content(body(type, name, kind)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(reply, "$.data.id")).longValue();
    }

    private org.springframework.test.web.servlet.ResultActions update(long id, long type, String name, int kind)
            throws Exception {
        return mvc.perform(post("/productAttribute/update/" + id).with(as(SUPER))
                .contentType(MediaType.APPLICATION_JSON).content(body(type, name, kind)));
    }

    private String body(long type, String name, int kind) {
        return "{\"productAttributeCategoryId\":" + type + ",\"name\":\"" + catalog.name(name) + "\",\"selectType\":1,"
                + "\"inputType\":1,\"inputList\":\"a,b\",\"type\":" + kind + "}";
    }

    private void assertCounts(long type, int specs, int params) {
        assertThat(jdbc.queryForMap("SELECT attribute_count, param_count FROM pms_product_attribute_category WHERE id = ?",
                type)).containsEntry("attribute_count", specs).containsEntry("param_count", params);
    }
}
