package com.perflab.mall.admin.flash;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A daily time slot; slots are shared by every campaign (the table has no campaign column). productCount is
 * filled only by {@code /flash/session/selectList}: the products of the asked campaign in the slot.
 */
record FlashSession(long id, String name, LocalTime startTime, LocalTime endTime, int status,
                    LocalDateTime createTime, Long productCount) {

    static final String COLUMNS = "s.id, s.name, s.start_time, s.end_time, s.status, s.create_time";

    /** Slots may touch (one ends where the next starts, as the seeded ones do) but not overlap. */
    boolean overlaps(LocalTime start, LocalTime end) {
        return startTime.isBefore(end) && start.isBefore(endTime);
    }
}
