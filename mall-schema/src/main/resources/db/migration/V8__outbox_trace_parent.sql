-- Local traces (issue 18): an outbox row keeps the trace of the change that wrote it, so the message its relay
-- sends later, and the consumers of that message (mall-search's sync, mall-portal's cache eviction), are part
-- of the same trace. NULL where traces are not exported (the cluster traces with the SkyWalking agent).
ALTER TABLE pms_product_event_outbox
    ADD COLUMN trace_parent VARCHAR(64) NULL COMMENT 'W3C traceparent of the change, NULL when not traced';
