-- the indexes exactly as migration V2 made them (mall-schema), in the same order
ALTER TABLE oms_cart_item ADD INDEX idx_cart_member (member_id, delete_status),
    ADD INDEX idx_cart_member_sku (member_id, product_sku_id);
