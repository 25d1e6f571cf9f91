package com.perflab.mall.admin.order;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Query parameters of {@code GET /order/list}. {@code createTime} is one day ({@code yyyy-MM-dd});
 * {@code createTimeFrom}/{@code createTimeTo} a range of whole days, both inclusive; given together they
 * intersect. Deleted orders are never listed.
 */
record OrderFilter(@Size(max = 64) String orderSn,
                   @Size(max = 100) String receiverKeyword,
                   @Min(0) @Max(5) Integer status,
                   @Min(0) @Max(1) Integer orderType,
                   @Min(0) @Max(1) Integer sourceType,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createTime,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createTimeFrom,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createTimeTo) {

    OrderFilter {
        orderSn = orderSn == null || orderSn.isBlank() ? null : orderSn.trim();
        receiverKeyword = receiverKeyword == null || receiverKeyword.isBlank() ? null : receiverKeyword.trim();
    }

    @AssertTrue(message = "createTimeTo 不能早于 createTimeFrom")
    boolean isCreateTimeTo() {
        return createTimeFrom == null || createTimeTo == null || !createTimeTo.isBefore(createTimeFrom);
    }

    /** The keyword as a LIKE prefix, its wildcards escaped: a prefix can use an index, a '%kw%' never can. */
    String receiverPrefix() {
        return receiverKeyword == null ? null
                : receiverKeyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Inclusive start of the creation time window, or null. */
    LocalDateTime createdFrom() {
        LocalDate from = later(createTime, createTimeFrom);
        return from == null ? null : from.atStartOfDay();
    }

    /** Exclusive end of the creation time window, or null: a half-open range keeps the index on create_time usable. */
    LocalDateTime createdBefore() {
        LocalDate to = earlier(createTime, createTimeTo);
        return to == null ? null : to.plusDays(1).atStartOfDay();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
