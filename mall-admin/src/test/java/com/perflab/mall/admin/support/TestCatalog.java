package com.perflab.mall.admin.support;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Brands, categories, product types and attributes of one test, all named with one random prefix, so tests
 * never touch the seeded catalog (whose counters other tests and helpers read) and {@link #deleteAll()} removes
 * exactly what the test made, products that use them included.
 */
public final class TestCatalog {

    private final JdbcTemplate jdbc;
    private final String prefix = "itc" + UUID.randomUUID().toString().substring(0, 6) + "_";

    public TestCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public String prefix() {
        return prefix;
    }

    public String name(String name) {
        return prefix + name;
    }

    public long brand(String name) {
        return insert("INSERT INTO pms_brand (name) VALUES (?)", name(name));
    }

    public long topCategory(String name) {
        return insert("INSERT INTO pms_product_category (parent_id, name, level) VALUES (0, ?, 0)", name(name));
    }

    public long leafCategory(long parentId, String name) {
        return insert("INSERT INTO pms_product_category (parent_id, name, level) VALUES (?, ?, 1)", parentId,
                name(name));
    }

    public long attributeCategory(String name) {
        return insert("INSERT INTO pms_product_attribute_category (name) VALUES (?)", name(name));
    }

    /** Directly, without touching the type's counts. */
    public long attribute(long attributeCategoryId, String name, int type) {
        return insert("INSERT INTO pms_product_attribute (product_attribute_category_id, name, type) VALUES (?, ?, ?)",
                attributeCategoryId, name(name), type);
    }

    /** A bare product row (no SKUs), directly, without touching any count. */
    public long product(Long brandId, Long categoryId, String sn, int deleteStatus) {
        return insert("INSERT INTO pms_product (brand_id, product_category_id, name, product_sn, delete_status,"
                + " product_category_name) VALUES (?, ?, ?, ?, ?, 'old')", brandId, categoryId, name(sn), name(sn),
                deleteStatus);
    }

    public int brandCount(long brandId) {
        return jdbc.queryForObject("SELECT product_count FROM pms_brand WHERE id = ?", Integer.class, brandId);
    }

    public int categoryCount(long categoryId) {
        return jdbc.queryForObject("SELECT product_count FROM pms_product_category WHERE id = ?", Integer.class,
                categoryId);
    }

    public void deleteAll() {
        String like = prefix + "%";
        String products = "SELECT p.id FROM pms_product p LEFT JOIN pms_brand b ON b.id = p.brand_id"
                + " LEFT JOIN pms_product_category c ON c.id = p.product_category_id"
                + " WHERE p.product_sn LIKE ? OR b.name LIKE ? OR c.name LIKE ?";
        List<Long> ids = jdbc.queryForList(products, Long.class, like, like, like);
        for (long id : ids) {
            for (String table : List.of("pms_sku_stock", "pms_product_attribute_value", "pms_member_price",
                    "pms_product_ladder", "pms_product_full_reduction")) {
                jdbc.update("DELETE FROM " + table + " WHERE product_id = ?", id);
            }
            jdbc.update("DELETE FROM pms_product WHERE id = ?", id);
        }
        jdbc.update("DELETE r FROM pms_product_category_attribute_relation r JOIN pms_product_category c"
                + " ON c.id = r.product_category_id WHERE c.name LIKE ?", like);
        jdbc.update("DELETE r FROM pms_product_category_attribute_relation r JOIN pms_product_attribute a"
                + " ON a.id = r.product_attribute_id WHERE a.name LIKE ?", like);
        jdbc.update("DELETE FROM pms_product_attribute WHERE name LIKE ?", like);
        jdbc.update("DELETE a FROM pms_product_attribute a JOIN pms_product_attribute_category c"
                + " ON c.id = a.product_attribute_category_id WHERE c.name LIKE ?", like);
        jdbc.update("DELETE FROM pms_product_attribute_category WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM pms_product_category WHERE name LIKE ? AND level = 1", like);
        jdbc.update("DELETE FROM pms_product_category WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM pms_brand WHERE name LIKE ?", like);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
