package com.perflab.mall.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates the mall database when it is missing, applies the schema migrations and loads the demo data.
 * Demo data are versioned scripts with their own history table, so seeding twice inserts nothing twice,
 * and a database that is only migrated (e.g. for load tests with generated data) stays free of them.
 */
public final class MallSchema {

    static final String MIGRATIONS = "classpath:db/migration";
    static final String SEEDS = "classpath:db/seed";
    static final String SEED_HISTORY_TABLE = "flyway_seed_history";

    private final DatabaseSettings settings;

    public MallSchema(DatabaseSettings settings) {
        this.settings = settings;
    }

    /** CREATE DATABASE IF NOT EXISTS, in utf8mb4 so that product names and reviews keep every character. */
    public void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                settings.serverUrl(), settings.username(), settings.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + settings.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    public MigrateResult migrate() {
        return flyway(MIGRATIONS, "flyway_schema_history", false).migrate();
    }

    public MigrateResult seed() {
        return flyway(SEEDS, SEED_HISTORY_TABLE, true).migrate();
    }

    private Flyway flyway(String location, String historyTable, boolean onTopOfSchema) {
        return Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.username(), settings.password())
                .locations(location)
                .table(historyTable)
                // the seed history starts in a schema that migrations have already filled
                .baselineOnMigrate(onTopOfSchema)
                .baselineVersion("0")
                .connectRetries(3)
                .load();
    }
}
