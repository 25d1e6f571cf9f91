package com.perflab.mall.admin.category;

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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
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
class CategoryApiTest {

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
    void theTreeHasTwoLevelsComputedFromTheParent() throws Exception {
        long top = create(0, "top", ",\"level\":1");
        long child = create(top, "child", ",\"level\":0,\"productCount\":99");
        long second = create(top, "second", ",\"sort\":9");

        mvc.perform(get("/productCategory/" + child).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.level").value(1))
                .andExpect(jsonPath("$.data.parentId").value(top))
                .andExpect(jsonPath("$.data.productCount").value(0));
        mvc.perform(get("/productCategory/" + top).with(as(SUPER)))
                .andExpect(jsonPath("$.data.level").value(0));
        mvc.perform(get("/productCategory/list/" + top).with(as(SUPER)).param("pageSize", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.total").value(2))
                .andExpect(jsonPath("$.data.totalPage").value(2))
                .andExpect(jsonPath("$.data.list[0].id").value(second));
        mvc.perform(get("/productCategory/list/withChildren").with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[?(@.id == " + top + ")].level", contains(0)))
                .andExpect(jsonPath("$.data[?(@.id == " + top + ")].children[*].id", contains((int) second, (int) child)))
                .andExpect(jsonPath("$.data[*].id", org.hamcrest.Matchers.not(hasItem((int) child))));
        mvc.perform(get("/productCategory/" + Long.MAX_VALUE).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void levelRulesAreEnforced() throws Exception {
        long top = create(0, "top", "");
        long other = create(0, "other", "");
        long child = create(top, "child", "");
        long before = count();

        // under a second-level category, or under no category: 400, nothing written
        mvc.perform(post("/productCategory/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(child, "deep", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("parentId")));
        mvc.perform(post("/productCategory/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(Long.MAX_VALUE, "orphan", "")))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);

        // its own parent, or a move under its own child: 400
        mvc.perform(post("/productCategory/update/" + top).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(top, "top", "")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/productCategory/update/" + top).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(child, "top", "")))
                .andExpect(status().isBadRequest());
        // a top-level category with children cannot go under another one (that would make three levels): 409
        mvc.perform(post("/productCategory/update/" + top).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(other, "top", "")))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForMap("SELECT parent_id, level FROM pms_product_category WHERE id = ?", top))
                .containsEntry("parent_id", 0L).containsEntry("level", 0);

        // a child without products may move to another parent or become top level; the level follows
        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(other, "child", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.parentId").value(other))
                .andExpect(jsonPath("$.data.level").value(1));
        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(0, "child", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.level").value(0));
        // ... but one with products stays a second-level category
        long withProducts = create(other, "full", "");
        catalog.product(null, withProducts, "p", 0);
        mvc.perform(post("/productCategory/update/" + withProducts).with(as(SUPER))
                        .contentType(MediaType.APPLICATION_JSON).content(body(0, "full", "")))
                .andExpect(status().isConflict());
        mvc.perform(post("/productCategory/update/" + Long.MAX_VALUE).with(as(SUPER))
                        .contentType(MediaType.APPLICATION_JSON).content(body(0, "x", "")))
                .andExpect(status().isNotFound());
    }

    @Test
    void deleteIsRefusedWhileChildrenOrProductsPointAtIt() throws Exception {
        long top = create(0, "top", "");
        long child = create(top, "child", "");
        long product = catalog.product(null, child, "d", 1);

        mvc.perform(post("/productCategory/delete/" + top).with(as(SUPER))).andExpect(status().isConflict());
        // even a deleted product keeps its reference
        mvc.perform(post("/productCategory/delete/" + child).with(as(SUPER))).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_category WHERE id IN (?, ?)", Integer.class,
                top, child)).isEqualTo(2);

        jdbc.update("DELETE FROM pms_product WHERE id = ?", product);
        mvc.perform(post("/productCategory/delete/" + child).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(post("/productCategory/delete/" + top).with(as(SUPER))).andExpect(status().isOk());
        mvc.perform(get("/productCategory/" + top).with(as(SUPER))).andExpect(status().isNotFound());
        mvc.perform(post("/productCategory/delete/" + top).with(as(SUPER))).andExpect(status().isNotFound());
    }

    @Test
    void aRenameReachesItsProductsAndIsAnnounced() throws Exception {
        long top = create(0, "top", "");
        long child = create(top, "old", "");
        long live = catalog.product(null, child, "live", 0);
        long deleted = catalog.product(null, child, "gone", 1);

        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(top, "new", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.name").value(catalog.name("new")));

        assertThat(jdbc.queryForList("SELECT product_category_name FROM pms_product WHERE id IN (?, ?)", String.class,
                live, deleted)).containsOnly(catalog.name("new"));
        assertThat(events.receive("updated", 1)).containsExactly(live);
        events.assertNone();

        // same name: products untouched, nothing announced
        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(top, "new", ",\"sort\":3")))
                .andExpect(status().isOk());
        events.assertNone();
    }

    @Test
    void movingAChildMovesItsProductCountBetweenParents() throws Exception {
        long from = create(0, "from", "");
        long to = create(0, "to", "");
        long child = create(from, "child", "");
        jdbc.update("UPDATE pms_product_category SET product_count = product_count + 3 WHERE id IN (?, ?)", from, child);
        catalog.product(null, child, "m", 0);

        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(to, "child", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data.productCount").value(3));
        assertThat(List.of(catalog.categoryCount(from), catalog.categoryCount(to), catalog.categoryCount(child)))
                .containsExactly(0, 3, 3);
    }

    @Test
    void filterAttributesAreKeptAndMustExist() throws Exception {
        long type = catalog.attributeCategory("type");
        long a1 = catalog.attribute(type, "a1", 1);
        long a2 = catalog.attribute(type, "a2", 1);
        long top = create(0, "top", "");
        long before = count();

        mvc.perform(post("/productCategory/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(top, "bad", ",\"productAttributeIdList\":[" + a1 + "," + Long.MAX_VALUE + "]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", startsWith("productAttributeIdList")));
        assertThat(count()).isEqualTo(before);

        long child = create(top, "child", ",\"productAttributeIdList\":[" + a1 + "," + a2 + "," + a1 + "]");
        assertThat(relations(child)).containsExactly(a1, a2);
        mvc.perform(get("/productAttribute/attrInfo/" + child).with(as(SUPER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.data[*].attributeId", contains((int) a1, (int) a2)))
                .andExpect(jsonPath("$.data[0].attributeCategoryId").value(type));

        // no list leaves them; an unknown id changes nothing; a new list replaces them
        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(top, "child", "")))
                .andExpect(status().isOk());
        assertThat(relations(child)).containsExactly(a1, a2);
        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(top, "renamed", ",\"productAttributeIdList\":[" + Long.MAX_VALUE + "]")))
                .andExpect(status().isBadRequest());
        assertThat(relations(child)).containsExactly(a1, a2);
        assertThat(jdbc.queryForObject("SELECT name FROM pms_product_category WHERE id = ?", String.class, child))
                .isEqualTo(catalog.name("child"));
        mvc.perform(post("/productCategory/update/" + child).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(top, "child", ",\"productAttributeIdList\":[" + a2 + "]")))
                .andExpect(status().isOk());
        assertThat(relations(child)).containsExactly(a2);
    }

    @Test
    void bulkStatusChangesAllOrNothing() throws Exception {
        long top = create(0, "top", "");
        long child = create(top, "child", "");

        mvc.perform(post("/productCategory/update/navStatus").with(as(SUPER)).param("ids", top + "," + child)
                        .param("navStatus", "1"))
                .andExpect(status().isOk());
        mvc.perform(post("/productCategory/update/showStatus").with(as(SUPER)).param("ids", Long.toString(child))
                        .param("showStatus", "1"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForList("SELECT nav_status FROM pms_product_category WHERE id IN (?, ?)", Integer.class,
                top, child)).containsOnly(1);
        assertThat(jdbc.queryForObject("SELECT show_status FROM pms_product_category WHERE id = ?", Integer.class,
                child)).isEqualTo(1);

        mvc.perform(post("/productCategory/update/navStatus").with(as(SUPER)).param("ids", top + "," + Long.MAX_VALUE)
                        .param("navStatus", "0"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT nav_status FROM pms_product_category WHERE id = ?", Integer.class, top))
                .isEqualTo(1);
        String tooMany = LongStream.rangeClosed(1, 101).mapToObj(Long::toString).collect(Collectors.joining(","));
        mvc.perform(post("/productCategory/update/navStatus").with(as(SUPER)).param("ids", tooMany)
                        .param("navStatus", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("ids")));
        mvc.perform(post("/productCategory/update/showStatus").with(as(SUPER)).param("ids", Long.toString(top))
                        .param("showStatus", "2"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void invalidInputIsRefusedWith400() throws Exception {
        long before = count();
        mvc.perform(post("/productCategory/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"parentId\":-1,\"name\":\" \",\"navStatus\":2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field", hasItem("name")))
                .andExpect(jsonPath("$.data[*].field", hasItem("parentId")))
                .andExpect(jsonPath("$.data[*].field", hasItem("navStatus")));
        mvc.perform(get("/productCategory/list/0").with(as(SUPER)).param("pageSize", "1000"))
                .andExpect(status().isBadRequest());
        assertThat(count()).isEqualTo(before);
    }

    private long create(long parentId, String name, String extra) throws Exception {
        String reply = mvc.perform(post("/productCategory/create").with(as(SUPER))
                        .contentType(MediaType.APPLICATION_JSON).content(body(parentId, name, extra)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(reply, "$.data.id")).longValue();
    }

    private String body(long parentId, String name, String extra) {
        return "{\"parentId\":" + parentId + ",\"name\":\"" + catalog.name(name) + "\",\"productUnit\":\"件\"" + extra
                + "}";
    }

    private long count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM pms_product_category WHERE name LIKE ?", Long.class,
                catalog.prefix() + "%");
    }

    private List<Long> relations(long categoryId) {
        return jdbc.queryForList("SELECT product_attribute_id FROM pms_product_category_attribute_relation"
                + " WHERE product_category_id = ? ORDER BY id", Long.class, categoryId);
    }
}
