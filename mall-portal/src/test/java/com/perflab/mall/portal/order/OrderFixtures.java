package com.perflab.mall.portal.order;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Rows a test owns: its own members, addresses, products/SKUs and cart lines in mall_test, so tests never
 * depend on (or change) the seed's stock. Test products have no brand, category or home flags, so the
 * catalog tests do not see them.
 */
public final class OrderFixtures implements AutoCloseable {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcTemplate jdbc;
    private final List<Long> members = new CopyOnWriteArrayList<>();
    private final List<Long> products = new CopyOnWriteArrayList<>();
    private final List<long[]> flashOffers = new CopyOnWriteArrayList<>();

    public OrderFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static HttpHeaders headers(long memberId) {
        HttpHeaders headers = new HttpHeaders();
        Map<String, String> identity = TestIdentity.headers(AuthenticatedUser.member(memberId, "buyer" + memberId));
        identity.forEach(headers::add);
        return headers;
    }

    public long member(int integration) {
        String tag = unique();
        long id = insert("INSERT INTO ums_member (member_level_id, username, password, nickname, phone, status,"
                + " integration) VALUES (1, ?, 'not-a-hash', ?, ?, 1, ?)", "ot-" + tag, "buyer", "9" + tag, integration);
        members.add(id);
        return id;
    }

    public long address(long memberId) {
        return insert("INSERT INTO ums_member_receive_address (member_id, name, phone_number, default_status,"
                + " province, city, region, detail_address) VALUES (?, '收货人', '18000000000', 1, '广东省', '深圳市',"
                + " '南山区', '测试路 1 号')", memberId);
    }

    /** A published product without promotion and one SKU of it with this stock and price. */
    public long sku(int stock, String price) {
        String tag = unique();
        long productId = insert("INSERT INTO pms_product (name, product_sn, delete_status, publish_status, price,"
                + " promotion_type, gift_point, gift_growth, pic) VALUES (?, ?, 0, 1, ?, 0, 5, 2, 'https://img.example/t.png')",
                "测试商品 " + tag, "OT" + tag, new BigDecimal(price));
        products.add(productId);
        return insert("INSERT INTO pms_sku_stock (product_id, sku_code, price, stock, lock_stock, sp_data)"
                + " VALUES (?, ?, ?, ?, 0, '[{\"key\":\"颜色\",\"value\":\"黑色\"}]')",
                productId, "OT-SKU-" + tag, new BigDecimal(price), stock);
    }

    /** Makes the SKU's product a member-price product (promotion_type 2) with this price for level LEVEL. */
    public void memberPrice(long skuId, long level, String price) {
        long productId = jdbc.queryForObject("SELECT product_id FROM pms_sku_stock WHERE id = ?", Long.class, skuId);
        jdbc.update("UPDATE pms_product SET promotion_type = 2 WHERE id = ?", productId);
        jdbc.update("INSERT INTO pms_member_price (product_id, member_level_id, member_price, member_level_name)"
                + " VALUES (?, ?, ?, ?)", productId, level, new BigDecimal(price), "level " + level);
    }

    public void memberLevel(long memberId, long level) {
        jdbc.update("UPDATE ums_member SET member_level_id = ? WHERE id = ?", level, memberId);
    }

    /**
     * Puts the SKU's product on a flash sale that is on now, by the database clock: a campaign of today and a slot
     * starting this second (so it is the slot the home page and the order flow pick, whatever the seed's slots).
     * Returns the offer's id (sms_flash_promotion_product_relation).
     */
    public long flashOffer(long skuId, String price, int units, int memberLimit) {
        long productId = jdbc.queryForObject("SELECT product_id FROM pms_sku_stock WHERE id = ?", Long.class, skuId);
        long promotion = insert("INSERT INTO sms_flash_promotion (title, start_date, end_date, status)"
                + " VALUES (?, CURDATE(), CURDATE(), 1)", "测试秒杀 " + unique());
        long session = insert("INSERT INTO sms_flash_promotion_session (name, start_time, end_time, status)"
                + " VALUES (?, CURTIME(), '23:59:59', 1)", "测试场 " + unique());
        long relation = insert("INSERT INTO sms_flash_promotion_product_relation (flash_promotion_id,"
                + " flash_promotion_session_id, product_id, flash_promotion_price, flash_promotion_count,"
                + " flash_promotion_limit, sort) VALUES (?, ?, ?, ?, ?, ?, 0)",
                promotion, session, productId, new BigDecimal(price), units, memberLimit);
        flashOffers.add(new long[] {promotion, session, relation});
        return relation;
    }

    public int flashUnitsLeft(long relationId) {
        return intOf("SELECT flash_promotion_count FROM sms_flash_promotion_product_relation WHERE id = ?", relationId);
    }

