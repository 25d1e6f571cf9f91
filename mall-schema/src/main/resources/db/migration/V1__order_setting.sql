-- Order timeouts that the portal and the admin share (the catalog and order issues add the rest of
-- the schema in their own migrations).
CREATE TABLE oms_order_setting (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    flash_order_overtime  INT         NOT NULL COMMENT 'minutes before an unpaid flash-sale order is cancelled',
    normal_order_overtime INT         NOT NULL COMMENT 'minutes before an unpaid order is cancelled',
    confirm_overtime      INT         NOT NULL COMMENT 'days after delivery before receipt is confirmed automatically',
    finish_overtime       INT         NOT NULL COMMENT 'days after receipt before the order is closed for returns',
    comment_overtime      INT         NOT NULL COMMENT 'days after receipt before a good review is given automatically',
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'order timeouts';
