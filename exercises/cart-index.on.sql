-- the cart list (member_id, delete_status) and the add's lookup of a line (member_id, product_sku_id) lose
-- their indexes; locking reads then lock every row they scan
ALTER TABLE oms_cart_item DROP INDEX idx_cart_member, DROP INDEX idx_cart_member_sku;
