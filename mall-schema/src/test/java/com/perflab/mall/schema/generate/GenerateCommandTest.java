package com.perflab.mall.schema.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.schema.DatabaseSettings;
import com.perflab.mall.schema.MallSchema;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The generator against the real MariaDB, in a database of its own (MALL_GEN_TEST_DB_NAME, default
 * mall_test_gen) that is created, migrated and seeded here and dropped at the end: a small scale, checked
 * for what the services rely on, then a second run on top.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenerateCommandTest {

    static final Map<String, String> ENV = env();
    static final DatabaseSettings DB = DatabaseSettings.fromEnvironment(ENV);
    static final int MEMBERS = 200;
    static final int PRODUCTS = 50;
    static final int ORDERS = 500;

    @TempDir
    static Path csvDir;

    static long seededMembers;
    static long seededProducts;
    static long seededSkus;

    static Map<String, String> env() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("MALL_DB_NAME", System.getenv().getOrDefault("MALL_GEN_TEST_DB_NAME", "mall_test_gen"));
        return env;
    }

    @BeforeAll
    static void createMigrateAndSeed() throws Exception {
        dropDatabase();
        MallSchema schema = new MallSchema(DB);
        try {
            schema.createDatabaseIfMissing();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + DB.database() + " as "
                    + DB.username() + " (" + e.getMessage() + "). Fix: ./mall infra grants " + DB.username()
                    + " the mall_test_* databases; or set MALL_GEN_TEST_DB_NAME to a database it may create", e);
        }
        schema.migrate();
        schema.seed();
        seededMembers = count("SELECT COUNT(*) FROM ums_member");
        seededProducts = count("SELECT COUNT(*) FROM pms_product");
        seededSkus = count("SELECT COUNT(*) FROM pms_sku_stock");
        assertThat(run("--members", "" + MEMBERS, "--products", "" + PRODUCTS, "--orders", "" + ORDERS,
                "--history", "--csv-dir", csvDir.toString())).isZero();
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(DB.jdbcUrl().replace("/" + DB.database() + "?", "/?"),
                DB.username(), DB.password()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + DB.database() + "`");
        }
    }

    @Test
    @Order(1)
    void addsTheRequestedRowsWithUniqueKeys() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM ums_member")).isEqualTo(seededMembers + MEMBERS);
        assertThat(count("SELECT COUNT(*) FROM pms_product")).isEqualTo(seededProducts + PRODUCTS);
        assertThat(count("SELECT COUNT(*) FROM oms_order")).isEqualTo(ORDERS);
        assertUnique();
        // 1-3 addresses per generated member, exactly one of them the default
        assertThat(count("SELECT COUNT(*) FROM ums_member m WHERE (SELECT COUNT(*) FROM ums_member_receive_address a"
                + " WHERE a.member_id = m.id) NOT BETWEEN 1 AND 3")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ums_member m WHERE (SELECT SUM(a.default_status)"
                + " FROM ums_member_receive_address a WHERE a.member_id = m.id) <> 1")).isZero();
        // one hash for all generated members, BCrypt cost 10 of 123456 as the services check it
        String hash = string("SELECT MIN(password) FROM ums_member WHERE id > 2");
        assertThat(count("SELECT COUNT(DISTINCT password) FROM ums_member WHERE id > 2")).isEqualTo(1);
        assertThat(hash).startsWith("$2a$10$");
        assertThat(BCrypt.checkpw("123456", hash)).isTrue();
        // level follows growth
        assertThat(count("SELECT COUNT(*) FROM ums_member m JOIN ums_member_level l ON l.id = m.member_level_id"
                + " WHERE m.id > 2 AND l.growth_point > m.growth")).isZero();
        assertThat(count("SELECT COUNT(*) FROM ums_member WHERE id > 2 AND integration > history_integration")).isZero();
    }

    @Test
    @Order(2)
    void productsHaveSkusAttributesAndCorrectCounts() throws Exception {
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE p.id > " + seededProducts
                + " AND (SELECT COUNT(*) FROM pms_sku_stock s WHERE s.product_id = p.id) NOT BETWEEN 1 AND 4")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_sku_stock WHERE sp_data NOT LIKE '[{\"key\":\"%\",\"value\":\"%\"}]'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p LEFT JOIN pms_product_category c"
                + " ON c.id = p.product_category_id WHERE c.id IS NULL OR c.level <> 1")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p JOIN pms_brand b ON b.id = p.brand_id"
                + " WHERE b.name <> p.brand_name")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE p.id > " + seededProducts + " AND NOT EXISTS"
                + " (SELECT 1 FROM pms_product_attribute_value v WHERE v.product_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product p WHERE p.price <>"
                + " (SELECT MIN(s.price) FROM pms_sku_stock s WHERE s.product_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product WHERE id > " + seededProducts
                + " AND publish_status = 1 AND verify_status = 1")).isGreaterThan(PRODUCTS / 2);
        assertThat(count("SELECT COUNT(*) FROM pms_sku_stock WHERE lock_stock < 0 OR lock_stock > stock")).isZero();
        assertProductCounts();
    }

    @Test
    @Order(3)
    void ordersAddUpAndTheirTimesMatchTheirStatus() throws Exception {
        assertOrdersConsistent();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status = 3")).isGreaterThan(ORDERS / 3);
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status = 0")).isBetween(1L, 5L);
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status = 0 AND create_time < NOW() - INTERVAL 2 HOUR"))
                .as("old unpaid orders (nothing would ever cancel them)").isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE create_time > NOW()")).isZero();
        assertThat(count("SELECT COUNT(DISTINCT DATE_FORMAT(create_time, '%Y-%m')) FROM oms_order")).isGreaterThanOrEqualTo(5);
        // order numbers as the portal makes them: yyyyMMdd of the order + 2-digit source + counter
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE order_sn NOT REGEXP '^[0-9]{18,}$'"
                + " OR LEFT(order_sn, 8) <> DATE_FORMAT(create_time, '%Y%m%d')"
                + " OR SUBSTRING(order_sn, 9, 2) <> LPAD(source_type, 2, '0')")).isZero();
        // units of unpaid orders are locked, as the portal's generate locks them
        assertThat(count("SELECT COALESCE(SUM(lock_stock), 0) FROM pms_sku_stock")).isEqualTo(
                count("SELECT COALESCE(SUM(i.product_quantity), 0) FROM oms_order_item i JOIN oms_order o"
                        + " ON o.id = i.order_id WHERE o.status = 0"));
        // coupons used on orders are used coupon history rows of the same member
        assertThat(count("SELECT COUNT(*) FROM oms_order o WHERE o.coupon_id IS NOT NULL AND NOT EXISTS (SELECT 1"
                + " FROM sms_coupon_history h WHERE h.order_id = o.id AND h.member_id = o.member_id"
                + " AND h.coupon_id = o.coupon_id AND h.use_status = 1)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order_operate_history")).isGreaterThanOrEqualTo(ORDERS);
    }

    @Test
    @Order(4)
    void csvFilesNameOnlyRowsThatExist() throws Exception {
        List<String> members = Files.readAllLines(csvDir.resolve("members.csv"), StandardCharsets.UTF_8);
        assertThat(members.get(0)).isEqualTo("username,password");
        assertThat(members).hasSizeGreaterThan(MEMBERS * 9 / 10); // generated + demo members, minus the few disabled
        for (String line : members.subList(1, members.size())) {
            String[] f = line.split(",");
            assertThat(f[1]).isEqualTo("123456");
            assertThat(count("SELECT COUNT(*) FROM ums_member m WHERE m.status = 1 AND m.username = '" + f[0] + "'"
                    + " AND EXISTS (SELECT 1 FROM ums_member_receive_address a WHERE a.member_id = m.id"
                    + " AND a.default_status = 1)")).as(line).isEqualTo(1);
        }
        List<String> products = Files.readAllLines(csvDir.resolve("products.csv"), StandardCharsets.UTF_8);
        assertThat(products.get(0)).isEqualTo("productId,skuId,keyword");
        assertThat(products).hasSizeGreaterThan(PRODUCTS);
        // the seed's daily flash sale offers products of the demo catalog; none of them is in the file
        List<String> flashProducts = ids("SELECT DISTINCT r.product_id FROM sms_flash_promotion_product_relation r"
                + " JOIN sms_flash_promotion f ON f.id = r.flash_promotion_id WHERE f.status = 1 AND f.end_date >= CURDATE()");
        assertThat(flashProducts).isNotEmpty();
        assertThat(products.subList(1, products.size())).noneMatch(line -> flashProducts.contains(line.split(",")[0]));
        for (String line : products.subList(1, products.size())) {
            String[] f = line.split(",");
            assertThat(f).hasSize(3);
            assertThat(count("SELECT COUNT(*) FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id"
                    + " WHERE s.id = " + f[1] + " AND p.id = " + f[0] + " AND p.publish_status = 1"
                    + " AND p.delete_status = 0 AND s.stock - s.lock_stock > 0"
                    + " AND (p.brand_name = '" + f[2] + "' OR p.name LIKE '" + f[2] + "%')")).as(line).isEqualTo(1);
        }
    }

    @Test
    @Order(5)
    void aSecondRunAddsRowsWithoutClashes() throws Exception {
        long members = count("SELECT COUNT(*) FROM ums_member");
        long products = count("SELECT COUNT(*) FROM pms_product");
        long orders = count("SELECT COUNT(*) FROM oms_order");
        assertThat(run("--members", "30", "--products", "10", "--orders", "40", "--seed", "7",
                "--csv-dir", csvDir.toString())).isZero();
        assertThat(count("SELECT COUNT(*) FROM ums_member")).isEqualTo(members + 30);
        assertThat(count("SELECT COUNT(*) FROM pms_product")).isEqualTo(products + 10);
        assertThat(count("SELECT COUNT(*) FROM oms_order")).isEqualTo(orders + 40);
        assertUnique();
        assertOrdersConsistent();
        assertProductCounts();
    }

    @Test
    @Order(6)
    void csvOnlyWritesTheFilesFromTheDatabase() throws Exception {
        Files.delete(csvDir.resolve("members.csv"));
        long orders = count("SELECT COUNT(*) FROM oms_order");
        assertThat(run("--csv-only", "--csv-dir", csvDir.toString())).isZero();
        assertThat(Files.readAllLines(csvDir.resolve("members.csv"))).hasSize(
                (int) count("SELECT COUNT(*) FROM ums_member m WHERE m.status = 1 AND EXISTS (SELECT 1"
                        + " FROM ums_member_receive_address a WHERE a.member_id = m.id AND a.default_status = 1)") + 1);
        assertThat(count("SELECT COUNT(*) FROM oms_order")).isEqualTo(orders);
    }

    @Test
    void badArgumentsFailWithAClearMessage() {
        assertThat(runCapturing("--members", "-5")).contains("--members: must be 0 or more, got -5");
        assertThat(runCapturing("--orders", "many")).contains("--orders: 'many' is not a whole number");
        assertThat(runCapturing("--colour", "red")).contains("unknown option '--colour'");
        assertThat(runCapturing("--members")).contains("--members needs a value");
        assertThat(runCapturing()).contains("nothing to do");
        assertThat(runCapturing("--csv-only", "--orders", "3")).contains("--csv-only generates nothing");
        assertThat(runCapturing("--members", "1", "--db", "x;drop")).contains("--db: a database name");
        // --check (the launcher's first call) accepts good arguments and touches no database
        assertThat(GenerateCommand.run(new String[] {"--orders", "5", "--db", "no_such_db", "--check"}, ENV)).isZero();
        assertThat(runCapturing("--orders", "-5", "--check")).contains("--orders: must be 0 or more");
        assertThatThrownBy(() -> GenerateOptions.parse(new String[] {"--products", "-1"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void phonesNeverRepeat() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long id = 0; id < 200_000; id++) {
            String phone = Vocabulary.phone(id);
            assertThat(phone).hasSize(11).startsWith("1").isNotEqualTo("18000000000");
            assertThat(seen.add(phone)).as("phone of id %d repeats", id).isTrue();
        }
    }

    @Test
    void sharesRoundHalfUpLikeThePortal() {
        assertThat(OrderGenerator.share(1000, 5000, 15000)).isEqualTo(333); // 3.333 -> 3.33
        assertThat(OrderGenerator.share(1000, 10000, 15000)).isEqualTo(667); // 6.666 -> 6.67
        assertThat(OrderGenerator.share(0, 10000, 15000)).isZero();
    }

    private static void assertUnique() throws SQLException {
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT username) FROM ums_member")).isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT phone) FROM ums_member")).isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT order_sn) FROM oms_order")).isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT sku_code) FROM pms_sku_stock")).isZero();
        assertThat(count("SELECT COUNT(*) - COUNT(DISTINCT product_sn) FROM pms_product")).isZero();
    }

    private static void assertOrdersConsistent() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM oms_order o WHERE o.total_amount <> (SELECT SUM(i.product_price"
                + " * i.product_quantity) FROM oms_order_item i WHERE i.order_id = o.id)")).as("items sum").isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order o WHERE o.promotion_amount <> (SELECT SUM(i.promotion_amount"
                + " * i.product_quantity) FROM oms_order_item i WHERE i.order_id = o.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE pay_amount <> GREATEST(0, total_amount + freight_amount"
                + " - promotion_amount - coupon_amount - integration_amount - discount_amount)")).as("pay formula").isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order o WHERE (SELECT COUNT(*) FROM oms_order_item i"
                + " WHERE i.order_id = o.id) NOT BETWEEN 1 AND 4")).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status NOT IN (0, 1, 2, 3, 4)")).isZero();
        // the times each status implies, and none it does not
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status IN (1, 2, 3) AND (payment_time IS NULL"
                + " OR payment_time < create_time OR pay_type NOT IN (1, 2))")).as("paid").isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status IN (0, 4) AND (payment_time IS NOT NULL"
                + " OR delivery_time IS NOT NULL OR coupon_amount > 0 OR integration_amount > 0)")).as("never paid").isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status IN (2, 3) AND (delivery_time IS NULL"
                + " OR delivery_time < payment_time OR delivery_company IS NULL)")).as("shipped").isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status = 3 AND (receive_time IS NULL"
                + " OR receive_time < delivery_time OR confirm_status <> 1)")).as("done").isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status < 3 AND receive_time IS NOT NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE status = 1 AND delivery_time IS NOT NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order WHERE GREATEST(COALESCE(payment_time, create_time),"
                + " COALESCE(delivery_time, create_time), COALESCE(receive_time, create_time)) > NOW()")).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order o LEFT JOIN ums_member m ON m.id = o.member_id"
                + " WHERE m.id IS NULL OR m.username <> o.member_username")).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order_item i LEFT JOIN pms_sku_stock s ON s.id = i.product_sku_id"
                + " WHERE s.id IS NULL OR s.product_id <> i.product_id OR s.sku_code <> i.product_sku_code")).isZero();
    }

    private static void assertProductCounts() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM pms_brand b WHERE b.product_count <> (SELECT COUNT(*) FROM pms_product p"
                + " WHERE p.brand_id = b.id AND p.publish_status = 1 AND p.delete_status = 0)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product_category c WHERE c.level = 1 AND c.product_count <>"
                + " (SELECT COUNT(*) FROM pms_product p WHERE p.product_category_id = c.id AND p.publish_status = 1"
                + " AND p.delete_status = 0)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM pms_product_category c WHERE c.level = 0 AND c.product_count <>"
                + " (SELECT COALESCE(SUM(k.product_count), 0) FROM pms_product_category k WHERE k.parent_id = c.id)"))
                .isZero();
    }

    private static int run(String... args) {
        return GenerateCommand.run(args, ENV);
    }

    private static String runCapturing(String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(GenerateCommand.run(args, ENV)).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(DB.jdbcUrl(), DB.username(), DB.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> ids(String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DB.jdbcUrl(), DB.username(), DB.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    private static String string(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(DB.jdbcUrl(), DB.username(), DB.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
