-- Demo back office: two admins, three roles, the menu tree and the API resources the roles may call.
-- The password hashes are BCrypt (cost 10) of the DEMO password macro123; local lab only.
-- Resource urls are Ant paths of the mall-admin API (after the gateway prefix /mall-admin).

INSERT INTO ums_admin (id, username, password, icon, email, nick_name, note, create_time, status)
VALUES (1, 'admin', '$2a$10$V3.e9HBaxQU.e.lfMsC4DerV.Ld/3ZDD8lPjnEh6rZ7clpl44jlDG',
        'https://img.perflab.example/admin/1.png', 'admin@perflab.example', '系统管理员', '拥有全部权限',
        '2024-01-01 09:00:00', 1),
       (2, 'clerk', '$2a$10$aGISQJrm8jroZsIXKMR0QuvhVrNHPRHWGdrZJCG4mXc8UFYnA13Ne',
        'https://img.perflab.example/admin/2.png', 'clerk@perflab.example', '订单专员', '只处理订单和退货',
        '2024-01-01 09:00:00', 1)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_role (id, name, description, admin_count, create_time, status, sort)
VALUES (1, '超级管理员', '拥有所有查看和操作功能', 1, '2024-01-01 09:00:00', 1, 0),
       (2, '订单管理员', '订单、退货申请和发货', 1, '2024-01-01 09:00:00', 1, 0),
       (3, '商品管理员', '商品、品牌、分类和库存', 0, '2024-01-01 09:00:00', 1, 0)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_admin_role_relation (id, admin_id, role_id)
VALUES (1, 1, 1),
       (2, 2, 2)
ON DUPLICATE KEY UPDATE id = id;

-- menus: five top-level entries with their pages
INSERT INTO ums_menu (id, parent_id, create_time, title, level, sort, name, icon, hidden)
VALUES (1,  0, '2024-01-01 09:00:00', '商品', 0, 50, 'pms', 'product', 0),
       (2,  1, '2024-01-01 09:00:00', '商品列表', 1, 0, 'product', 'product-list', 0),
       (3,  1, '2024-01-01 09:00:00', '商品分类', 1, 0, 'productCate', 'product-cate', 0),
       (4,  1, '2024-01-01 09:00:00', '品牌管理', 1, 0, 'brand', 'product-brand', 0),
       (5,  0, '2024-01-01 09:00:00', '订单', 0, 40, 'oms', 'order', 0),
       (6,  5, '2024-01-01 09:00:00', '订单列表', 1, 0, 'order', 'product-list', 0),
       (7,  5, '2024-01-01 09:00:00', '订单设置', 1, 0, 'orderSetting', 'order-setting', 0),
       (8,  5, '2024-01-01 09:00:00', '退货申请处理', 1, 0, 'returnApply', 'order-return', 0),
       (9,  5, '2024-01-01 09:00:00', '退货原因设置', 1, 0, 'returnReason', 'order-return-reason', 0),
       (10, 0, '2024-01-01 09:00:00', '营销', 0, 30, 'sms', 'sms', 0),
       (11, 10, '2024-01-01 09:00:00', '秒杀活动列表', 1, 0, 'flash', 'sms-flash', 0),
       (12, 10, '2024-01-01 09:00:00', '优惠券列表', 1, 0, 'coupon', 'sms-coupon', 0),
       (13, 10, '2024-01-01 09:00:00', '首页内容', 1, 0, 'homeContent', 'sms-ad', 0),
       (14, 0, '2024-01-01 09:00:00', '会员', 0, 20, 'ums-member', 'user', 0),
       (15, 14, '2024-01-01 09:00:00', '会员列表', 1, 0, 'member', 'user', 0),
       (16, 0, '2024-01-01 09:00:00', '权限', 0, 10, 'ums', 'ums', 0),
       (17, 16, '2024-01-01 09:00:00', '用户列表', 1, 0, 'admin', 'ums-admin', 0),
       (18, 16, '2024-01-01 09:00:00', '角色列表', 1, 0, 'role', 'ums-role', 0),
       (19, 16, '2024-01-01 09:00:00', '菜单列表', 1, 0, 'menu', 'ums-menu', 0),
       (20, 16, '2024-01-01 09:00:00', '资源列表', 1, 0, 'resource', 'ums-resource', 0)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_resource_category (id, create_time, name, sort)
