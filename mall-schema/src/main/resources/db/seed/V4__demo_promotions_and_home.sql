-- Demo promotions and home content: coupons with their scopes, a flash sale with slots covering the
-- whole day, home carousel, recommended brands, new arrivals, popular products, subjects and preference
-- areas, return reasons and the company address. Time windows are relative to the day the seed runs
-- (from 30 days before to 10 years after), so they cover "now" on a freshly seeded lab.

-- type 0 given to all / 3 on registration; use_type 0 all, 1 categories, 2 products; count = still to hand out
INSERT INTO sms_coupon (id, type, name, platform, count, amount, per_limit, min_point, start_time, end_time, use_type, note, publish_count, use_count, receive_count, enable_time, code, member_level)
VALUES (1, 0, '全场通用券 满300减30', 0, 9999, 30.00, 3, 300.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 0, '全场通用，不含秒杀商品', 10000, 0, 1, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLALL300', NULL),
       (2, 0, '全场通用券 满1000减100', 0, 5000, 100.00, 2, 1000.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 0, '全场通用', 5000, 0, 0, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLALL1000', NULL),
       (3, 0, '手机品类券 满3000减200', 0, 2000, 200.00, 1, 3000.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, '仅限手机分类商品', 2000, 0, 0, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLPHONE', NULL),
       (4, 0, '服装品类券 满200减20', 0, 5000, 20.00, 2, 200.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, '外套、T恤、裤装可用', 5000, 0, 0, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLCLOTH', NULL),
       (5, 0, '指定商品券 满5000减300', 0, 1000, 300.00, 1, 5000.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 2, '指定数码商品可用', 1000, 0, 0, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLDIGITAL', NULL),
       (6, 0, '无门槛券 10元', 0, 19999, 10.00, 1, 0.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 0, '全场无门槛', 20000, 0, 1, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLFREE10', NULL),
       (7, 3, '新人注册券 满99减15', 0, 100000, 15.00, 1, 99.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 0, '注册即送', 100000, 0, 0, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLNEW', NULL),
       (8, 0, '运动鞋专享券 满800减80', 0, 3000, 80.00, 1, 800.00, DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 2, '指定跑步鞋、篮球鞋可用', 3000, 0, 0, DATE_SUB(CURDATE(), INTERVAL 30 DAY), 'PLSHOES', NULL)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO sms_coupon_product_category_relation (id, coupon_id, product_category_id, product_category_name, parent_category_name)
VALUES (1, 3, 21, '手机', '手机数码'),
       (2, 4, 11, '外套', '服装'),
       (3, 4, 12, 'T恤', '服装'),
       (4, 4, 13, '裤装', '服装')
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO sms_coupon_product_relation (id, coupon_id, product_id, product_name, product_sn)
VALUES (1, 5, 26, '华为 Mate 60 Pro 5G手机', 'PL210026'),
       (2, 5, 27, '华为 Pura 70 Ultra 5G手机', 'PL210027'),
       (3, 5, 31, '苹果 iPhone 15 Pro Max', 'PL210031'),
       (4, 5, 32, '苹果 iPhone 15', 'PL210032'),
       (5, 5, 33, 'OPPO Find X7 Ultra 5G手机', 'PL210033'),
       (6, 5, 35, '三星 Galaxy S24 Ultra 5G手机', 'PL210035'),
       (7, 5, 36, '华为 MatePad Pro 13.2英寸 平板电脑', 'PL220036'),
       (8, 5, 39, '苹果 iPad Pro 11英寸 M4', 'PL220039'),
       (9, 8, 166, '李宁 赤兔6 PRO 男子跑鞋', 'PL710166'),
       (10, 8, 167, '李宁 飞电3 Challenger 竞速跑鞋', 'PL710167'),
       (11, 8, 168, '李宁 超轻21 女子跑步鞋', 'PL710168'),
       (12, 8, 169, '耐克 Pegasus 40 飞马 男子公路跑鞋', 'PL710169'),
       (13, 8, 170, '耐克 Invincible 3 男子跑鞋', 'PL710170'),
       (14, 8, 171, '耐克 Vaporfly 3 竞速跑鞋', 'PL710171')
ON DUPLICATE KEY UPDATE id = id;

-- member test holds two unused coupons; test2 holds none
INSERT INTO sms_coupon_history (id, coupon_id, member_id, coupon_code, member_nickname, get_type, create_time, use_status, use_time, order_id, order_sn)
VALUES (1, 1, 1, 'PLALL300-0001', '测试用户', 1, '2024-01-01 10:05:00', 0, NULL, NULL, NULL),
       (2, 6, 1, 'PLFREE10-0001', '测试用户', 1, '2024-01-01 10:06:00', 0, NULL, NULL, NULL)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO sms_flash_promotion (id, title, start_date, end_date, status, create_time)
VALUES (1, '每日秒杀', DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, '2024-01-01 00:00:00')
ON DUPLICATE KEY UPDATE id = id;

-- slots cover the whole day; where two touch (08:00:00 ...) take the later one
INSERT INTO sms_flash_promotion_session (id, name, start_time, end_time, status, create_time)
VALUES (1, '00:00场', '00:00:00', '08:00:00', 1, '2024-01-01 00:00:00'),
       (2, '08:00场', '08:00:00', '12:00:00', 1, '2024-01-01 00:00:00'),
       (3, '12:00场', '12:00:00', '16:00:00', 1, '2024-01-01 00:00:00'),
       (4, '16:00场', '16:00:00', '20:00:00', 1, '2024-01-01 00:00:00'),
       (5, '20:00场', '20:00:00', '23:59:59', 1, '2024-01-01 00:00:00')
ON DUPLICATE KEY UPDATE id = id;

-- four products in each slot; the price is about 80% of the catalog price
INSERT INTO sms_flash_promotion_product_relation (id, flash_promotion_id, flash_promotion_session_id, product_id, flash_promotion_price, flash_promotion_count, flash_promotion_limit, sort)
VALUES (1, 1, 1, 1, 319.00, 50, 2, 100),
       (2, 1, 2, 5, 399.00, 87, 2, 99),
       (3, 1, 3, 12, 99.00, 124, 2, 98),
       (4, 1, 4, 20, 159.00, 161, 2, 97),
       (5, 1, 5, 25, 139.00, 198, 2, 96),
       (6, 1, 1, 30, 2079.00, 85, 1, 95),
       (7, 1, 2, 34, 3999.00, 122, 1, 94),
       (8, 1, 3, 40, 3839.00, 159, 1, 93),
       (9, 1, 4, 45, 1199.00, 196, 1, 92),
       (10, 1, 5, 50, 959.00, 83, 1, 91),
       (11, 1, 1, 56, 799.00, 120, 2, 90),
       (12, 1, 2, 63, 2799.00, 157, 1, 89),
       (13, 1, 3, 70, 5599.00, 194, 1, 88),
       (14, 1, 4, 76, 2159.00, 81, 1, 87),
       (15, 1, 5, 83, 799.00, 118, 2, 86),
       (16, 1, 1, 90, 399.00, 155, 2, 85),
       (17, 1, 2, 96, 7999.00, 192, 1, 84),
       (18, 1, 3, 104, 1359.00, 79, 1, 83),
       (19, 1, 4, 110, 559.00, 116, 2, 82),
       (20, 1, 5, 118, 7199.00, 153, 1, 81)
ON DUPLICATE KEY UPDATE id = id;

-- type 1 = app carousel, 0 = PC
INSERT INTO sms_home_advertise (id, name, type, pic, start_time, end_time, status, click_count, order_count, url, note, sort)
VALUES (1, '华为 Mate 60 Pro 新品首发', 1, 'https://img.perflab.example/ad/1.jpg', DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, 0, 0, 'https://shop.perflab.example/product/1', NULL, 99),
       (2, '夏季清凉 空调焕新季', 1, 'https://img.perflab.example/ad/2.jpg', DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, 0, 0, 'https://shop.perflab.example/category/32', NULL, 98),
       (3, '运动季 跑鞋低至5折', 1, 'https://img.perflab.example/ad/3.jpg', DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, 0, 0, 'https://shop.perflab.example/category/71', NULL, 97),
       (4, '数码好物 满1000减100', 1, 'https://img.perflab.example/ad/4.jpg', DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, 0, 0, 'https://shop.perflab.example/category/41', NULL, 96),
       (5, 'PC 首页 家电大促', 0, 'https://img.perflab.example/ad/5.jpg', DATE_SUB(CURDATE(), INTERVAL 30 DAY), DATE_ADD(CURDATE(), INTERVAL 10 YEAR), 1, 0, 0, 'https://shop.perflab.example/category/31', NULL, 95)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO sms_home_brand (id, brand_id, brand_name, recommend_status, sort)
VALUES (1, 3, '华为', 1, 100),
       (2, 4, '小米', 1, 99),
       (3, 5, '苹果', 1, 98),
       (4, 7, '格力', 1, 97),
       (5, 8, '方太', 1, 96),
       (6, 10, '李宁', 1, 95),
       (7, 11, '耐克', 1, 94),
       (8, 9, '海澜之家', 1, 93)
ON DUPLICATE KEY UPDATE id = id;

-- products with new_status 1
INSERT INTO sms_home_new_product (id, product_id, product_name, recommend_status, sort)
VALUES (1, 4, '优衣库 男装 摇粒绒拉链茄克', 1, 100),
       (2, 28, '华为 nova 12 Pro 5G手机', 1, 99),
       (3, 52, '苹果 Apple Watch Series 9 GPS 45mm', 1, 98),
       (4, 76, '海尔 精华洗 滚筒洗衣机 直驱变频', 1, 97),
       (5, 100, '华为 MateBook X Pro 2024 笔记本', 1, 96),
       (6, 124, '顾家家居 云朵沙发 模块组合', 1, 95),
       (7, 148, '飞利浦 前后双录 行车记录仪', 1, 94),
       (8, 172, '阿迪达斯 Ultraboost Light 跑步鞋', 1, 93)
ON DUPLICATE KEY UPDATE id = id;

-- products with recommand_status 1
INSERT INTO sms_home_recommend_product (id, product_id, product_name, recommend_status, sort)
VALUES (1, 6, '优衣库 男装 防风防泼水连帽外套', 1, 100),
       (2, 27, '华为 Pura 70 Ultra 5G手机', 1, 99),
       (3, 48, '索尼 WF-1000XM5 真无线降噪耳机', 1, 98),
       (4, 69, '格力 云锦Ⅱ 一级能效 变频冷暖 空调', 1, 97),
       (5, 90, '美的 IH 电饭煲 4L 智能预约', 1, 96),
       (6, 111, '罗技 MX Keys S 无线键盘', 1, 95),
       (7, 132, '林氏家居 榻榻米床 储物', 1, 94),
       (8, 156, '飞利浦 无线 车载吸尘器', 1, 93)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO cms_subject_category (id, name, icon, subject_count, show_status, sort)
VALUES (1, '精选专题', 'https://img.perflab.example/subject/cat1.png', 2, 1, 100),
       (2, '品牌专题', 'https://img.perflab.example/subject/cat2.png', 2, 1, 90)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO cms_subject (id, category_id, title, pic, product_count, recommend_status, create_time, collect_count, read_count, comment_count, album_pics, description, show_status, content, forward_count, category_name)
VALUES (1, 1, '数码焕新季', 'https://img.perflab.example/subject/1.jpg', 6, 1, '2024-02-01 10:00:00', 10, 100, 0, 'https://img.perflab.example/subject/1_1.jpg,https://img.perflab.example/subject/1_2.jpg', '旗舰手机、平板、笔记本，一站焕新', 1, '<p>旗舰手机、平板、笔记本，一站焕新</p><p><img src="https://img.perflab.example/subject/1_content.jpg"/></p>', 0, '精选专题'),
       (2, 1, '清凉一夏 家电节', 'https://img.perflab.example/subject/2.jpg', 6, 1, '2024-02-01 10:00:00', 20, 200, 0, 'https://img.perflab.example/subject/2_1.jpg,https://img.perflab.example/subject/2_2.jpg', '空调、洗衣机、厨房电器省心之选', 1, '<p>空调、洗衣机、厨房电器省心之选</p><p><img src="https://img.perflab.example/subject/2_content.jpg"/></p>', 0, '精选专题'),
       (3, 2, '国潮运动 李宁专场', 'https://img.perflab.example/subject/3.jpg', 6, 1, '2024-02-01 10:00:00', 30, 300, 0, 'https://img.perflab.example/subject/3_1.jpg,https://img.perflab.example/subject/3_2.jpg', '跑鞋、篮球鞋、运动服', 1, '<p>跑鞋、篮球鞋、运动服</p><p><img src="https://img.perflab.example/subject/3_content.jpg"/></p>', 0, '品牌专题'),
       (4, 2, '温馨家居 顾家家居', 'https://img.perflab.example/subject/4.jpg', 5, 1, '2024-02-01 10:00:00', 40, 400, 0, 'https://img.perflab.example/subject/4_1.jpg,https://img.perflab.example/subject/4_2.jpg', '沙发与床，打造理想的家', 1, '<p>沙发与床，打造理想的家</p><p><img src="https://img.perflab.example/subject/4_content.jpg"/></p>', 0, '品牌专题')
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO cms_subject_product_relation (id, subject_id, product_id)
VALUES (1, 1, 26),
       (2, 1, 30),
       (3, 1, 34),
       (4, 1, 38),
       (5, 1, 42),
       (6, 1, 95),
       (7, 2, 68),
       (8, 2, 72),
       (9, 2, 76),
       (10, 2, 80),
       (11, 2, 84),
       (12, 2, 88),
       (13, 3, 7),
       (14, 3, 22),
       (15, 3, 166),
       (16, 3, 168),
       (17, 3, 175),
       (18, 3, 182),
       (19, 4, 118),
       (20, 4, 119),
       (21, 4, 120),
       (22, 4, 124),
       (23, 4, 129)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO sms_home_recommend_subject (id, subject_id, subject_name, recommend_status, sort)
VALUES (1, 1, '数码焕新季', 1, 99),
       (2, 2, '清凉一夏 家电节', 1, 98),
       (3, 3, '国潮运动 李宁专场', 1, 97),
       (4, 4, '温馨家居 顾家家居', 1, 96)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO cms_prefrence_area (id, name, sub_title, pic, sort, show_status)
VALUES (1, '让音质更出众', '音质不打折 完美现场感', 'https://img.perflab.example/prefrence/1.jpg', 99, 1),
       (2, '让智能融入生活', '智能手表 与你同行', 'https://img.perflab.example/prefrence/2.jpg', 98, 1),
       (3, '让办公更高效', '显示器与键鼠 效率翻倍', 'https://img.perflab.example/prefrence/3.jpg', 97, 1)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO cms_prefrence_area_product_relation (id, prefrence_area_id, product_id)
VALUES (1, 1, 44),
       (2, 1, 45),
       (3, 1, 46),
       (4, 1, 47),
       (5, 2, 52),
       (6, 2, 53),
       (7, 2, 54),
       (8, 2, 55),
       (9, 3, 102),
       (10, 3, 105),
       (11, 3, 108),
       (12, 3, 111)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO oms_order_return_reason (id, name, sort, status, create_time)
VALUES (1, '质量问题', 100, 1, '2024-01-01 00:00:00'),
       (2, '尺码不合适', 99, 1, '2024-01-01 00:00:00'),
       (3, '颜色与描述不符', 98, 1, '2024-01-01 00:00:00'),
       (4, '7天无理由退货', 97, 1, '2024-01-01 00:00:00'),
       (5, '价格问题', 96, 1, '2024-01-01 00:00:00'),
       (6, '商家发错货', 95, 1, '2024-01-01 00:00:00'),
       (7, '商品破损', 94, 1, '2024-01-01 00:00:00'),
       (8, '其他', 93, 1, '2024-01-01 00:00:00')
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO oms_company_address (id, address_name, send_status, receive_status, name, phone, province, city, region, detail_address)
VALUES (1, '深圳发货仓', 1, 1, '王仓管', '0755-86000000', '广东省', '深圳市', '宝安区', '福永街道物流园 8 号仓'),
       (2, '上海退货仓', 0, 0, '赵仓管', '021-60000000', '上海市', '上海市', '嘉定区', '安亭镇墨玉路 66 号')
ON DUPLICATE KEY UPDATE id = id;
