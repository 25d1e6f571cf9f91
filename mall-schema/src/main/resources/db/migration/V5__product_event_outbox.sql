-- Product events on their way to mall-search (transactional outbox). mall-admin writes one row per changed
-- product in the same transaction as the change, so an event exists exactly when the change committed, whether
-- RabbitMQ is up or not. Its relay publishes the rows to the exchange mall.product.event with publisher
-- confirms and deletes them only once the broker confirmed: the table holds only what is not relayed yet.
-- Several admin instances relay at once by claiming rows with SELECT ... FOR UPDATE SKIP LOCKED (MariaDB 10.6+).
--
-- The sweeper of overdue unpaid orders (mall-portal) needs no new index: it walks idx_order_status_time
-- (status, create_time) of oms_order, whose entries end with the primary key, in index order.
CREATE TABLE pms_product_event_outbox (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    product_id  BIGINT      NOT NULL,
    type        VARCHAR(16) NOT NULL COMMENT 'created, updated, deleted or publish: routing key product.<type>',
    create_time DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) COMMENT 'when the change committed (about)',
    attempts    INT         NOT NULL DEFAULT 0 COMMENT 'relay attempts that got no confirm',
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'product events not yet confirmed by RabbitMQ';
