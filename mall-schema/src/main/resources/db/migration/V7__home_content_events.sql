-- Home content events share the product event outbox (issue 16): mall-portal owns its caches and evicts them
-- from the events it consumes, so a back-office change of the home page (advertises, home picks, flash sales)
-- is written here with the change, as a row without a product (type 'home', routing key home.changed), and
-- relayed like the product events: it reaches the portal even when RabbitMQ was down at commit time.
ALTER TABLE pms_product_event_outbox
    MODIFY product_id BIGINT NULL COMMENT 'the changed product; NULL for a home content event',
    MODIFY type VARCHAR(16) NOT NULL COMMENT 'created, updated, deleted or publish: routing key product.<type>; home: home.changed';
