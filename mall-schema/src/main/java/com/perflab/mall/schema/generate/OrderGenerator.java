package com.perflab.mall.schema.generate;

import static com.perflab.mall.schema.generate.Generation.DAY;
import static com.perflab.mall.schema.generate.Generation.HOUR;
import static com.perflab.mall.schema.generate.Generation.MINUTE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Historical orders with 1-4 lines each, priced the way mall-portal prices them: total = sum of price x
 * quantity, pay = total + freight - promotion - coupon - integration - discount (freight and discount 0, as the
 * portal sets them), per-unit shares of coupon and points in proportion to the unit price. Statuses follow the
 * age of the order (recent ones wait for shipping, old ones are done or closed), with the times each status
 * implies. Unpaid orders are only a few recent ones (no cancel message is scheduled for generated orders: the
 * portal's sweeper of overdue orders closes them once their timeout passed and returns their locked units).
 * Their units are locked on the SKU, as the portal locks them.
 */
final class OrderGenerator {

    static final int UNPAID = 0;
    static final int TO_SHIP = 1;
    static final int SHIPPED = 2;
    static final int DONE = 3;
    static final int CLOSED = 4;

    /**
     * Counters of generated order numbers start here, far above what the portal's per-day counter reaches: the
     * portal never draws a counter at or above it (mall-portal OrderSnGenerator.COUNTER_LIMIT) and ignores these
     * numbers when it re-seeds a lost counter, so generated and live numbers of the same day cannot collide.
     */
    static final long SN_COUNTER_BASE = 90_000_000L;

    private static final long KIND_ORDER = 3;
    /** Members and SKUs are sampled into memory; beyond these, orders go to a spread-out subset. */
    private static final int MAX_MEMBERS = 1_000_000;
    private static final int MAX_SKUS = 500_000;

    private record Member(long id, String username, String name, String phone, String postCode, String province,
                          String city, String region, String detail) {
    }

    private record Sku(long id, long productId, String code, long price, long promotionUnit, long free,
                       String attr, String name, String pic, String brand, String productSn, long categoryId,
                       int giftPoint, int giftGrowth) {
    }

    private record Coupon(long id, long amount, long minPoint) {
    }

    private record Line(Sku sku, int quantity) {
    }

    private final Generation gen;

    OrderGenerator(Generation gen) {
        this.gen = gen;
    }

    void generate(long count, List<Long> runCoupons) throws SQLException {
        List<Member> members = members();
        List<Sku> skus = skus();
        if (members.isEmpty()) {
            throw new IllegalStateException("no enabled member with a default address to order: add some first"
                    + " (--members N)");
        }
        if (skus.isEmpty()) {
            throw new IllegalStateException("no SKU of a product on sale to order: add some first (--products N)");
        }
        List<Coupon> coupons = coupons(runCoupons);
        int[] pointRule = pointRule();
        int confirmDays = (int) gen.queryLong("SELECT COALESCE(MAX(confirm_overtime), 15) FROM oms_order_setting");
        long first = gen.nextId("oms_order");
        Generation.log("==> orders: %,d from id %,d for %,d members over %,d SKUs, last %d months%s", count, first,
                members.size(), skus.size(), gen.options().months(),
                gen.options().history() ? ", with operate history" : "");

        Rows orders = gen.rows("oms_order", "id, member_id, coupon_id, order_sn, create_time, member_username,"
                + " total_amount, pay_amount, freight_amount, promotion_amount, integration_amount, coupon_amount,"
                + " discount_amount, pay_type, source_type, status, order_type, delivery_company, delivery_sn,"
                + " auto_confirm_day, integration, growth, promotion_info, receiver_name, receiver_phone,"
                + " receiver_post_code, receiver_province, receiver_city, receiver_region, receiver_detail_address,"
                + " confirm_status, delete_status, use_integration, payment_time, delivery_time, receive_time,"
                + " comment_time, modify_time");
        Rows items = gen.rows("oms_order_item", "order_id, order_sn, product_id, product_pic, product_name,"
                + " product_brand, product_sn, product_price, product_quantity, product_sku_id, product_sku_code,"
                + " product_category_id, promotion_name, promotion_amount, coupon_amount, integration_amount,"
                + " real_amount, gift_integration, gift_growth, product_attr");
        Rows couponHistory = gen.rows("sms_coupon_history", "coupon_id, member_id, coupon_code, member_nickname,"
                + " get_type, create_time, use_status, use_time, order_id, order_sn");
        Rows history = gen.options().history() ? gen.rows("oms_order_operate_history",
                "order_id, operate_man, create_time, order_status, note") : null;

        long now = gen.now();
        long from = now - gen.options().months() * 30L * DAY;
        long to = now - 2 * HOUR;
        long unpaidCount = count == 0 ? 0 : Math.min(2000, Math.max(1, count / 1000));
        long historical = count - unpaidCount;
        Map<Long, long[]> skuSales = new HashMap<>(); // sku id -> {sold, locked}
        Map<Long, Long> freeLeft = new HashMap<>();
        StringBuilder sn = new StringBuilder(24);
        List<Line> lines = new ArrayList<>(4);

        for (long i = 0; i < count; i++) {
            long id = first + i;
            SplittableRandom r = gen.random(KIND_ORDER, id);
            Member m = members.get(r.nextInt(members.size()));
            boolean recentUnpaid = i >= historical;
            long created = recentUnpaid ? now - MINUTE - r.nextLong(HOUR)
                    : from + (to - from) * i / Math.max(1, historical) + r.nextLong(10 * MINUTE);
            created = Math.min(created, now - MINUTE);
            int status = recentUnpaid ? UNPAID : statusByAge(r, now - created);

            lines.clear();
            int lineCount = lineCount(r);
            for (int attempt = 0; lines.size() < lineCount && attempt < 10; attempt++) {
                Sku sku = skus.get(popular(r, skus.size()));
                if (lines.stream().noneMatch(l -> l.sku() == sku)) {
                    int p = r.nextInt(100);
                    lines.add(new Line(sku, p < 75 ? 1 : p < 93 ? 2 : 3));
                }
            }
            if (status == UNPAID && !lockable(lines, freeLeft)) {
                status = CLOSED; // not enough free stock to hold: the shopper gave up
            }

            long total = 0;
            long promotion = 0;
            int giftPoints = 0;
            int giftGrowth = 0;
            for (Line l : lines) {
                total += l.sku().price() * l.quantity();
                promotion += l.sku().promotionUnit() * l.quantity();
                giftPoints += l.sku().giftPoint() * l.quantity();
                giftGrowth += l.sku().giftGrowth() * l.quantity();
            }
            long afterPromotion = total - promotion;
            boolean paid = status == TO_SHIP || status == SHIPPED || status == DONE;

            // coupons and points only on paid orders: a cancel hands both back, an unpaid order may still be
            Coupon coupon = null;
            long couponAmount = 0;
            if (paid && !coupons.isEmpty() && r.nextInt(100) < 6) {
                Coupon c = coupons.get(r.nextInt(coupons.size()));
                if (c.minPoint() <= afterPromotion) {
                    coupon = c;
                    couponAmount = Math.min(c.amount(), afterPromotion);
                }
            }
            long points = 0;
            long pointsAmount = 0;
            if (paid && pointRule != null && r.nextInt(100) < 8) {
                long payable = afterPromotion - couponAmount;
                long maxCents = payable * pointRule[1] / 100;
                long maxPoints = Math.min(5000, maxCents * pointRule[0] / 100);
                points = maxPoints / pointRule[2] * pointRule[2];
                points = points == 0 ? 0 : pointRule[2] * (1 + r.nextLong(points / pointRule[2]));
                pointsAmount = points * 100 / pointRule[0];
            }
            long pay = Math.max(0, afterPromotion - couponAmount - pointsAmount);

            // the times each status implies
            long paidAt = 0;
            long shippedAt = 0;
            long receivedAt = 0;
            long commentedAt = 0;
            long modified;
            if (paid) {
                paidAt = created + MINUTE + r.nextLong(30 * MINUTE);
                shippedAt = paidAt + 2 * HOUR + r.nextLong(46 * HOUR);
                receivedAt = shippedAt + DAY + r.nextLong(Math.max(1, (confirmDays - 1) * DAY));
                if (status == DONE && receivedAt > now) {
                    status = SHIPPED;
                }
                if (status == SHIPPED && shippedAt > now) {
                    status = TO_SHIP;
                }
                if (status == DONE && r.nextInt(10) < 3 && receivedAt + 5 * DAY < now) {
                    commentedAt = receivedAt + DAY + r.nextLong(4 * DAY);
                }
                if (status < SHIPPED) {
                    shippedAt = 0;
                }
                if (status < DONE) {
                    receivedAt = 0;
                }
                modified = Math.max(paidAt, Math.max(shippedAt, receivedAt));
            } else if (status == CLOSED) {
                // closed by the timeout (2 hours) or by the member before it
                long closeAfter = r.nextInt(3) == 0 ? 2 * HOUR : MINUTE + r.nextLong(100 * MINUTE);
                modified = Math.min(created + closeAfter, now);
            } else {
                modified = 0;
            }
            int source = r.nextInt(10) < 7 ? 1 : 0;
            sn.setLength(0);
            Rows.appendDay(sn, created);
            sn.append(source < 10 ? "0" : "").append(source).append(SN_COUNTER_BASE + id);
            String orderSn = sn.toString();

            String promotionInfo = promotion > 0 ? "单品促销" : null;
            orders.row().num(id).num(m.id()).numOrNull(coupon == null ? null : coupon.id()).str(orderSn).time(created)
                    .str(m.username()).money(total).money(pay).money(0).money(promotion).money(pointsAmount)
                    .money(couponAmount).money(0).num(paid ? 1 + r.nextInt(2) : 0).num(source).num(status).num(0);
            if (status >= SHIPPED && status <= DONE) {
                orders.str(Vocabulary.pick(r, Vocabulary.DELIVERY_COMPANIES))
                        .str(Long.toString(100_000_000_000L + r.nextLong(900_000_000_000L)));
            } else {
                orders.nul().nul();
            }
            orders.num(confirmDays).num(giftPoints).num(giftGrowth).str(promotionInfo).str(m.name()).str(m.phone())
                    .str(m.postCode()).str(m.province()).str(m.city()).str(m.region()).str(m.detail())
                    .num(status == DONE ? 1 : 0)
                    .num((status == DONE || status == CLOSED) && r.nextInt(100) == 0 ? 1 : 0)
                    .numOrNull(points > 0 ? points : null).timeOrNull(paidAt).timeOrNull(shippedAt)
                    .timeOrNull(receivedAt).timeOrNull(commentedAt).timeOrNull(modified).end();

            for (Line l : lines) {
                Sku s = l.sku();
                long real = s.price() - s.promotionUnit();
                long couponShare = share(couponAmount, real, afterPromotion);
                long pointsShare = share(pointsAmount, real, afterPromotion);
                items.row().num(id).str(orderSn).num(s.productId()).str(s.pic()).str(s.name()).str(s.brand())
                        .str(s.productSn()).money(s.price()).num(l.quantity()).num(s.id()).str(s.code())
                        .num(s.categoryId()).str(s.promotionUnit() > 0 ? "单品促销" : "无优惠").money(s.promotionUnit())
                        .money(couponShare).money(pointsShare).money(Math.max(0, real - couponShare - pointsShare))
                        .num(s.giftPoint()).num(s.giftGrowth()).str(s.attr()).end();
                long[] sales = skuSales.computeIfAbsent(s.id(), k -> new long[2]);
                if (paid) {
                    sales[0] += l.quantity();
                } else if (status == UNPAID) {
                    sales[1] += l.quantity();
                }
            }
            if (coupon != null) {
                couponHistory.row().num(coupon.id()).num(m.id()).str(String.format("%016d", id)).str(m.name()).num(1)
                        .time(created - DAY).num(1).time(paidAt).num(id).str(orderSn).end();
            }
            if (history != null) {
                history.row().num(id).str(m.username()).time(created).num(UNPAID).str("提交订单").end();
                if (paid) {
                    history.row().num(id).str(m.username()).time(paidAt).num(TO_SHIP).str("支付成功").end();
                }
                if (shippedAt > 0) {
                    history.row().num(id).str("admin").time(shippedAt).num(SHIPPED).str("订单发货").end();
                }
                if (receivedAt > 0) {
                    history.row().num(id).str(m.username()).time(receivedAt).num(DONE).str("确认收货").end();
                }
                if (status == CLOSED) {
                    history.row().num(id).str(modified - created >= 2 * HOUR ? "system" : m.username())
                            .time(modified).num(CLOSED).str(modified - created >= 2 * HOUR ? "超时取消" : "用户取消订单")
                            .end();
                }
            }
        }
        orders.flush();
        items.flush();
        couponHistory.flush();
        if (history != null) {
            history.flush();
        }
        gen.writer().awaitIdle();
        gen.writer().printSummary("orders");
        applySales(skuSales);
    }

    /** Age decides the likely status: recent orders still wait or travel, old ones are done or were closed. */
    private static int statusByAge(SplittableRandom r, long age) {
        int p = r.nextInt(100);
        if (age < DAY) {
            return p < 70 ? TO_SHIP : p < 80 ? SHIPPED : CLOSED;
        }
        if (age < 7 * DAY) {
            return p < 15 ? TO_SHIP : p < 60 ? SHIPPED : p < 85 ? DONE : CLOSED;
        }
        if (age < 20 * DAY) {
            return p < 3 ? TO_SHIP : p < 18 ? SHIPPED : p < 85 ? DONE : CLOSED;
        }
        return p < 82 ? DONE : CLOSED;
    }

    /** 1-4 lines, 2.5 on average. */
    private static int lineCount(SplittableRandom r) {
        int p = r.nextInt(100);
        return p < 20 ? 1 : p < 50 ? 2 : p < 80 ? 3 : 4;
    }

    /** Skewed towards the first SKUs (the older, better known products), as real sales are. */
    private static int popular(SplittableRandom r, int n) {
        double u = r.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    /** The portal's share: amount x unit price / base, rounded half up to the cent. */
    static long share(long amount, long unit, long base) {
        if (amount == 0 || base == 0) {
            return 0;
        }
        return (2 * amount * unit + base) / (2 * base);
    }

    private static boolean lockable(List<Line> lines, Map<Long, Long> freeLeft) {
        for (Line l : lines) {
            if (freeLeft.getOrDefault(l.sku().id(), l.sku().free()) < l.quantity()) {
                return false;
            }
        }
        for (Line l : lines) {
            freeLeft.merge(l.sku().id(), l.sku().free() - l.quantity(), (old, v) -> old - l.quantity());
        }
        return true;
    }

    /** Sold units raise the sales figures; units of unpaid orders are locked, as the portal's generate does. */
    private void applySales(Map<Long, long[]> skuSales) throws SQLException {
        long started = System.nanoTime();
        Map<Long, Long> productSales = new HashMap<>();
        gen.db().setAutoCommit(false);
        try (PreparedStatement sku = gen.prepare("UPDATE pms_sku_stock SET sale = sale + ?,"
                + " lock_stock = lock_stock + ? WHERE id = ? AND stock - lock_stock >= ?");
             PreparedStatement product = gen.prepare("UPDATE pms_product SET sale = sale + ? WHERE id = ?")) {
            int n = 0;
            for (Map.Entry<Long, long[]> e : skuSales.entrySet()) {
                sku.setLong(1, e.getValue()[0]);
                sku.setLong(2, e.getValue()[1]);
                sku.setLong(3, e.getKey());
                sku.setLong(4, e.getValue()[1]);
                sku.addBatch();
                if (++n % 1000 == 0) {
                    sku.executeBatch();
                    gen.commit();
                }
            }
            sku.executeBatch();
            gen.commit();
            try (Statement s = gen.db().createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, product_id FROM pms_sku_stock")) {
                while (rs.next()) {
                    long[] sales = skuSales.get(rs.getLong(1));
                    if (sales != null && sales[0] > 0) {
                        productSales.merge(rs.getLong(2), sales[0], Long::sum);
                    }
                }
            }
            n = 0;
            for (Map.Entry<Long, Long> e : productSales.entrySet()) {
                product.setLong(1, e.getValue());
                product.setLong(2, e.getKey());
                product.addBatch();
                if (++n % 1000 == 0) {
                    product.executeBatch();
                    gen.commit();
                }
            }
            product.executeBatch();
            gen.commit();
        } finally {
            gen.db().setAutoCommit(true);
        }
        Generation.log("    sales and locked stock of %,d SKUs updated in %.1f s", skuSales.size(),
                (System.nanoTime() - started) / 1e9);
    }

    private List<Member> members() throws SQLException {
        long total = gen.queryLong("SELECT COUNT(*) FROM ums_member WHERE status = 1");
        long step = Math.max(1, (total + MAX_MEMBERS - 1) / MAX_MEMBERS);
        List<Member> members = new ArrayList<>();
        try (Statement s = gen.db().createStatement(java.sql.ResultSet.TYPE_FORWARD_ONLY,
                java.sql.ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(Integer.MIN_VALUE); // stream: the member table may be large
            try (ResultSet rs = s.executeQuery("SELECT m.id, m.username, a.name, a.phone_number, a.post_code,"
                    + " a.province, a.city, a.region, a.detail_address FROM ums_member m"
                    + " JOIN ums_member_receive_address a ON a.member_id = m.id AND a.default_status = 1"
                    + " WHERE m.status = 1" + (step > 1 ? " AND m.id % " + step + " = 0" : "") + " ORDER BY m.id")) {
                long last = -1;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (id != last) { // a member with two default addresses counts once
                        members.add(new Member(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                        last = id;
                    }
                }
            }
        }
        return members;
    }

    private List<Sku> skus() throws SQLException {
        List<Sku> skus = new ArrayList<>();
        try (Statement s = gen.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT s.id, s.product_id, s.sku_code, s.price, s.promotion_price,"
                     + " s.stock - s.lock_stock, s.sp_data, p.name, COALESCE(s.pic, p.pic), p.brand_name, p.product_sn,"
                     + " p.product_category_id, p.promotion_type, p.gift_point, p.gift_growth"
                     + " FROM pms_sku_stock s JOIN pms_product p ON p.id = s.product_id"
                     + " WHERE p.publish_status = 1 AND p.delete_status = 0 ORDER BY s.id LIMIT " + MAX_SKUS)) {
            while (rs.next()) {
                long price = rs.getBigDecimal(4).movePointRight(2).longValue();
                java.math.BigDecimal promo = rs.getBigDecimal(5);
                long promotionUnit = rs.getInt(13) == 1 && promo != null
                        ? Math.max(0, price - promo.movePointRight(2).longValue()) : 0;
                skus.add(new Sku(rs.getLong(1), rs.getLong(2), rs.getString(3), price, promotionUnit, rs.getLong(6),
                        rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getLong(12), rs.getInt(14), rs.getInt(15)));
            }
        }
        return skus;
    }

    /** Coupons valid for all products: those of this run and any live ones already there. */
    private List<Coupon> coupons(List<Long> runCoupons) throws SQLException {
        List<Coupon> coupons = new ArrayList<>();
        try (Statement s = gen.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, amount, min_point FROM sms_coupon WHERE use_type = 0"
                     + " AND (end_time IS NULL OR end_time > NOW()) ORDER BY id")) {
            while (rs.next()) {
                coupons.add(new Coupon(rs.getLong(1), rs.getBigDecimal(2).movePointRight(2).longValue(),
                        rs.getBigDecimal(3).movePointRight(2).longValue()));
            }
        }
        return coupons;
    }

    /** {points per yuan, max percent of an order, unit}, or null when points cannot be used. */
    private int[] pointRule() throws SQLException {
        try (Statement s = gen.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT deduction_per_amount, max_percent_per_order, use_unit"
                     + " FROM ums_integration_consume_setting ORDER BY id LIMIT 1")) {
            if (rs.next() && rs.getInt(1) > 0 && rs.getInt(3) > 0) {
                return new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)};
            }
        }
        return null;
    }
}
