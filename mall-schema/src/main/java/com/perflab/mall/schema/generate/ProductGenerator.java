package com.perflab.mall.schema.generate;

import static com.perflab.mall.schema.generate.Generation.DAY;
import static com.perflab.mall.schema.generate.Vocabulary.pick;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Products over the existing catalog: each goes into a second-level category, gets a brand that already sells
 * there, the attribute type of that category (specs make 1-4 SKUs with sp_data as the seed writes it, params get
 * one value each), and prices in the category's range. Stock is large so load tests do not run dry.
 */
final class ProductGenerator {

    private static final long KIND_PRODUCT = 2;

    private record Category(long id, String name, String parentName, String unit, long attributeCategory,
                            List<long[]> brands, long minCents, long maxCents) {
    }

    private record Attribute(long id, String name, int type, String[] choices) {
    }

    private record Brand(long id, String name) {
    }

    private final Generation gen;

    ProductGenerator(Generation gen) {
        this.gen = gen;
    }

    void generate(long count) throws SQLException {
        Map<Long, Brand> brands = brands();
        List<Category> categories = categories(brands);
        if (categories.isEmpty() || brands.isEmpty()) {
            throw new IllegalStateException("the database has no second-level categories or brands to put products in;"
                    + " seed it first (java -jar mall-schema-exec.jar migrate seed, or ./mall data does it)");
        }
        Map<Long, List<Attribute>> attributes = attributes();
        Long freight = gen.queryLong("SELECT COALESCE(MIN(id), 0) FROM pms_feight_template");
        long first = gen.nextId("pms_product");
        Generation.log("==> products: %,d from id %,d over %d categories and %d brands", count, first,
                categories.size(), brands.size());
        Rows products = gen.rows("pms_product", "id, brand_id, product_category_id, feight_template_id,"
                + " product_attribute_category_id, name, pic, product_sn, delete_status, publish_status, new_status,"
                + " recommand_status, verify_status, sort, sale, price, promotion_price, gift_growth, gift_point,"
                + " use_point_limit, sub_title, description, original_price, stock, low_stock, unit, weight,"
                + " preview_status, service_ids, keywords, note, album_pics, detail_title, detail_desc, detail_html,"
                + " detail_mobile_html, promotion_start_time, promotion_end_time, promotion_per_limit, promotion_type,"
                + " brand_name, product_category_name");
        Rows skus = gen.rows("pms_sku_stock", "product_id, sku_code, price, stock, low_stock, pic, sale,"
                + " promotion_price, lock_stock, sp_data");
        Rows values = gen.rows("pms_product_attribute_value", "product_id, product_attribute_id, value");
        for (long i = 0; i < count; i++) {
            long id = first + i;
            SplittableRandom r = gen.random(KIND_PRODUCT, id);
            Category c = categories.get((int) (i % categories.size()));
            long[] brandPick = c.brands().get(r.nextInt(c.brands().size()));
            Brand brand = brands.get(brandPick[0]);
            List<Attribute> attrs = attributes.getOrDefault(c.attributeCategory(), List.of());
            List<Attribute> specs = attrs.stream().filter(a -> a.type() == 0 && a.choices().length > 0).limit(2).toList();

            String series = pick(r, Vocabulary.SERIES);
            String name = brand.name() + " " + c.name() + " " + series + " " + (10 + id % 90) + " "
                    + pick(r, Vocabulary.FEATURES);
            String productSn = "PG" + String.format("%08d", id);
            String pic = "https://img.perflab.example/product/" + id + ".jpg";
            long base = c.minCents() + (c.maxCents() > c.minCents() ? r.nextLong(c.maxCents() - c.minCents()) : 0);
            base = Math.max(990, base / 100 * 100 - 100); // prices end in .00, most in 9
            boolean promotion = r.nextInt(100) < 15;

            // SKUs: distinct combinations of spec values
            List<String[]> combos = combinations(r, specs, 1 + r.nextInt(4));
            long minPrice = Long.MAX_VALUE;
            long totalStock = 0;
            Map<Attribute, Set<String>> used = new LinkedHashMap<>();
            for (int k = 0; k < combos.size(); k++) {
                String[] combo = combos.get(k);
                long price = base + k * (base / 10 / 100 * 100);
                long stock = 10_000 + r.nextInt(90_000);
                minPrice = Math.min(minPrice, price);
                totalStock += stock;
                StringBuilder sp = new StringBuilder("[");
                for (int s = 0; s < combo.length; s++) {
                    Attribute a = specs.isEmpty() ? null : specs.get(s);
                    String key = a == null ? "规格" : a.name();
                    if (a != null) {
                        used.computeIfAbsent(a, x -> new LinkedHashSet<>()).add(combo[s]);
                    }
                    sp.append(s == 0 ? "" : ",").append("{\"key\":\"").append(key).append("\",\"value\":\"")
                            .append(combo[s]).append("\"}");
                }
                sp.append(']');
                skus.row().num(id).str(productSn + String.format("%02d", k + 1)).money(price).num(stock).num(100)
                        .str(pic).num(0).moneyOrNull(promotion ? price * 9 / 100 * 10 : null).num(0)
                        .str(sp.toString()).end();
            }
            for (Map.Entry<Attribute, Set<String>> e : used.entrySet()) {
                values.row().num(id).num(e.getKey().id()).str(String.join(",", e.getValue())).end();
            }
            StringBuilder params = new StringBuilder();
            for (Attribute a : attrs) {
                if (a.type() == 1) {
                    String v = a.choices().length > 0 ? pick(r, a.choices()) : brand.name() + " " + series + " 定制款";
                    values.row().num(id).num(a.id()).str(v).end();
                    params.append(params.length() == 0 ? "" : " | ").append(v);
                }
            }
            int published = r.nextInt(100) < 97 ? 1 : 0;
            int deleted = r.nextInt(1000) < 5 ? 1 : 0;
            String subTitle = (params.length() > 0 ? params + "，" : "") + pick(r, Vocabulary.SUB_TITLES);
            String detail = "<p>" + name + "</p><p>" + subTitle + "</p><img src=\"" + pic + "\"/>";
            products.row().num(id).num(brand.id()).num(c.id()).numOrNull(freight == 0 ? null : freight)
                    .numOrNull(c.attributeCategory() == 0 ? null : c.attributeCategory()).str(name).str(pic)
                    .str(productSn).num(deleted).num(published).num(r.nextInt(10) == 0 ? 1 : 0)
                    .num(r.nextInt(10) == 0 ? 1 : 0).num(r.nextInt(50) == 0 ? 0 : 1).num(r.nextInt(100)).num(0)
                    .money(minPrice).moneyOrNull(promotion ? minPrice * 9 / 100 * 10 : null)
                    .num(minPrice / 10_000).num(minPrice / 100).num(1000).str(subTitle).str(name + "，" + subTitle)
                    .money(minPrice + minPrice / 1000 * 100).num(totalStock).num(100).str(c.unit())
                    .money(50_000 + r.nextInt(500_000)).num(0).str("1,2,3")
                    .str(brand.name() + "," + c.name() + "," + c.parentName()).nul()
                    .str(pic + "," + pic.replace(".jpg", "_2.jpg")).str(name).str(subTitle).str(detail).str(detail);
            if (promotion) {
                products.time(gen.now() - 30 * DAY).time(gen.now() + 3650 * DAY).num(5).num(1);
            } else {
                products.nul().nul().nul().num(0);
            }
            products.str(brand.name()).str(c.name()).end();
        }
        products.flush();
        skus.flush();
        values.flush();
        gen.writer().awaitIdle();
        gen.writer().printSummary("products");
    }

