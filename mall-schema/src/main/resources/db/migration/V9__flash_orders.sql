-- Flash-sale orders (issue 20): an order line bought at a flash-sale price names the offer it came from, so that
-- closing the order gives the offer's units back; each member's units per offer are counted in a row of their
-- own, which a concurrent order of the same member waits on (the per-member limit holds under a race).
ALTER TABLE oms_order_item
    ADD COLUMN flash_relation_id BIGINT NULL COMMENT 'the flash-sale offer of the unit price (sms_flash_promotion_product_relation), NULL for none';

CREATE TABLE sms_flash_member_quota (
    relation_id BIGINT NOT NULL COMMENT 'sms_flash_promotion_product_relation.id',
    member_id   BIGINT NOT NULL,
    quantity    INT    NOT NULL DEFAULT 0 COMMENT 'units in the member''s orders that are not closed',
    PRIMARY KEY (relation_id, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'flash-sale units per member and offer';
