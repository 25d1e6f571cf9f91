package com.perflab.mall.schema.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * The CSV files the JMeter plans read, always from what the database holds (so they never name a row that is
 * not there): members.csv (username,password) of enabled members with a default address whose password is
 * the common one, and products.csv (productId,skuId,keyword) of SKUs on sale with stock to sell, leaving out
 * products offered in a flash sale that has not ended: in its slot an order of one is a flash order with a
 * per-member limit, and a plan's few members buying it again and again would fail on that limit (409), not on load.
 */
final class CsvExport {

    static final String MEMBERS = "members.csv";
    static final String PRODUCTS = "products.csv";
    /** A SKU needs this many free units to be offered to the load test. */
    static final int MIN_FREE_STOCK = 100;
    /** The products ({@code p}) that a flash sale not yet over offers in one of its slots. */
    private static final String IN_FLASH_SALE = "SELECT 1 FROM sms_flash_promotion_product_relation r"
            + " JOIN sms_flash_promotion f ON f.id = r.flash_promotion_id"
            + " WHERE r.product_id = p.id AND f.status = 1 AND (f.end_date IS NULL OR f.end_date >= CURDATE())";
    /** BCrypt checks cost ~70 ms: hashes shared by many members are checked, one-off hashes only this often. */
    private static final int MAX_HASH_CHECKS = 200;

    private final Connection db;
    private final Path dir;

    CsvExport(Connection db, Path dir) {
        this.db = db;
        this.dir = dir;
    }

    void write() throws SQLException, IOException {
        Files.createDirectories(dir);
        long members = writeMembers();
        long products = writeProducts();
        Generation.log("==> CSV for JMeter: %s (%,d members), %s (%,d SKUs)", dir.resolve(MEMBERS), members,
                dir.resolve(PRODUCTS), products);
    }

    private long writeMembers() throws SQLException, IOException {
        Map<String, Boolean> common = new HashMap<>();
        int[] checks = {0};
        Path tmp = dir.resolve(MEMBERS + ".tmp");
        long n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             Statement s = streaming()) {
            out.write("username,password\n");
            try (ResultSet rs = s.executeQuery("SELECT m.username, m.password FROM ums_member m WHERE m.status = 1"
                    + " AND EXISTS (SELECT 1 FROM ums_member_receive_address a WHERE a.member_id = m.id"
                    + " AND a.default_status = 1) ORDER BY m.id")) {
                while (rs.next()) {
                    String hash = rs.getString(2);
                    Boolean ok = common.get(hash);
                    if (ok == null) {
                        ok = checks[0]++ < MAX_HASH_CHECKS && matches(hash);
                        common.put(hash, ok);
                    }
                    if (ok) {
                        out.write(csv(rs.getString(1)) + "," + MemberGenerator.PASSWORD + "\n");
                        n++;
                    }
                }
            }
        }
        Files.move(tmp, dir.resolve(MEMBERS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    private long writeProducts() throws SQLException, IOException {
        Path tmp = dir.resolve(PRODUCTS + ".tmp");
        long n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             Statement s = streaming()) {
            out.write("productId,skuId,keyword\n");
            try (ResultSet rs = s.executeQuery("SELECT s.product_id, s.id, p.brand_name, p.name FROM pms_sku_stock s"
                    + " JOIN pms_product p ON p.id = s.product_id WHERE p.publish_status = 1 AND p.delete_status = 0"
                    + " AND s.stock - s.lock_stock >= " + MIN_FREE_STOCK
                    + " AND NOT EXISTS (" + IN_FLASH_SALE + ") ORDER BY s.id")) {
                while (rs.next()) {
                    String brand = rs.getString(3);
                    String keyword = brand != null && !brand.isBlank() ? brand : rs.getString(4).trim().split("\\s+")[0];
                    out.write(rs.getLong(1) + "," + rs.getLong(2) + "," + csv(keyword) + "\n");
                    n++;
                }
            }
        }
        Files.move(tmp, dir.resolve(PRODUCTS), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return n;
    }

    private Statement streaming() throws SQLException {
        Statement s = db.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(Integer.MIN_VALUE); // Connector/J streams rows instead of holding millions in memory
        return s;
    }

    private static boolean matches(String hash) {
        try {
            return hash != null && hash.startsWith("$2") && BCrypt.checkpw(MemberGenerator.PASSWORD, hash);
        } catch (IllegalArgumentException e) {
            return false; // not a BCrypt hash
        }
    }

    private static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
