-- mall-search's index management (importAll, create, delete) as a back-office resource of its own.
-- A resource whose url starts with /mall-<service>/ belongs to that service (mall-common's AccessGrant);
-- the other resources (V5) are mall-admin's paths. Granted to the super admin role only: the order clerk
-- and the product role do not rebuild the index. Rows are found by url and name rather than fixed ids,
-- because a lab database may already hold resources an admin created with the next ids.

INSERT INTO ums_resource_category (create_time, name, sort)
SELECT '2024-01-01 09:00:00', '搜索模块', 0 FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM ums_resource_category WHERE name = '搜索模块');

INSERT INTO ums_resource (create_time, name, url, description, category_id)
SELECT '2024-01-01 09:00:00', '搜索索引管理', '/mall-search/esProduct/**',
       '商品索引的全量导入、单个同步和删除（mall-search）',
       (SELECT MIN(id) FROM ums_resource_category WHERE name = '搜索模块')
FROM DUAL
WHERE NOT EXISTS (SELECT 1 FROM ums_resource WHERE url = '/mall-search/esProduct/**');

INSERT INTO ums_role_resource_relation (role_id, resource_id)
SELECT r.id, res.id FROM ums_role r JOIN ums_resource res ON res.url = '/mall-search/esProduct/**'
WHERE r.name = '超级管理员'
  AND NOT EXISTS (SELECT 1 FROM ums_role_resource_relation rr WHERE rr.role_id = r.id AND rr.resource_id = res.id);
