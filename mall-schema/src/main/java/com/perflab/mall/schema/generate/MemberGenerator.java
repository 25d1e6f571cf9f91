package com.perflab.mall.schema.generate;

import static com.perflab.mall.schema.generate.Generation.DAY;
import static com.perflab.mall.schema.generate.Vocabulary.pick;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Members with 1-3 addresses (exactly one default), levels that match their growth, some integration points
 * with their history, and unused coupons for some of them. Usernames and phones are functions of the id, so
 * they are unique in this run and against every earlier one.
 */
final class MemberGenerator {

    static final String PASSWORD = "123456";
    /** The services hash with cost 10; computing it once (~70 ms) instead of per member is what makes this fast. */
    static final int BCRYPT_COST = 10;

    private static final long KIND_MEMBER = 1;

    private record Level(long id, int growthPoint) {
    }

    private final Generation gen;

    MemberGenerator(Generation gen) {
        this.gen = gen;
    }

    /** A few coupons for all products, live now and for the past months (historical orders use them too). */
    List<Long> createCoupons() throws SQLException {
        long first = gen.nextId("sms_coupon");
        String tag = "GEN" + first;
        long start = gen.now() - (gen.options().months() * 31L + 1) * DAY;
        long end = gen.now() + 365 * DAY;
        Object[][] coupons = {
            {"全场通用券 满199减20", 2000L, 19900L}, {"全场通用券 满499减50", 5000L, 49900L}, {"无门槛券 5元", 500L, 0L}};
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = gen.db().prepareStatement(
                "INSERT INTO sms_coupon (type, name, platform, count, amount, per_limit, min_point, start_time,"
                        + " end_time, use_type, note, publish_count, use_count, receive_count, enable_time, code)"
                        + " VALUES (0, ?, 0, 1000000, ?, 5, ?, ?, ?, 0, ?, 1000000, 0, 0, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < coupons.length; i++) {
                insert.setString(1, (String) coupons[i][0]);
                insert.setBigDecimal(2, java.math.BigDecimal.valueOf((Long) coupons[i][1], 2));
                insert.setBigDecimal(3, java.math.BigDecimal.valueOf((Long) coupons[i][2], 2));
                insert.setString(4, time(start));
                insert.setString(5, time(end));
                insert.setString(6, "generated test data (" + tag + ")");
                insert.setString(7, time(start));
                insert.setString(8, tag + "-" + (i + 1));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        }
        gen.commit();
        return ids;
    }

