package com.perflab.mall.admin.edges;

import static com.perflab.mall.admin.support.TestAdmins.SUPER;
import static com.perflab.mall.admin.support.TestAdmins.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.perflab.mall.admin.support.AdminApiTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The edges of the back office's input, each refused with 400 naming the field in the envelope's data and
 * without a row written: names a person cannot see, unparsable date filters, rules between fields.
 */
@AdminApiTest
class InputEdgesApiTest {

    /** Only invisible characters: zero-width space, byte order mark, no-break space, word joiner. */
    static final String INVISIBLE = "\\u200B\\uFEFF\\u00A0\\u2060";
    /** Visible characters with a right-to-left override and a control character between them. */
    static final String CONTROL = "ab\\u202Ecd\\u0007e";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    final String prefix = "ite" + UUID.randomUUID().toString().substring(0, 6) + "_";

    @AfterEach
    void cleanUp() {
        String like = prefix + "%";
        jdbc.update("DELETE r FROM sms_coupon_product_relation r JOIN sms_coupon c ON c.id = r.coupon_id"
                + " WHERE c.name LIKE ?", like);
        jdbc.update("DELETE FROM sms_coupon WHERE name LIKE ?", like);
    }

    int rows(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** Every name field of every write that takes one, with a body that is valid but for that field. */
    @ParameterizedTest(name = "{0} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "/brand/create                 | pms_brand                     | {\"name\":\"%s\"}                                    | name",
            "/role/create                  | ums_role                      | {\"name\":\"%s\"}                                    | name",
            "/menu/create                  | ums_menu                      | {\"parentId\":0,\"title\":\"%s\",\"name\":\"m\"}     | title",
            "/menu/create                  | ums_menu                      | {\"parentId\":0,\"title\":\"t\",\"name\":\"%s\"}     | name",
            "/resourceCategory/create      | ums_resource_category         | {\"name\":\"%s\"}                                    | name",
            "/resource/create              | ums_resource                  | {\"name\":\"%s\",\"url\":\"/x/**\",\"categoryId\":1} | name",
            "/returnReason/create          | oms_order_return_reason       | {\"name\":\"%s\"}                                    | name",
            "/productCategory/create       | pms_product_category          | {\"name\":\"%s\"}                                    | name",
            "/productAttribute/create      | pms_product_attribute         | {\"productAttributeCategoryId\":1,\"name\":\"%s\",\"type\":0} | name",
            "/flash/create                 | sms_flash_promotion           | {\"title\":\"%s\",\"startDate\":\"2030-01-01\",\"endDate\":\"2030-01-02\"} | title",
            "/flash/session/create         | sms_flash_promotion_session   | {\"name\":\"%s\",\"startTime\":\"09:00:00\",\"endTime\":\"10:00:00\"} | name",
            "/home/advertise/create        | sms_home_advertise            | {\"name\":\"%s\",\"type\":0,\"pic\":\"/a.png\",\"startTime\":\"2030-01-01T00:00:00\",\"endTime\":\"2030-02-01T00:00:00\"} | name",
            "/coupon/create                | sms_coupon                    | {\"name\":\"%s\",\"type\":0,\"publishCount\":10,\"amount\":5,\"startTime\":\"2030-01-01T00:00:00\",\"endTime\":\"2030-02-01T00:00:00\",\"useType\":0} | name",
            "/companyAddress/create        | oms_company_address           | {\"addressName\":\"%s\",\"name\":\"n\",\"phone\":\"18000000000\",\"province\":\"p\",\"city\":\"c\",\"detailAddress\":\"d\"} | addressName",
            "/companyAddress/create        | oms_company_address           | {\"addressName\":\"a\",\"name\":\"%s\",\"phone\":\"18000000000\",\"province\":\"p\",\"city\":\"c\",\"detailAddress\":\"d\"} | name",
            "/companyAddress/create        | oms_company_address           | {\"addressName\":\"a\",\"name\":\"n\",\"phone\":\"18000000000\",\"province\":\"p\",\"city\":\"%s\",\"detailAddress\":\"d\"} | city",
            "/product/create               | pms_product                   | {\"brandId\":1,\"productCategoryId\":7,\"name\":\"%s\",\"productSn\":\"s\",\"price\":1,\"skuStockList\":[{\"skuCode\":\"k\",\"price\":1,\"stock\":1}]} | name",
            "/product/create               | pms_product                   | {\"brandId\":1,\"productCategoryId\":7,\"name\":\"p\",\"productSn\":\"s\",\"price\":1,\"skuStockList\":[{\"skuCode\":\"%s\",\"price\":1,\"stock\":1}]} | skuStockList[0].skuCode",
            "/order/update/receiverInfo    | oms_order_operate_history     | {\"orderId\":1,\"receiverName\":\"%s\",\"receiverPhone\":\"18000000000\",\"receiverProvince\":\"p\",\"receiverCity\":\"c\",\"receiverDetailAddress\":\"d\",\"status\":0} | receiverName",
            "/order/update/delivery        | oms_order_operate_history     | [{\"orderId\":1,\"deliveryCompany\":\"%s\",\"deliverySn\":\"SF1\"}] | deliveryCompany"})
    void aRequiredNameOfOnlyInvisibleOrControlCharactersIs400AndWritesNothing(String path, String table, String body,
                                                                               String field) throws Exception {
        for (String name : new String[] {INVISIBLE, CONTROL}) {
            int before = rows(table);
            mvc.perform(post(path).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                            .content(body.formatted(name)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(400))
                    .andExpect(jsonPath("$.data[*].field").value(hasItem(field.replaceAll("\\[\\d+]", "[0]"))));
            assertThat(rows(table)).as(path + " " + name).isEqualTo(before);
        }
    }

    /** Optional names: invisible-only is stripped to empty (no name), control characters are refused. */
    @ParameterizedTest(name = "{0} {3}")
    @CsvSource(delimiter = '|', value = {
            "/brand/create            | pms_brand            | {\"name\":\"b\",\"firstLetter\":\"%s\"} | firstLetter",
            "/productCategory/create  | pms_product_category | {\"name\":\"c\",\"productUnit\":\"%s\"} | productUnit",
            "/companyAddress/create   | oms_company_address  | {\"addressName\":\"a\",\"name\":\"n\",\"phone\":\"18000000000\",\"province\":\"p\",\"city\":\"c\",\"region\":\"%s\",\"detailAddress\":\"d\"} | region"})
    void anOptionalNameWithControlCharactersIs400AndWritesNothing(String path, String table, String body,
                                                                   String field) throws Exception {
        int before = rows(table);
        mvc.perform(post(path).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON).content(body.formatted(CONTROL)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[*].field").value(hasItem(field)));
        assertThat(rows(table)).isEqualTo(before);
    }

    @Test
    void anOptionalNameWithControlCharactersIs400() throws Exception {
        int before = rows("ums_admin");
        mvc.perform(post("/admin/register").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + prefix + "a\",\"password\":\"secret1\",\"nickName\":\"" + CONTROL + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("nickName"));
        assertThat(rows("ums_admin")).isEqualTo(before);
    }

    @Test
    void aPlainParameterNameIsStrippedOrRefused() throws Exception {
        int before = rows("pms_product_attribute_category");
        mvc.perform(post("/productAttribute/category/create").with(as(SUPER)).param("name", "\u200B\u00A0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("name"));
        mvc.perform(post("/productAttribute/category/create").with(as(SUPER)).param("name", "颜\u0000色"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("name"));
        assertThat(rows("pms_product_attribute_category")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', value = {
            "/order/list                 | createTime     | yesterday",
            "/order/list                 | createTime     | 2024-02-30",
            "/order/list                 | createTime     | 2024-13-01",
            "/order/list                 | createTimeFrom | 2024/01/01",
            "/order/list                 | createTimeTo   | 01-02-2024",
            "/returnApply/list           | createTime     | today",
            "/returnApply/list           | handleTime     | 2024-1-1",
            "/home/advertise/list        | endTime        | 2024-01-01T00:00",
            "/admin/operationLog/list    | from           | 2024-01-01",
            "/admin/operationLog/list    | to             | 2024-01-01 24:61:00"})
    void anUnparsableDateFilterIs400NamingIt(String path, String param, String value) throws Exception {
        mvc.perform(get(path).with(as(SUPER)).param(param, value))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(400))
                .andExpect(jsonPath("$.data[0].field").value(param))
                .andExpect(jsonPath("$.data[0].message").value(org.hamcrest.Matchers.startsWith("must be a date")));
    }

    @Test
    void validDateFiltersStillWork() throws Exception {
        mvc.perform(get("/order/list").with(as(SUPER)).param("createTime", "2024-02-29"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/operationLog/list").with(as(SUPER)).param("from", "2024-01-01 00:00:00")
                        .param("to", "2024-01-02 00:00:00"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/operationLog/list").with(as(SUPER)).param("from", "2024-01-02 00:00:00")
                        .param("to", "2024-01-01 00:00:00"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("to"));
    }

    String coupon(String amount, String minPoint, String extra) {
        return """
                {"name":"%s","type":0,"publishCount":100,"amount":%s,"minPoint":%s,"perLimit":1,"useType":0,
                 "startTime":"2030-01-01T00:00:00","endTime":"2030-02-01T00:00:00"%s}
                """.formatted(prefix + amount + "-" + minPoint, amount, minPoint, extra);
    }

    int coupons() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sms_coupon WHERE name LIKE ?", Integer.class, prefix + "%");
    }

    @Test
    void aCouponWorthMoreThanItsMinimumSpendIs400AndWritesNothing() throws Exception {
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(coupon("60.00", "50.00", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("amount"));
        assertThat(coupons()).isZero();
        // worth exactly the threshold, and any amount without a threshold (0 = none): allowed
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                .content(coupon("50.00", "50.00", ""))).andExpect(status().isOk());
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                .content(coupon("80.00", "0", ""))).andExpect(status().isOk());
        assertThat(coupons()).isEqualTo(2);
        long id = jdbc.queryForObject("SELECT id FROM sms_coupon WHERE name = ?", Long.class, prefix + "50.00-50.00");
        // an update is held to the same rule and leaves the row as it was
        mvc.perform(post("/coupon/update/{id}", id).with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(coupon("50.01", "50.00", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("amount"));
        assertThat(jdbc.queryForObject("SELECT amount FROM sms_coupon WHERE id = ?", java.math.BigDecimal.class, id))
                .isEqualByComparingTo("50.00");
    }

    @Test
    void otherCouponRulesBetweenFieldsAre400NamingTheField() throws Exception {
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(coupon("5", "10", ",\"enableTime\":\"2030-03-01T00:00:00\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("enableTime"));
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(coupon("5", "10", "").replace("\"endTime\":\"2030-02-01T00:00:00\"",
                                "\"endTime\":\"2029-12-01T00:00:00\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("endTime"));
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(coupon("5", "10", "").replace("\"perLimit\":1", "\"perLimit\":1.5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("perLimit"));
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(coupon("5", "10", "").replace("2030-02-01T00:00:00", "2030-02-30T00:00:00")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("endTime"))
                .andExpect(jsonPath("$.data[0].message").value(org.hamcrest.Matchers.startsWith("must be a date")));
        mvc.perform(post("/coupon/create").with(as(SUPER)).contentType(MediaType.APPLICATION_JSON)
                        .content(coupon("5", "10", "").replace("\"publishCount\":100", "\"publishCount\":1,\"perLimit\":2")
                                .replace("\"perLimit\":1,", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.data[0].field").value("perLimit"));
        assertThat(coupons()).isZero();
    }
}
