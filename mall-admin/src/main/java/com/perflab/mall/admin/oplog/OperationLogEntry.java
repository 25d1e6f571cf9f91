package com.perflab.mall.admin.oplog;

import java.time.LocalDateTime;

/** One back-office write: who, what (method, path, parameters, resulting status) and when. */
record OperationLogEntry(Long id, long adminId, String username, String method, String path, String params,
        int status, String ip, int durationMs, LocalDateTime createTime) {
}
