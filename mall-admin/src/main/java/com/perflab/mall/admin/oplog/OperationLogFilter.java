package com.perflab.mall.admin.oplog;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of the operation log list; all optional.
 *
 * @param path a path prefix, e.g. {@code /product}
 * @param from inclusive, {@code yyyy-MM-dd HH:mm:ss}
 * @param to   exclusive
 */
record OperationLogFilter(@Positive Long adminId, @Size(max = 64) String username, @Size(max = 255) String path,
        @DateTimeFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime from,
        @DateTimeFormat(pattern = "yyyy-MM-dd HH:mm:ss") LocalDateTime to) {
}