    public int flashQuota(long relationId, long memberId) {
        Integer quota = jdbc.query("SELECT quantity FROM sms_flash_member_quota WHERE relation_id = ? AND member_id = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, relationId, memberId);
        return quota == null ? 0 : quota;
    }

    public long cartItem(long memberId, long skuId, int quantity) {
        long productId = jdbc.queryForObject("SELECT product_id FROM pms_sku_stock WHERE id = ?", Long.class, skuId);
        // the stored price is deliberately absurd: orders must never use it
        return insert("INSERT INTO oms_cart_item (product_id, product_sku_id, member_id, quantity, price,"
                + " delete_status) VALUES (?, ?, ?, ?, 0.01, 0)", productId, skuId, memberId, quantity);
    }

    /** An unused coupon history row of the member for seed coupon 6 (10 yuan, no threshold, all products). */
    public long coupon(long memberId) {
        return insert("INSERT INTO sms_coupon_history (coupon_id, member_id, coupon_code, get_type, use_status)"
                + " VALUES (6, ?, ?, 1, 0)", memberId, "T-" + unique());
    }

    public int lockStock(long skuId) {
        return intOf("SELECT lock_stock FROM pms_sku_stock WHERE id = ?", skuId);
    }

    public int stock(long skuId) {
        return intOf("SELECT stock FROM pms_sku_stock WHERE id = ?", skuId);
    }

    public int sale(long skuId) {
        return intOf("SELECT sale FROM pms_sku_stock WHERE id = ?", skuId);
    }

    public int orderStatus(long orderId) {
        return intOf("SELECT status FROM oms_order WHERE id = ?", orderId);
    }

    public int ordersOf(long memberId) {
        return intOf("SELECT COUNT(*) FROM oms_order WHERE member_id = ?", memberId);
    }

    public int integration(long memberId) {
        return intOf("SELECT integration FROM ums_member WHERE id = ?", memberId);
    }

    public int couponStatus(long historyId) {
        return intOf("SELECT use_status FROM sms_coupon_history WHERE id = ?", historyId);
    }

    public int cartDeleteStatus(long cartId) {
        return intOf("SELECT delete_status FROM oms_cart_item WHERE id = ?", cartId);
    }

    public int histories(long orderId, int status) {
        return intOf("SELECT COUNT(*) FROM oms_order_operate_history WHERE order_id = ? AND order_status = ?",
                orderId, status);
    }

    public void setStatus(long orderId, int status) {
        jdbc.update("UPDATE oms_order SET status = ? WHERE id = ?", status, orderId);
    }

    /** Deletes every row this fixture made and what orders made from them, so mall_test keeps only the seed. */
    @Override
    public void close() {
        for (Long member : members) {
            String orders = "SELECT id FROM oms_order WHERE member_id = " + member;
            jdbc.update("DELETE FROM oms_order_item WHERE order_id IN (" + orders + ")");
            jdbc.update("DELETE FROM oms_order_operate_history WHERE order_id IN (" + orders + ")");
            jdbc.update("DELETE FROM oms_order_return_apply WHERE order_id IN (" + orders + ")");
            jdbc.update("DELETE FROM oms_order WHERE member_id = ?", member);
            jdbc.update("DELETE FROM oms_cart_item WHERE member_id = ?", member);
            jdbc.update("DELETE FROM sms_coupon_history WHERE member_id = ?", member);
            jdbc.update("DELETE FROM ums_member_receive_address WHERE member_id = ?", member);
            jdbc.update("DELETE FROM ums_member WHERE id = ?", member);
        }
        for (long[] offer : flashOffers) {
            jdbc.update("DELETE FROM sms_flash_member_quota WHERE relation_id = ?", offer[2]);
            jdbc.update("DELETE FROM sms_flash_promotion_product_relation WHERE id = ?", offer[2]);
            jdbc.update("DELETE FROM sms_flash_promotion_session WHERE id = ?", offer[1]);
            jdbc.update("DELETE FROM sms_flash_promotion WHERE id = ?", offer[0]);
        }
        flashOffers.clear();
        for (Long product : products) {
            jdbc.update("DELETE FROM pms_member_price WHERE product_id = ?", product);
            jdbc.update("DELETE FROM pms_sku_stock WHERE product_id = ?", product);
            jdbc.update("DELETE FROM pms_product WHERE id = ?", product);
        }
        members.clear();
        products.clear();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    private int intOf(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, args));
    }

    private long insert(String sql, Object... args) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey()).longValue();
    }

    private static String unique() {
        return Long.toString(SEQ.incrementAndGet()) + UUID.randomUUID().toString().substring(0, 4);
    }
}
