package com.perflab.mall.admin.returns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Query parameters of {@code GET /returnApply/list}; {@code createTime} and {@code handleTime} are days
 * ({@code yyyy-MM-dd}), {@code receiverKeyword} a prefix of the returner's name or phone.
 */
record ReturnApplyFilter(@Positive Long id,
                         @Min(0) @Max(3) Integer status,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createTime,
                         @Size(max = 100) String handleMan,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handleTime,
                         @Size(max = 100) String receiverKeyword) {

    ReturnApplyFilter {
        handleMan = handleMan == null || handleMan.isBlank() ? null : handleMan.trim();
        receiverKeyword = receiverKeyword == null || receiverKeyword.isBlank() ? null : receiverKeyword.trim();
    }

    /** LIKE prefix with its wildcards escaped. */
    String receiverPrefix() {
        return receiverKeyword == null ? null
                : receiverKeyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Half-open day windows keep an index on the time column usable. */
    LocalDateTime createdFrom() {
        return createTime == null ? null : createTime.atStartOfDay();
    }

    LocalDateTime createdBefore() {
        return createTime == null ? null : createTime.plusDays(1).atStartOfDay();
    }

    LocalDateTime handledFrom() {
        return handleTime == null ? null : handleTime.atStartOfDay();
    }

    LocalDateTime handledBefore() {
        return handleTime == null ? null : handleTime.plusDays(1).atStartOfDay();
    }
}
