package com.perflab.mall.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Migrations and seeds against the real MariaDB/MySQL of the lab (database mall_test by default). */
class MallSchemaTest {

    static final DatabaseSettings TEST_DB = testDatabase();

    static DatabaseSettings testDatabase() {
        Map<String, String> env = System.getenv();
        return DatabaseSettings.fromEnvironment(env).withDatabase(env.getOrDefault("MALL_TEST_DB_NAME", "mall_test"));
    }

    @Test
    void migratingAndSeedingTwiceChangesNothingTheSecondTime() throws Exception {
        MallSchema schema = new MallSchema(TEST_DB);
        schema.createDatabaseIfMissing();
        schema.migrate();
        schema.seed();

        assertThat(schema.migrate().migrationsExecuted).isZero();
        assertThat(schema.seed().migrationsExecuted).isZero();
        assertThat(count("SELECT COUNT(*) FROM oms_order_setting")).isEqualTo(1);
        assertThat(count("SELECT normal_order_overtime FROM oms_order_setting WHERE id = 1")).isPositive();
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

    private static long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(TEST_DB.jdbcUrl(), TEST_DB.username(), TEST_DB.password());
    }
}