VALUES (1, '2024-01-01 09:00:00', '商品模块', 0),
       (2, '2024-01-01 09:00:00', '订单模块', 0),
       (3, '2024-01-01 09:00:00', '营销模块', 0),
       (4, '2024-01-01 09:00:00', '会员模块', 0),
       (5, '2024-01-01 09:00:00', '权限模块', 0)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_resource (id, create_time, name, url, description, category_id)
VALUES (1,  '2024-01-01 09:00:00', '商品管理',     '/product/**',         '商品的增删改查和上下架', 1),
       (2,  '2024-01-01 09:00:00', '商品分类管理', '/productCategory/**', NULL, 1),
       (3,  '2024-01-01 09:00:00', '品牌管理',     '/brand/**',           NULL, 1),
       (4,  '2024-01-01 09:00:00', '商品属性管理', '/productAttribute/**', NULL, 1),
       (5,  '2024-01-01 09:00:00', 'SKU库存管理',  '/sku/**',             NULL, 1),
       (6,  '2024-01-01 09:00:00', '订单管理',     '/order/**',           '订单查询、发货、关闭', 2),
       (7,  '2024-01-01 09:00:00', '订单设置',     '/orderSetting/**',    NULL, 2),
       (8,  '2024-01-01 09:00:00', '退货申请',     '/returnApply/**',     NULL, 2),
       (9,  '2024-01-01 09:00:00', '退货原因',     '/returnReason/**',    NULL, 2),
       (10, '2024-01-01 09:00:00', '收发货地址',   '/companyAddress/**',  NULL, 2),
       (11, '2024-01-01 09:00:00', '优惠券管理',   '/coupon/**',          NULL, 3),
       (12, '2024-01-01 09:00:00', '秒杀活动管理', '/flash/**',           NULL, 3),
       (13, '2024-01-01 09:00:00', '首页内容管理', '/home/**',            '广告、推荐品牌、新品、人气、专题', 3),
       (14, '2024-01-01 09:00:00', '会员管理',     '/member/**',          NULL, 4),
       (15, '2024-01-01 09:00:00', '后台用户管理', '/admin/**',           '不含登录与本人信息', 5),
       (16, '2024-01-01 09:00:00', '角色管理',     '/role/**',            NULL, 5),
       (17, '2024-01-01 09:00:00', '菜单管理',     '/menu/**',            NULL, 5),
       (18, '2024-01-01 09:00:00', '资源管理',     '/resource/**',        NULL, 5)
ON DUPLICATE KEY UPDATE id = id;

-- 超级管理员: every menu and resource; 订单管理员: the order pages; 商品管理员: the product pages
INSERT INTO ums_role_menu_relation (id, role_id, menu_id)
VALUES (1, 1, 1), (2, 1, 2), (3, 1, 3), (4, 1, 4), (5, 1, 5), (6, 1, 6), (7, 1, 7), (8, 1, 8), (9, 1, 9),
       (10, 1, 10), (11, 1, 11), (12, 1, 12), (13, 1, 13), (14, 1, 14), (15, 1, 15), (16, 1, 16), (17, 1, 17),
       (18, 1, 18), (19, 1, 19), (20, 1, 20),
       (21, 2, 5), (22, 2, 6), (23, 2, 8), (24, 2, 9),
       (25, 3, 1), (26, 3, 2), (27, 3, 3), (28, 3, 4)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_role_resource_relation (id, role_id, resource_id)
VALUES (1, 1, 1), (2, 1, 2), (3, 1, 3), (4, 1, 4), (5, 1, 5), (6, 1, 6), (7, 1, 7), (8, 1, 8), (9, 1, 9),
       (10, 1, 10), (11, 1, 11), (12, 1, 12), (13, 1, 13), (14, 1, 14), (15, 1, 15), (16, 1, 16), (17, 1, 17),
       (18, 1, 18),
       (19, 2, 6), (20, 2, 8), (21, 2, 9), (22, 2, 10),
       (23, 3, 1), (24, 3, 2), (25, 3, 3), (26, 3, 4), (27, 3, 5)
ON DUPLICATE KEY UPDATE id = id;
