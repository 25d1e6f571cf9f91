package com.perflab.mall.schema.generate;

import com.perflab.mall.schema.DatabaseSettings;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * {@code mall-schema generate ...}: adds members, products and orders to a migrated and seeded database at the
 * chosen scale, then writes the JMeter CSV files. Run by {@code ./mall data}.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    /** Returns the process exit code: 0 done, 1 failed (cause and fix printed), 2 bad arguments. */
    public static int run(String[] args, Map<String, String> env) {
        GenerateOptions options;
        try {
            options = GenerateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            System.err.println(GenerateOptions.USAGE);
            return 2;
        }
        if (options.help()) {
            System.out.println(GenerateOptions.USAGE);
            return 0;
        }
        if (options.checkOnly()) {
            return 0;
        }
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(env);
        if (options.database() != null) {
            settings = settings.withDatabase(options.database());
        }
        String where = settings.database() + " on " + settings.host() + ":" + settings.port();
        try {
            generate(settings, options);
            return 0;
        } catch (SQLException e) {
            System.err.println("generate failed on " + where + ": " + e.getMessage());
            System.err.println("Fix: the database must be migrated and seeded (./mall data does it; by hand:"
                    + " java -jar mall-schema-exec.jar migrate seed with MALL_DB_NAME=" + settings.database()
                    + "), reachable with MALL_DB_* as " + settings.username() + ", and not written by others meanwhile.");
            return 1;
        } catch (IllegalStateException | IOException e) {
            System.err.println("generate failed on " + where + ": " + e.getMessage());
            return 1;
        }
    }

    static void generate(DatabaseSettings settings, GenerateOptions options) throws SQLException, IOException {
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password())) {
            requireSchema(db);
            if (!options.csvOnly()) {
                try (BulkWriter writer = new BulkWriter(settings, options.threads())) {
                    Generation gen = new Generation(db, writer, options, dbNow(db));
                    Generation.log("Generating into %s on %s:%d (seed %d, %d writer connections, %d rows per insert)",
                            settings.database(), settings.host(), settings.port(), options.seed(), options.threads(),
                            options.batchRows());
                    MemberGenerator members = new MemberGenerator(gen);
                    List<Long> coupons = options.members() > 0 || options.orders() > 0 ? members.createCoupons() : List.of();
                    if (options.members() > 0) {
                        members.generate(options.members(), coupons);
                    }
                    if (options.products() > 0) {
                        new ProductGenerator(gen).generate(options.products());
                    }
                    if (options.orders() > 0) {
                        new OrderGenerator(gen).generate(options.orders(), coupons);
                    }
                    gen.recountProducts();
                    members.recountCoupons(coupons);
                }
            }
            new CsvExport(db, options.csvDir()).write();
        }
        Generation.log("Done in %.1f s", (System.nanoTime() - started) / 1e9);
    }

    private static void requireSchema(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema ="
                     + " DATABASE() AND table_name IN ('ums_member', 'pms_product', 'oms_order')")) {
            rs.next();
            if (rs.getInt(1) < 3) {
                throw new SQLException("the mall tables are missing");
            }
        }
    }

    /** The server's local time: generated times must compare right with the services' NOW(). */
    private static long dbNow(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT NOW()")) {
            rs.next();
            return rs.getObject(1, LocalDateTime.class).toEpochSecond(ZoneOffset.UTC);
        }
    }
}
