-- Demo members: levels, the integration rule, two shoppers with addresses.
-- Every insert names its ids and ignores rows that already exist, so a database seeded another way
-- keeps its rows. The password hashes below are BCrypt (cost 10) of the DEMO password 123456; they
-- are demo data for the local lab only and must never be used for a real account.

INSERT INTO ums_member_level (id, name, growth_point, default_status, free_freight_point, comment_growth_point,
                              priviledge_free_freight, priviledge_sign_in, priviledge_comment, priviledge_promotion,
                              priviledge_member_price, priviledge_birthday, note)
VALUES (1, '普通会员', 0,     1, 199.00, 20, 1, 1, 1, 0, 0, 0, '注册即可获得'),
       (2, '黄金会员', 1000,  0, 99.00,  30, 1, 1, 1, 1, 1, 0, '成长值满 1000'),
       (3, '白金会员', 5000,  0, 49.00,  40, 1, 1, 1, 1, 1, 1, '成长值满 5000'),
       (4, '钻石会员', 15000, 0, 0.00,   50, 1, 1, 1, 1, 1, 1, '成长值满 15000，全场包邮')
ON DUPLICATE KEY UPDATE id = id;

-- 100 points are worth 1 yuan, spent in multiples of 100, at most 50% of an order, combinable with coupons.
INSERT INTO ums_integration_consume_setting (id, deduction_per_amount, max_percent_per_order, use_unit, coupon_status)
VALUES (1, 100, 50, 100, 1)
ON DUPLICATE KEY UPDATE id = id;

-- test / 123456 and test2 / 123456 (demo only).
INSERT INTO ums_member (id, member_level_id, username, password, nickname, phone, status, create_time, icon, gender,
                        birthday, city, job, personalized_signature, source_type, integration, growth, luckey_count,
                        history_integration)
VALUES (1, 1, 'test',  '$2a$10$k.O1438jouA3pLxsAMS3uumz9ixWFPNAsyZqM93./AwRxwfnhj2t6', '测试用户', '18000000000', 1,
        '2024-01-01 10:00:00', 'https://img.perflab.example/member/1.png', 1, '1990-05-20', '深圳', '软件工程师',
        '买买买', 1, 5000, 500, 3, 5000),
       (2, 1, 'test2', '$2a$10$lDus3Pj0EbTZkdt3GIG5.OpflrUxSk9.0zbHOFokhfSl12T0wotKu', '测试用户2', '18000000001', 1,
        '2024-01-02 10:00:00', 'https://img.perflab.example/member/2.png', 2, '1992-08-08', '上海', '设计师',
        NULL, 1, 1000, 100, 0, 1000)
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_member_receive_address (id, member_id, name, phone_number, default_status, post_code, province, city,
                                        region, detail_address)
VALUES (1, 1, '张三', '18000000000', 1, '518000', '广东省', '深圳市', '南山区', '科技园科苑路 15 号 A 座 1201'),
       (2, 1, '张三', '18000000000', 0, '100080', '北京市', '北京市', '海淀区', '中关村大街 27 号 805 室'),
       (3, 2, '李四', '18000000001', 1, '200120', '上海市', '上海市', '浦东新区', '世纪大道 100 号 3 楼')
ON DUPLICATE KEY UPDATE id = id;

INSERT INTO ums_integration_change_history (id, member_id, create_time, change_type, change_count, operate_man,
                                            operate_note, source_type)
VALUES (1, 1, '2024-01-01 10:00:00', 0, 5000, 'admin', '新用户体验积分', 1),
       (2, 2, '2024-01-02 10:00:00', 0, 1000, 'admin', '新用户体验积分', 1)
ON DUPLICATE KEY UPDATE id = id;
