-- Token revocation per account (issue 15, item 4): logging out, changing the password, being disabled or
-- deleted set revoked_at, and the gateway refuses every token of the account issued at or before it.
-- Written by mall-member and mall-admin in the same transaction as the change; the gateway keeps the rows
-- younger than the token lifetime in memory and re-reads the recently changed ones every ~2 s (changed_at,
-- set by the database's clock). One row per account: the table never grows beyond the accounts.
CREATE TABLE auth_token_revocation (
    user_type  VARCHAR(8)  NOT NULL COMMENT 'MEMBER or ADMIN',
    user_id    BIGINT      NOT NULL,
    revoked_at BIGINT      NOT NULL COMMENT 'epoch ms: tokens issued at or before it are refused',
    reason     VARCHAR(16) NOT NULL COMMENT 'logout, password, disabled, deleted',
    changed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (user_type, user_id),
    KEY idx_token_revocation_changed (changed_at),
    KEY idx_token_revocation_revoked (revoked_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'revoked tokens per account';
