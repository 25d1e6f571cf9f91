package com.perflab.mall.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migrations and seeds against the real MariaDB/MySQL of the lab. The checks run on a database of their own
 * ({@code <test database>_schema}), created afresh here and dropped at the end, so rows other modules' tests
 * leave in the shared test database cannot make the seed look wrong; the shared one ({@code mall_test} by
 * default) is migrated and seeded here too, for the modules after this one.
 */
class MallSchemaTest {

    static final DatabaseSettings SHARED_DB = testDatabase();
    static final DatabaseSettings TEST_DB = SHARED_DB.withDatabase(SHARED_DB.database() + "_schema");

    static final List<String> SEED_SCRIPTS = List.of("V1__order_setting.sql", "V2__demo_members.sql",
            "V3__demo_catalog.sql", "V4__demo_promotions_and_home.sql", "V5__demo_admin.sql",
            "V6__search_index_resource.sql");

    /** Tables whose row counts must not change when the demo data are loaded again. */
    static final List<String> SEEDED_TABLES = List.of("oms_order_setting", "ums_member_level", "ums_member",
            "ums_member_receive_address", "ums_integration_consume_setting", "ums_integration_change_history",
            "pms_feight_template", "pms_brand", "pms_product_category", "pms_product_attribute_category",
            "pms_product_attribute", "pms_product_category_attribute_relation", "pms_product", "pms_sku_stock",
            "pms_product_attribute_value", "pms_member_price", "pms_product_ladder", "pms_product_full_reduction",
            "pms_album", "pms_album_pic", "pms_comment", "sms_coupon", "sms_coupon_product_relation",
            "sms_coupon_product_category_relation", "sms_coupon_history", "sms_flash_promotion",
            "sms_flash_promotion_session", "sms_flash_promotion_product_relation", "sms_home_advertise",
            "sms_home_brand", "sms_home_new_product", "sms_home_recommend_product", "sms_home_recommend_subject",
            "cms_subject_category", "cms_subject", "cms_subject_product_relation", "cms_prefrence_area",
            "cms_prefrence_area_product_relation", "oms_order_return_reason", "oms_company_address", "ums_admin",
            "ums_role", "ums_admin_role_relation", "ums_menu", "ums_resource_category", "ums_resource",
            "ums_role_menu_relation", "ums_role_resource_relation");

    static DatabaseSettings testDatabase() {
        Map<String, String> env = System.getenv();
        return DatabaseSettings.fromEnvironment(env).withDatabase(env.getOrDefault("MALL_TEST_DB_NAME", "mall_test"));
    }

