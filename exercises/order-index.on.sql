-- the member's order list (WHERE member_id = ? AND delete_status = 0 [AND status = ?] ORDER BY id DESC) loses
-- its index and reads the whole table
ALTER TABLE oms_order DROP INDEX idx_order_member;
