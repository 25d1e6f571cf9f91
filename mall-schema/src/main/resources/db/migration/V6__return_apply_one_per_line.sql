-- One return request per order line: the shop refuses a second request for the same product of the same
-- order with 409, and this key makes that hold when two requests race (the loser's INSERT fails on it).
-- A line is (order_id, product_id), as the shop's returnable-line query groups an order's items.
--
-- A database that ran before this rule may already hold copies (the edge probe made some): the first request
-- of each line is kept and the later copies removed, or the key could not be added.
DELETE later FROM oms_order_return_apply later
    JOIN oms_order_return_apply first
      ON first.order_id = later.order_id AND first.product_id = later.product_id AND first.id < later.id;

-- the new key starts with order_id, so the old single-column index on it is redundant
ALTER TABLE oms_order_return_apply
    ADD UNIQUE KEY uk_return_apply_order_product (order_id, product_id),
    DROP KEY idx_return_apply_order;

-- A product's detail HTML (up to 60,000 characters, mobile and desktop) did not fit TEXT, which holds 65,535
-- bytes: 60,000 Chinese characters are 180,000 bytes in utf8mb4, and saving it failed with "Data too long" (a
-- 500). MEDIUMTEXT holds 16 MB. The other TEXT columns take at most 20,000 UTF-16 units, under 64 KB.
ALTER TABLE pms_product
    MODIFY detail_html        MEDIUMTEXT,
    MODIFY detail_mobile_html MEDIUMTEXT;