    @BeforeAll
    static void migrateAndSeed() throws Exception {
        MallSchema shared = new MallSchema(SHARED_DB);
        shared.createDatabaseIfMissing();
        shared.migrate();
        shared.seed();
        dropDatabase();
        MallSchema schema = new MallSchema(TEST_DB);
        schema.createDatabaseIfMissing();
        schema.migrate();
        schema.seed();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(TEST_DB.jdbcUrl().replace("/" + TEST_DB.database() + "?", "/?"),
                TEST_DB.username(), TEST_DB.password()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + TEST_DB.database() + "`");
        }
    }

    @Test
    void migratingAndSeedingTwiceChangesNothingTheSecondTime() throws Exception {
        MallSchema schema = new MallSchema(TEST_DB);
        Map<String, Long> before = rowCounts();

        assertThat(schema.migrate().migrationsExecuted).isZero();
        assertThat(schema.seed().migrationsExecuted).isZero();
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM oms_order_setting")).isEqualTo(1);
        assertThat(count("SELECT normal_order_overtime FROM oms_order_setting WHERE id = 1")).isPositive();
    }

    @Test
    void seedScriptsRunAgainOutsideFlywayInsertNothing() throws Exception {
        Map<String, Long> before = rowCounts();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String script : SEED_SCRIPTS) {
                executeScript(s, readSeed(script));
            }
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void catalogLooksLikeAShop() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM pms_brand WHERE show_status = 1")).isGreaterThanOrEqualTo(20);
        assertThat(count("SELECT COUNT(*) FROM pms_product_category WHERE level = 0 AND parent_id = 0"))
                .isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM pms_product_category p WHERE p.level = 0 AND"
                + " (SELECT COUNT(*) FROM pms_product_category c WHERE c.parent_id = p.id AND c.level = 1) < 3"))
                .as("top-level categories with fewer than 3 children").isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product WHERE publish_status = 1 AND delete_status = 0"))
                .isGreaterThanOrEqualTo(200);
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE NOT EXISTS"
                + " (SELECT 1 FROM pms_sku_stock s WHERE s.product_id = p.id)"))
                .as("products without SKU").isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p LEFT JOIN pms_product_category c"
                + " ON c.id = p.product_category_id WHERE c.id IS NULL OR c.level <> 1"))
                .as("products outside a level-1 category").isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p LEFT JOIN pms_brand b ON b.id = p.brand_id"
                + " WHERE b.id IS NULL OR b.name <> p.brand_name")).as("products with a wrong brand").isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product WHERE pic IS NULL OR detail_html IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM (SELECT product_id FROM pms_sku_stock GROUP BY product_id"
                + " HAVING COUNT(*) NOT BETWEEN 2 AND 6) t")).as("products with other than 2..6 SKUs").isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE p.price <>"
                + " (SELECT MIN(s.price) FROM pms_sku_stock s WHERE s.product_id = p.id)"))
                .as("product price is its cheapest SKU").isZero();
        // every product on a promotion has the rows of that promotion
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE p.promotion_type = 2 AND NOT EXISTS"
                + " (SELECT 1 FROM pms_member_price m WHERE m.product_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE p.promotion_type = 3 AND NOT EXISTS"
                + " (SELECT 1 FROM pms_product_ladder l WHERE l.product_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE p.promotion_type = 4 AND NOT EXISTS"
                + " (SELECT 1 FROM pms_product_full_reduction f WHERE f.product_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product WHERE promotion_type = 1 AND NOT"
                + " (promotion_start_time <= NOW() AND promotion_end_time > NOW())")).isZero();
    }

    @Test
    void skuCodesAreUniqueAndNoSkuLocksMoreThanItHas() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM pms_sku_stock"))
                .isEqualTo(count("SELECT COUNT(DISTINCT sku_code) FROM pms_sku_stock"));
        assertThat(count("SELECT COUNT(*) FROM pms_sku_stock WHERE lock_stock < 0 OR lock_stock > stock")).isZero();
        // the seed stocks 100..1000 per SKU; tests and shoppers of this database may have sold some since
        assertThat(count("SELECT COUNT(*) FROM pms_sku_stock WHERE stock < 0 OR stock > 1000")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_sku_stock WHERE sp_data NOT LIKE '[{\"key\":%'")).isZero();
    }

    @Test
    void theCheckConstraintRejectsLockingMoreThanTheStock() throws Exception {
        long skuId = count("SELECT MIN(id) FROM pms_sku_stock");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                assertThatThrownBy(() -> s.executeUpdate(
                        "UPDATE pms_sku_stock SET lock_stock = stock + 1 WHERE id = " + skuId))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("ck_sku_stock_lock");
                assertThatThrownBy(() -> s.executeUpdate(
                        "UPDATE pms_sku_stock SET lock_stock = -1 WHERE id = " + skuId))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.executeUpdate(
                        "UPDATE pms_sku_stock SET stock = lock_stock - 1 WHERE id = " + skuId))
                        .isInstanceOf(SQLException.class);
                // locking exactly the available stock is allowed
                assertThat(s.executeUpdate("UPDATE pms_sku_stock SET lock_stock = stock WHERE id = " + skuId))
                        .isEqualTo(1);
            } finally {
                c.rollback();
            }
        }
        assertThat(count("SELECT lock_stock FROM pms_sku_stock WHERE id = " + skuId)).isZero();
    }

    @Test
    void demoMembersAndAdminsHaveBcryptHashes() throws Exception {
        assertThat(string("SELECT password FROM ums_member WHERE username = 'test'")).startsWith("$2a$10$").hasSize(60);
        assertThat(string("SELECT password FROM ums_member WHERE username = 'test2'")).startsWith("$2a$10$").hasSize(60);
        assertThat(string("SELECT phone FROM ums_member WHERE username = 'test'")).isEqualTo("18000000000");
        assertThat(count("SELECT integration FROM ums_member WHERE username = 'test'")).isEqualTo(5000);
        assertThat(string("SELECT l.name FROM ums_member m JOIN ums_member_level l ON l.id = m.member_level_id"
                + " WHERE m.username = 'test'")).isEqualTo("普通会员");
        assertThat(count("SELECT COUNT(*) FROM ums_member_level WHERE default_status = 1")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM ums_member_receive_address a JOIN ums_member m ON m.id = a.member_id"
                + " WHERE m.username = 'test'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM ums_member_receive_address a JOIN ums_member m ON m.id = a.member_id"
                + " WHERE m.username = 'test2'")).isEqualTo(1);
        assertThat(string("SELECT r.name FROM ums_admin a JOIN ums_admin_role_relation ar ON ar.admin_id = a.id"
                + " JOIN ums_role r ON r.id = ar.role_id WHERE a.username = 'admin'")).isEqualTo("超级管理员");
        assertThat(string("SELECT r.name FROM ums_admin a JOIN ums_admin_role_relation ar ON ar.admin_id = a.id"
                + " JOIN ums_role r ON r.id = ar.role_id WHERE a.username = 'clerk'")).isEqualTo("订单管理员");
        assertThat(count("SELECT COUNT(*) FROM ums_admin WHERE password NOT LIKE '$2a$10$%'")).isZero();
    }

    @Test
    void searchIndexManagementIsOneResourceOfTheSuperRoleOnly() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM ums_resource WHERE url = '/mall-search/esProduct/**'")).isEqualTo(1);
        assertThat(string("SELECT GROUP_CONCAT(r.name) FROM ums_role_resource_relation rr"
                + " JOIN ums_role r ON r.id = rr.role_id JOIN ums_resource res ON res.id = rr.resource_id"
                + " WHERE res.url = '/mall-search/esProduct/**'")).isEqualTo("超级管理员");
        assertThat(count("SELECT COUNT(*) FROM ums_resource WHERE url LIKE '/mall-%' AND url NOT LIKE '/mall-search/%'"))
                .as("service-prefixed resources name a service that has management endpoints").isZero();
    }

    @Test
    void homeContentAndPromotionsAreLiveNow() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM sms_home_advertise WHERE type = 1 AND status = 1"
                + " AND start_time <= NOW() AND end_time > NOW()")).isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM sms_home_brand WHERE recommend_status = 1")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM sms_home_new_product WHERE recommend_status = 1")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM sms_home_recommend_product WHERE recommend_status = 1")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM sms_home_recommend_subject h JOIN cms_subject s ON s.id = h.subject_id"
                + " WHERE h.recommend_status = 1 AND EXISTS"
                + " (SELECT 1 FROM cms_subject_product_relation r WHERE r.subject_id = s.id)")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM sms_coupon WHERE start_time <= NOW() AND end_time > NOW()"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(DISTINCT use_type) FROM sms_coupon")).isEqualTo(3);
        // the flash sale runs today and some slot covers the current time, with products in it
        assertThat(count("SELECT COUNT(*) FROM sms_flash_promotion f JOIN sms_flash_promotion_product_relation r"
                + " ON r.flash_promotion_id = f.id JOIN sms_flash_promotion_session s ON s.id = r.flash_promotion_session_id"
                + " WHERE f.status = 1 AND f.start_date <= CURDATE() AND f.end_date >= CURDATE()"
                + " AND s.status = 1 AND s.start_time <= CURTIME() AND s.end_time >= CURTIME()")).isGreaterThanOrEqualTo(3);
        // the shown home products are on sale
        assertThat(count("SELECT COUNT(*) FROM (SELECT product_id FROM sms_home_new_product"
                + " UNION ALL SELECT product_id FROM sms_home_recommend_product"
                + " UNION ALL SELECT product_id FROM sms_flash_promotion_product_relation) h"
                + " JOIN pms_product p ON p.id = h.product_id WHERE p.publish_status <> 1 OR p.delete_status <> 0")).isZero();
    }

    @Test
    void theLookupsOfTheServicesHaveIndexes() throws Exception {
        // the indexes the course system lacked (see FACTS.md), by their leading columns
        assertThat(indexed("pms_sku_stock", "sku_code")).isTrue();
        assertThat(indexed("pms_sku_stock", "product_id")).isTrue();
        assertThat(indexed("oms_cart_item", "member_id")).isTrue();
        assertThat(indexed("oms_order", "member_id")).isTrue();
        assertThat(indexed("oms_order", "order_sn")).isTrue();
        assertThat(indexed("oms_order_item", "order_id")).isTrue();
        assertThat(indexed("ums_member", "username")).isTrue();
        assertThat(indexed("ums_member_receive_address", "member_id")).isTrue();
        assertThat(indexed("pms_product", "product_category_id")).isTrue();
        assertThat(indexed("pms_product", "brand_id")).isTrue();
        assertThat(indexed("pms_product_attribute_value", "product_id")).isTrue();
        assertThat(indexed("sms_coupon_history", "member_id")).isTrue();
        assertThat(count("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'oms_cart_item' AND INDEX_NAME = 'idx_cart_member_sku'")).isEqualTo(2);
    }

    @Test
    void migrationsAvoidMariaDbOnlySyntax() throws Exception {
        // the statements without comments and string literals, so that only syntax is looked at
        String sql = readResource("db/migration/V2__catalog_members_promotions_orders.sql")
                .replaceAll("(?m)--.*$", "").replaceAll("'(?:[^']|'')*'", "''").toUpperCase();
        assertThat(sql).doesNotContainPattern("IF\\s+NOT\\s+EXISTS").doesNotContainPattern("\\bRETURNING\\b")
                .doesNotContainPattern("\\bSEQUENCE\\b").doesNotContainPattern("CREATE\\s+OR\\s+REPLACE")
                .doesNotContainPattern("\\bJSON\\b").contains("ENGINE = INNODB");
        assertThat(count("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME NOT LIKE 'flyway%' AND (ENGINE <> 'InnoDB' OR TABLE_COLLATION <> 'utf8mb4_unicode_ci'"
                + " OR TABLE_COMMENT = '')")).as("tables not InnoDB/utf8mb4_unicode_ci or without comment").isZero();
    }

    @Test
    void databaseIsUtf8mb4() throws Exception {
        new MallSchema(TEST_DB).createDatabaseIfMissing();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA"
                     + " WHERE SCHEMA_NAME = '" + TEST_DB.database() + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("utf8mb4");
        }
    }

    @Test
    void databaseNamesThatCouldInjectSqlAreRefused() {
        assertThatThrownBy(() -> TEST_DB.withDatabase("mall`; DROP DATABASE mall; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean indexed(String table, String leadingColumn) throws Exception {
        return count("SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = '" + table + "' AND COLUMN_NAME = '" + leadingColumn + "' AND SEQ_IN_INDEX = 1") > 0;
    }

    private static Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : SEEDED_TABLES) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private static void executeScript(Statement s, String script) throws SQLException {
        // the connection allows multi-queries; walk every result so that each statement has run
        boolean isResultSet = s.execute(script);
        while (isResultSet || s.getUpdateCount() != -1) {
            isResultSet = s.getMoreResults();
        }
    }

    private static String readSeed(String name) throws IOException {
        return readResource("db/seed/" + name);
    }

    private static String readResource(String path) throws IOException {
        try (InputStream in = MallSchemaTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String string(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(TEST_DB.jdbcUrl(), TEST_DB.username(), TEST_DB.password());
    }
}
