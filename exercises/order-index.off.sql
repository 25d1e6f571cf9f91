-- the index exactly as migration V2 made it (mall-schema), and in its place: the one after it is made again
-- behind it, so SHOW CREATE TABLE reads as before the exercise
ALTER TABLE oms_order DROP INDEX idx_order_status_time,
    ADD INDEX idx_order_member (member_id, status, delete_status),
    ADD INDEX idx_order_status_time (status, create_time);
