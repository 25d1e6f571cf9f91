package com.perflab.mall.admin.support;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Members, products/SKUs and orders a test owns, written with plain SQL the way the portal writes them (an
 * unpaid order holds its units in lock_stock, its coupon as used, its points deducted). Every value carries a
 * random tag, and {@link #close()} deletes exactly what the fixture made.
 */
public final class ShopFixtures implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String tag = "ia" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final List<Long> members = new CopyOnWriteArrayList<>();
    private final List<Long> products = new CopyOnWriteArrayList<>();
    private int seq;

    public ShopFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A unique value for this fixture. */
    public synchronized String unique(String name) {
        return tag + "-" + name + "-" + (++seq);
    }

    public String tag() {
        return tag;
    }

    public long member(int integration) {
        String name = unique("m");
        long id = insert("INSERT INTO ums_member (member_level_id, username, password, nickname, phone, status,"
                + " integration) VALUES (1, ?, 'not-a-hash', 'buyer', ?, 1, ?)", name, name, integration);
        members.add(id);
        return id;
    }

    /** A SKU with this stock, none of it locked yet. */
    public long sku(int stock, String price) {
        String sn = unique("p");
        long product = insert("INSERT INTO pms_product (name, product_sn, delete_status, publish_status, price)"
                + " VALUES (?, ?, 0, 1, ?)", "测试商品 " + sn, sn, new BigDecimal(price));
        products.add(product);
        return insert("INSERT INTO pms_sku_stock (product_id, sku_code, price, stock, lock_stock) VALUES (?, ?, ?, ?, 0)",
                product, unique("sku"), new BigDecimal(price), stock);
    }

    /** Builds an order of one line; {@link OrderBuilder#create()} writes it as the portal would. */
    public OrderBuilder order(long memberId, long skuId, int quantity) {
        return new OrderBuilder(memberId, skuId, quantity);
    }

    public final class OrderBuilder {
        private final long memberId;
        private final long skuId;
        private final int quantity;
        private int status;
        private boolean coupon;
        private int points;
        private String receiverName = "收货人";
        private String receiverPhone = "18000000000";
        private String createTime;
        private int orderType;
        private int sourceType = 1;

        OrderBuilder(long memberId, long skuId, int quantity) {
            this.memberId = memberId;
            this.skuId = skuId;
            this.quantity = quantity;
        }

        public OrderBuilder status(int value) {
            status = value;
            return this;
        }

        /** Uses a coupon worth 10 (seed coupon 6). */
        public OrderBuilder withCoupon() {
            coupon = true;
            return this;
        }

        /** Spends points worth points/100 yuan. */
        public OrderBuilder points(int value) {
            points = value;
            return this;
        }

        public OrderBuilder receiver(String name, String phone) {
            receiverName = name;
            receiverPhone = phone;
            return this;
        }

        public OrderBuilder createdAt(String dateTime) {
            createTime = dateTime;
            return this;
        }

        public OrderBuilder type(int order, int source) {
            orderType = order;
            sourceType = source;
            return this;
        }

        /** Writes order, line, held stock/coupon/points (for unpaid orders) and returns the order id. */
        public long create() {
            String sn = unique("o");
            BigDecimal price = jdbc.queryForObject("SELECT price FROM pms_sku_stock WHERE id = ?", BigDecimal.class,
                    skuId);
            long productId = jdbc.queryForObject("SELECT product_id FROM pms_sku_stock WHERE id = ?", Long.class, skuId);
            BigDecimal total = price.multiply(BigDecimal.valueOf(quantity));
            BigDecimal couponAmount = coupon ? new BigDecimal("10") : BigDecimal.ZERO;
            BigDecimal integrationAmount = BigDecimal.valueOf(points).movePointLeft(2);
            BigDecimal pay = total.subtract(couponAmount).subtract(integrationAmount);
            long orderId = insert("INSERT INTO oms_order (member_id, coupon_id, order_sn, create_time, member_username,"
                    + " total_amount, pay_amount, freight_amount, promotion_amount, integration_amount, coupon_amount,"
                    + " discount_amount, pay_type, source_type, status, order_type, receiver_name, receiver_phone,"
                    + " receiver_province, receiver_city, receiver_region, receiver_detail_address, use_integration)"
                    + " VALUES (?, ?, ?, COALESCE(?, NOW()), ?, ?, ?, 0, 0, ?, ?, 0, 0, ?, ?, ?, ?, ?, '广东省', '深圳市',"
                    + " '南山区', '测试路 1 号', ?)",
                    memberId, coupon ? 6L : null, sn, createTime, "buyer", total, pay, integrationAmount,
                    couponAmount, sourceType, status, orderType, receiverName, receiverPhone,
                    points > 0 ? points : null);
            insert("INSERT INTO oms_order_item (order_id, order_sn, product_id, product_name, product_price,"
                    + " product_quantity, product_sku_id, real_amount) VALUES (?, ?, ?, '测试商品', ?, ?, ?, ?)",
                    orderId, sn, productId, price, quantity, skuId,
                    pay.divide(BigDecimal.valueOf(quantity), 2, java.math.RoundingMode.DOWN));
            if (status == 0) {
                jdbc.update("UPDATE pms_sku_stock SET lock_stock = lock_stock + ? WHERE id = ?", quantity, skuId);
                if (coupon) {
                    insert("INSERT INTO sms_coupon_history (coupon_id, member_id, coupon_code, get_type, use_status,"
                            + " use_time, order_id, order_sn) VALUES (6, ?, ?, 1, 1, NOW(), ?, ?)",
                            memberId, unique("c"), orderId, sn);
                }
            }
            return orderId;
        }
    }

    public int intOf(String sql, Object... args) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, args));
    }

    public int orderStatus(long orderId) {
        return intOf("SELECT status FROM oms_order WHERE id = ?", orderId);
    }

    public int histories(long orderId) {
        return intOf("SELECT COUNT(*) FROM oms_order_operate_history WHERE order_id = ?", orderId);
    }

    @Override
    public void close() {
        for (Long member : members) {
            String orders = "SELECT id FROM oms_order WHERE member_id = " + member;
            jdbc.update("DELETE FROM oms_order_item WHERE order_id IN (" + orders + ")");
            jdbc.update("DELETE FROM oms_order_operate_history WHERE order_id IN (" + orders + ")");
            jdbc.update("DELETE FROM oms_order_return_apply WHERE order_id IN (" + orders + ")");
            jdbc.update("DELETE FROM oms_order WHERE member_id = ?", member);
            jdbc.update("DELETE FROM sms_coupon_history WHERE member_id = ?", member);
            jdbc.update("DELETE FROM ums_member WHERE id = ?", member);
        }
        for (Long product : products) {
            jdbc.update("DELETE FROM pms_sku_stock WHERE product_id = ?", product);
            jdbc.update("DELETE FROM pms_product WHERE id = ?", product);
        }
        members.clear();
        products.clear();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    public long insert(String sql, Object... args) {
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
}
