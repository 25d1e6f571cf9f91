package com.perflab.mall.admin.product;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/**
 * pms_product_event_outbox: product, home content and coupon events written with the change, deleted once
 * RabbitMQ confirmed them.
 */
@Mapper
interface ProductEventOutboxMapper {

    /** The type of a home content event, which names no product. */
    String HOME_CONTENT = "home";

    /** The type of a coupon event: of one product's page, or without a product of every product's page. */
    String COUPON = "coupon";

    /**
     * One pending event; {@code productId} is null for a home content event and a coupon event of every product,
     * {@code traceParent} (the change's trace) where traces are not exported.
     */
    record OutboxRow(long id, Long productId, String type, LocalDateTime createTime, int attempts, String traceParent) {

        boolean homeContent() {
            return HOME_CONTENT.equals(type);
        }

        boolean coupon() {
            return COUPON.equals(type);
        }
    }

    /** Backlog: rows not relayed yet and the age of the oldest, in seconds (null when empty). */
    record Backlog(long pending, Long oldestSeconds) {
    }

    @Insert("<script>INSERT INTO pms_product_event_outbox (product_id, type, trace_parent) VALUES"
            + "<foreach collection='ids' item='id' separator=','>(#{id}, #{type}, #{traceParent})</foreach></script>")
    int insert(@Param("ids") Collection<Long> productIds, @Param("type") String type,
               @Param("traceParent") String traceParent);

    @Insert("INSERT INTO pms_product_event_outbox (product_id, type, trace_parent)"
            + " VALUES (NULL, '" + HOME_CONTENT + "', #{traceParent})")
    int insertHomeContent(@Param("traceParent") String traceParent);

    @Insert("INSERT INTO pms_product_event_outbox (product_id, type, trace_parent)"
            + " VALUES (NULL, '" + COUPON + "', #{traceParent})")
    int insertCouponOfEveryProduct(@Param("traceParent") String traceParent);

    /**
     * The oldest rows no other relay holds, locked until this transaction ends. Run at READ COMMITTED: no gap
     * locks, so product changes keep inserting while a relay waits for the broker.
     */
    @Select("SELECT id, product_id, type, create_time, attempts, trace_parent FROM pms_product_event_outbox"
            + " ORDER BY id LIMIT #{limit} FOR UPDATE SKIP LOCKED")
    List<OutboxRow> claim(@Param("limit") int limit);

    /*
     * One row by its primary key per statement: with "id IN (...)" on a small table the optimizer may scan it
     * instead, locking rows another relay holds, and two relays deadlock.
     */
    @Delete("DELETE FROM pms_product_event_outbox WHERE id = #{id}")
    int delete(@Param("id") long id);

    @Update("UPDATE pms_product_event_outbox SET attempts = attempts + 1 WHERE id = #{id}")
    int countAttempt(@Param("id") long id);

    @Select("SELECT COUNT(*) AS pending, TIMESTAMPDIFF(SECOND, MIN(create_time), NOW(3)) AS oldest_seconds"
            + " FROM pms_product_event_outbox")
    Backlog backlog();
}