    /** Up to {@code wanted} distinct value combinations of the specs (fewer when the choices run out). */
    private static List<String[]> combinations(SplittableRandom r, List<Attribute> specs, int wanted) {
        List<String[]> combos = new ArrayList<>();
        if (specs.isEmpty()) {
            String[] editions = {"标准版", "高配版", "尊享版", "旗舰版"};
            for (int i = 0; i < wanted; i++) {
                combos.add(new String[] {editions[i]});
            }
            return combos;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int attempt = 0; attempt < wanted * 8 && combos.size() < wanted; attempt++) {
            String[] combo = new String[specs.size()];
            for (int s = 0; s < specs.size(); s++) {
                combo[s] = pick(r, specs.get(s).choices());
            }
            if (seen.add(String.join("\u0001", combo))) {
                combos.add(combo);
            }
        }
        return combos;
    }

    private Map<Long, Brand> brands() throws SQLException {
        Map<Long, Brand> brands = new LinkedHashMap<>();
        try (Statement s = gen.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, name FROM pms_brand WHERE show_status = 1 ORDER BY id")) {
            while (rs.next()) {
                brands.put(rs.getLong(1), new Brand(rs.getLong(1), rs.getString(2)));
            }
        }
        return brands;
    }

    /**
     * Second-level categories, each with its attribute type (from its filter attributes, else from its
     * products), the brands that sell there (else any brand) and the price range of its products.
     */
    private List<Category> categories(Map<Long, Brand> brands) throws SQLException {
        Map<Long, Long> attributeCategory = new HashMap<>();
        Map<Long, List<long[]>> brandsOf = new HashMap<>();
        Map<Long, long[]> range = new HashMap<>();
        try (Statement s = gen.db().createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT p.product_category_id, p.product_attribute_category_id,"
                    + " COUNT(*) n FROM pms_product p WHERE p.product_attribute_category_id IS NOT NULL"
                    + " GROUP BY p.product_category_id, p.product_attribute_category_id ORDER BY n")) {
                while (rs.next()) {
                    attributeCategory.put(rs.getLong(1), rs.getLong(2)); // the most used one wins (last)
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT r.product_category_id, MIN(a.product_attribute_category_id)"
                    + " FROM pms_product_category_attribute_relation r JOIN pms_product_attribute a"
                    + " ON a.id = r.product_attribute_id GROUP BY r.product_category_id")) {
                while (rs.next()) {
                    attributeCategory.putIfAbsent(rs.getLong(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT product_category_id, brand_id FROM pms_product"
                    + " WHERE brand_id IS NOT NULL AND delete_status = 0 ORDER BY product_category_id, brand_id")) {
                while (rs.next()) {
                    if (brands.containsKey(rs.getLong(2))) {
                        brandsOf.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new long[] {rs.getLong(2)});
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT product_category_id, MIN(price), MAX(price) FROM pms_product"
                    + " WHERE price > 0 GROUP BY product_category_id")) {
                while (rs.next()) {
                    range.put(rs.getLong(1), new long[] {
                        rs.getBigDecimal(2).movePointRight(2).longValue(), rs.getBigDecimal(3).movePointRight(2).longValue()});
                }
            }
        }
        List<long[]> anyBrand = brands.keySet().stream().map(id -> new long[] {id}).toList();
        List<Category> categories = new ArrayList<>();
        try (Statement s = gen.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT c.id, c.name, p.name, c.product_unit FROM pms_product_category c"
                     + " LEFT JOIN pms_product_category p ON p.id = c.parent_id WHERE c.level = 1 ORDER BY c.id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long[] prices = range.getOrDefault(id, new long[] {5_000, 200_000});
                categories.add(new Category(id, rs.getString(2), rs.getString(3) == null ? rs.getString(2) : rs.getString(3),
                        rs.getString(4) == null ? "件" : rs.getString(4), attributeCategory.getOrDefault(id, 0L),
                        brandsOf.getOrDefault(id, anyBrand), prices[0], prices[1]));
            }
        }
        return categories;
    }

    private Map<Long, List<Attribute>> attributes() throws SQLException {
        Map<Long, List<Attribute>> attributes = new HashMap<>();
        try (Statement s = gen.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, product_attribute_category_id, name, type, input_list"
                     + " FROM pms_product_attribute ORDER BY product_attribute_category_id, type, sort DESC, id")) {
            while (rs.next()) {
                String list = rs.getString(5);
                String[] choices = list == null || list.isBlank() ? new String[0] : list.split(",");
                attributes.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                        .add(new Attribute(rs.getLong(1), rs.getString(3), rs.getInt(4), choices));
            }
        }
        return attributes;
    }
}
