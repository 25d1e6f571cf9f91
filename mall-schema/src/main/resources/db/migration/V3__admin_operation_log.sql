-- Who changed what in the back office, and when: one row per write request (POST/PUT/PATCH/DELETE) that
-- passed authorisation, written by mall-admin after the reply. Request bodies are not kept (they can
-- carry passwords); form and query parameters are, minus anything named like a password.
CREATE TABLE ums_admin_operation_log (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    admin_id    BIGINT        NOT NULL,
    username    VARCHAR(64)   NOT NULL,
    method      VARCHAR(8)    NOT NULL,
    path        VARCHAR(255)  NOT NULL,
    params      VARCHAR(1000) NULL COMMENT 'form/query parameters, password-like names removed, truncated',
    status      SMALLINT      NOT NULL COMMENT 'HTTP status of the reply',
    ip          VARCHAR(64)   NULL,
    duration_ms INT           NOT NULL,
    create_time DATETIME(3)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_operation_log_admin_time (admin_id, create_time),
    KEY idx_operation_log_time (create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'back-office write log';
