package com.perflab.mall.schema.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;

/**
 * What every phase of one run shares: a connection for reads and small writes (autocommit, so each phase reads
 * what the writers committed before it), the bulk writer, the seed and
 * the database's clock (times are generated relative to the server's NOW(), which the services compare with).
 */
record Generation(Connection db, BulkWriter writer, GenerateOptions options, long now) {

    static final long MINUTE = 60;
    static final long HOUR = 60 * MINUTE;
    static final long DAY = 24 * HOUR;

    /** A random stream of its own per (kind of row, id): rows do not depend on how many came before. */
    SplittableRandom random(long kind, long id) {
        long x = options.seed() * 0x9E3779B97F4A7C15L + kind * 0xC2B2AE3D27D4EB4FL + id;
        x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
        x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(x ^ (x >>> 31));
    }

    Rows rows(String table, String columns) {
        return new Rows(writer, table, columns, options.batchRows());
    }

    long nextId(String table) throws SQLException {
        return queryLong("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
    }

    long queryLong(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    int update(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    /** Ends a transaction of the batch updates; reads and single statements run in autocommit. */
    void commit() throws SQLException {
        if (!db.getAutoCommit()) {
            db.commit();
        }
    }

    PreparedStatement prepare(String sql) throws SQLException {
        return db.prepareStatement(sql);
    }

    /**
     * product_count as the seed keeps it: products on sale (published, not deleted) per brand and per
     * second-level category; a top-level category counts the products of its children.
     */
    void recountProducts() throws SQLException {
        update("UPDATE pms_brand b LEFT JOIN (SELECT brand_id, COUNT(*) n FROM pms_product"
                + " WHERE publish_status = 1 AND delete_status = 0 GROUP BY brand_id) p ON p.brand_id = b.id"
                + " SET b.product_count = COALESCE(p.n, 0)");
        update("UPDATE pms_product_category c LEFT JOIN (SELECT product_category_id, COUNT(*) n FROM pms_product"
                + " WHERE publish_status = 1 AND delete_status = 0 GROUP BY product_category_id) p"
                + " ON p.product_category_id = c.id SET c.product_count = COALESCE(p.n, 0) WHERE c.level = 1");
        update("UPDATE pms_product_category c LEFT JOIN (SELECT parent_id, SUM(product_count) n"
                + " FROM pms_product_category WHERE level = 1 GROUP BY parent_id) k ON k.parent_id = c.id"
                + " SET c.product_count = COALESCE(k.n, 0) WHERE c.level = 0");
    }

    static void log(String format, Object... args) {
        System.out.printf(format + "%n", args);
    }
}