    void generate(long count, List<Long> coupons) throws SQLException {
        long first = gen.nextId("ums_member");
        List<Level> levels = levels();
        String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(BCRYPT_COST));
        Generation.log("==> members: %,d from id %,d (password %s for all, hashed once)", count, first, PASSWORD);
        Rows members = gen.rows("ums_member", "id, member_level_id, username, password, nickname, phone, status,"
                + " create_time, icon, gender, birthday, city, job, personalized_signature, source_type, integration,"
                + " growth, luckey_count, history_integration");
        Rows addresses = gen.rows("ums_member_receive_address", "member_id, name, phone_number, default_status,"
                + " post_code, province, city, region, detail_address");
        Rows points = gen.rows("ums_integration_change_history", "member_id, create_time, change_type, change_count,"
                + " operate_man, operate_note, source_type");
        Rows couponHistory = gen.rows("sms_coupon_history", "coupon_id, member_id, coupon_code, member_nickname,"
                + " get_type, create_time, use_status");
        long span = 720 * DAY;
        for (long i = 0; i < count; i++) {
            long id = first + i;
            SplittableRandom r = gen.random(KIND_MEMBER, id);
            String[] surname = Vocabulary.SURNAMES[Math.min(r.nextInt(Vocabulary.SURNAMES.length),
                    r.nextInt(Vocabulary.SURNAMES.length))];
            String[] given = pick(r, Vocabulary.GIVEN);
            String realName = surname[0] + given[0];
            String username = surname[1] + given[1] + id;
            String nickname = r.nextInt(2) == 0 ? realName
                    : pick(r, Vocabulary.NICK_WORDS) + given[0] + pick(r, Vocabulary.NICK_SUFFIXES);
            String phone = Vocabulary.phone(id);
            // older ids joined earlier, as in a real shop
            long created = gen.now() - span - DAY + span * i / Math.max(1, count) + r.nextLong(DAY);
            int growth = growth(r);
            int historyPoints = r.nextInt(10) < 4 ? 100 * (1 + r.nextInt(200)) : 0;
            int pointsLeft = historyPoints == 0 ? 0 : historyPoints - 100 * r.nextInt(historyPoints / 100 + 1);
            String[] city = pick(r, Vocabulary.CITIES);
            int birthYear = 1960 + r.nextInt(47);
            members.row().num(id).numOrNull(level(levels, growth)).str(username).str(hash).str(nickname).str(phone)
                    .num(r.nextInt(200) == 0 ? 0 : 1).time(created)
                    .str("https://img.perflab.example/member/" + (id % 100) + ".png").num(r.nextInt(3))
                    .str(birthYear + "-" + two(1 + r.nextInt(12)) + "-" + two(1 + r.nextInt(28))).str(city[1])
                    .str(pick(r, Vocabulary.JOBS)).str(pick(r, Vocabulary.SIGNATURES)).num(r.nextInt(3))
                    .num(pointsLeft).num(growth).num(r.nextInt(4)).num(historyPoints).end();

            int addressCount = r.nextInt(10) < 6 ? 1 : r.nextInt(10) < 7 ? 2 : 3;
            for (int a = 0; a < addressCount; a++) {
                String[] where = a == 0 ? city : pick(r, Vocabulary.CITIES);
                String[] districts = where[2].split(" ");
                boolean self = a == 0 || r.nextInt(3) > 0;
                String receiver = self ? realName : pick(r, Vocabulary.SURNAMES)[0] + pick(r, Vocabulary.GIVEN)[0];
                String receiverPhone = self ? phone : "1" + pick(r, Vocabulary.PHONE_PREFIXES)
                        + String.format("%08d", r.nextInt(100_000_000));
                addresses.row().num(id).str(receiver).str(receiverPhone).num(a == 0 ? 1 : 0)
                        .str(where[3] + String.format("%03d", r.nextInt(1000))).str(where[0]).str(where[1])
                        .str(pick(r, districts))
                        .str(pick(r, Vocabulary.STREETS) + (1 + r.nextInt(999)) + "号"
                                + pick(r, Vocabulary.STREETS).substring(0, 2) + pick(r, Vocabulary.BUILDINGS)
                                + (1 + r.nextInt(30)) + "栋" + (101 + r.nextInt(30) * 100 + r.nextInt(8)) + "室")
                        .end();
            }
            if (historyPoints > 0) {
                points.row().num(id).time(created + DAY).num(0).num(historyPoints).str("system").str("购物赠送积分")
                        .num(0).end();
                if (pointsLeft < historyPoints) {
                    points.row().num(id).time(created + 30 * DAY).num(1).num(historyPoints - pointsLeft)
                            .str(username).str("订单抵扣").num(0).end();
                }
            }
            if (!coupons.isEmpty() && r.nextInt(5) == 0) {
                int c = r.nextInt(coupons.size());
                couponHistory.row().num(coupons.get(c)).num(id).str(String.format("%016d", id * 7 + c))
                        .str(nickname).num(1).time(gen.now() - r.nextLong(30 * DAY) - 60).num(0).end();
            }
        }
        members.flush();
        addresses.flush();
        points.flush();
        couponHistory.flush();
        gen.writer().awaitIdle();
        gen.writer().printSummary("members");
    }

    /** Recounts what the coupons of this run have handed out (history rows), as the back office shows it. */
    void recountCoupons(List<Long> coupons) throws SQLException {
        if (coupons.isEmpty()) {
            return;
        }
        String ids = coupons.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow();
        gen.update("UPDATE sms_coupon c SET receive_count = (SELECT COUNT(*) FROM sms_coupon_history h"
                + " WHERE h.coupon_id = c.id), use_count = (SELECT COUNT(*) FROM sms_coupon_history h"
                + " WHERE h.coupon_id = c.id AND h.use_status = 1) WHERE c.id IN (" + ids + ")");
        gen.update("UPDATE sms_coupon SET count = GREATEST(publish_count - receive_count, 0) WHERE id IN (" + ids + ")");
    }

    private List<Level> levels() throws SQLException {
        List<Level> levels = new ArrayList<>();
        try (Statement s = gen.db().createStatement();
             ResultSet rs = s.executeQuery("SELECT id, growth_point FROM ums_member_level ORDER BY growth_point")) {
            while (rs.next()) {
                levels.add(new Level(rs.getLong(1), rs.getInt(2)));
            }
        }
        return levels;
    }

    private static Long level(List<Level> levels, int growth) {
        Long id = null;
        for (Level l : levels) {
            if (l.growthPoint() <= growth) {
                id = l.id();
            }
        }
        return id;
    }

    private static int growth(SplittableRandom r) {
        int p = r.nextInt(100);
        if (p < 60) {
            return r.nextInt(1000);
        }
        if (p < 85) {
            return 1000 + r.nextInt(4000);
        }
        if (p < 97) {
            return 5000 + r.nextInt(10_000);
        }
        return 15_000 + r.nextInt(15_000);
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    private static String time(long seconds) {
        StringBuilder b = new StringBuilder();
        Rows.appendTime(b, seconds);
        return b.toString();
    }
}
