INSERT INTO oms_order_setting (id, flash_order_overtime, normal_order_overtime, confirm_overtime, finish_overtime, comment_overtime)
VALUES (1, 60, 120, 15, 7, 7)
ON DUPLICATE KEY UPDATE id = id;
