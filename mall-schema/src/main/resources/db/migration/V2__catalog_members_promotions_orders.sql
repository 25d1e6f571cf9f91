-- Catalog (pms_), members and admins (ums_), promotions and home content (sms_), content (cms_) and
-- orders and carts (oms_). Table families and column names follow the course system so that its habits
-- carry over; the DDL is our own. Runs unchanged on MySQL 8.0.16+ and MariaDB 10.11 (both enforce CHECK).
--
-- Conventions
--   * ids are BIGINT AUTO_INCREMENT; no foreign keys (services keep references consistent, bulk loads
--     stay fast), but every reference that services look up by has an index.
--   * money is DECIMAL(10,2), times are DATETIME (local time of the server), flags are INT 0/1.
--   * "*_status" flags: 0 = no/off, 1 = yes/on, unless the column comment says otherwise.
--   * JSON-shaped values (sku sp_data, product_attr) are stored as text.

-- ---------------------------------------------------------------------------------------------------
-- pms_: catalog
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE pms_brand (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    name                  VARCHAR(64)  NOT NULL,
    first_letter          VARCHAR(8)            DEFAULT NULL COMMENT 'initial for the A-Z brand index',
    sort                  INT          NOT NULL DEFAULT 0 COMMENT 'higher first',
    factory_status        INT          NOT NULL DEFAULT 0 COMMENT '1 = brand manufacturer',
    show_status           INT          NOT NULL DEFAULT 0 COMMENT '1 = shown in the shop',
    product_count         INT          NOT NULL DEFAULT 0,
    product_comment_count INT          NOT NULL DEFAULT 0,
    logo                  VARCHAR(255)          DEFAULT NULL,
    big_pic               VARCHAR(255)          DEFAULT NULL COMMENT 'banner of the brand page',
    brand_story           TEXT,
    PRIMARY KEY (id),
    KEY idx_brand_show_sort (show_status, sort),
    KEY idx_brand_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'product brands';

CREATE TABLE pms_product_category (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id     BIGINT       NOT NULL DEFAULT 0 COMMENT '0 = top level',
    name          VARCHAR(64)  NOT NULL,
    level         INT          NOT NULL DEFAULT 0 COMMENT '0 = top level, 1 = second level (products hang here)',
    product_count INT          NOT NULL DEFAULT 0,
    product_unit  VARCHAR(64)           DEFAULT NULL,
    nav_status    INT          NOT NULL DEFAULT 0 COMMENT '1 = shown in the navigation bar',
    show_status   INT          NOT NULL DEFAULT 0 COMMENT '1 = shown in the shop',
    sort          INT          NOT NULL DEFAULT 0 COMMENT 'higher first',
    icon          VARCHAR(255)          DEFAULT NULL,
    keywords      VARCHAR(255)          DEFAULT NULL,
    description   TEXT,
    PRIMARY KEY (id),
    KEY idx_category_parent (parent_id, sort)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'product categories, two levels';

CREATE TABLE pms_feight_template (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    name            VARCHAR(64)   NOT NULL,
    charge_type     INT           NOT NULL DEFAULT 0 COMMENT '0 = by weight, 1 = by piece',
    first_weight    DECIMAL(10,2)          DEFAULT NULL COMMENT 'kg',
    first_fee       DECIMAL(10,2)          DEFAULT NULL,
    continue_weight DECIMAL(10,2)          DEFAULT NULL,
    continue_fee    DECIMAL(10,2)          DEFAULT NULL,
    dest            VARCHAR(255)           DEFAULT NULL COMMENT 'destination provinces',
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'freight templates';

CREATE TABLE pms_product_attribute_category (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    name            VARCHAR(64) NOT NULL,
    attribute_count INT         NOT NULL DEFAULT 0 COMMENT 'number of spec attributes (type 0)',
    param_count     INT         NOT NULL DEFAULT 0 COMMENT 'number of param attributes (type 1)',
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'product types: groups of attributes';

CREATE TABLE pms_product_attribute (
    id                            BIGINT       NOT NULL AUTO_INCREMENT,
    product_attribute_category_id BIGINT       NOT NULL,
    name                          VARCHAR(64)  NOT NULL,
    select_type                   INT          NOT NULL DEFAULT 0 COMMENT '0 = single, 1 = one of a list, 2 = several of a list',
    input_type                    INT          NOT NULL DEFAULT 0 COMMENT '0 = typed in, 1 = picked from input_list',
    input_list                    VARCHAR(255)          DEFAULT NULL COMMENT 'comma separated choices',
    sort                          INT          NOT NULL DEFAULT 0,
    filter_type                   INT          NOT NULL DEFAULT 0 COMMENT '0 = normal, 1 = colour',
    search_type                   INT          NOT NULL DEFAULT 0 COMMENT '0 = not searchable, 1 = keyword, 2 = range',
    related_status                INT          NOT NULL DEFAULT 0 COMMENT '1 = products with the same value are related',
    hand_add_status               INT          NOT NULL DEFAULT 0 COMMENT '1 = values may be added by hand',
    type                          INT          NOT NULL DEFAULT 0 COMMENT '0 = spec (makes SKUs), 1 = param',
    PRIMARY KEY (id),
    KEY idx_attribute_category_type (product_attribute_category_id, type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'product attributes: specs and params';

CREATE TABLE pms_product (
    id                            BIGINT        NOT NULL AUTO_INCREMENT,
    brand_id                      BIGINT                 DEFAULT NULL,
    product_category_id           BIGINT                 DEFAULT NULL COMMENT 'a level-1 category',
    feight_template_id            BIGINT                 DEFAULT NULL,
    product_attribute_category_id BIGINT                 DEFAULT NULL,
    name                          VARCHAR(200)  NOT NULL,
    pic                           VARCHAR(255)           DEFAULT NULL,
    product_sn                    VARCHAR(64)   NOT NULL COMMENT 'article number',
    delete_status                 INT           NOT NULL DEFAULT 0 COMMENT '1 = deleted',
    publish_status                INT           NOT NULL DEFAULT 0 COMMENT '1 = on sale',
    new_status                    INT           NOT NULL DEFAULT 0 COMMENT '1 = new arrival',
    recommand_status              INT           NOT NULL DEFAULT 0 COMMENT '1 = recommended',
    verify_status                 INT           NOT NULL DEFAULT 0 COMMENT '1 = verified',
    sort                          INT           NOT NULL DEFAULT 0,
    sale                          INT           NOT NULL DEFAULT 0 COMMENT 'units sold',
    price                         DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    promotion_price               DECIMAL(10,2)          DEFAULT NULL,
    gift_growth                   INT           NOT NULL DEFAULT 0,
    gift_point                    INT           NOT NULL DEFAULT 0,
    use_point_limit               INT                    DEFAULT NULL COMMENT 'max integration points per order',
    sub_title                     VARCHAR(255)           DEFAULT NULL,
    description                   TEXT,
    original_price                DECIMAL(10,2)          DEFAULT NULL,
    stock                         INT           NOT NULL DEFAULT 0 COMMENT 'sum of the SKU stock, informative',
    low_stock                     INT                    DEFAULT NULL,
    unit                          VARCHAR(16)            DEFAULT NULL,
    weight                        DECIMAL(10,2)          DEFAULT NULL COMMENT 'grams',
    preview_status                INT           NOT NULL DEFAULT 0,
    service_ids                   VARCHAR(64)            DEFAULT NULL COMMENT 'comma separated: 1 no-reason return, 2 fast refund, 3 free shipping',
    keywords                      VARCHAR(255)           DEFAULT NULL,
    note                          VARCHAR(255)           DEFAULT NULL,
    album_pics                    VARCHAR(1000)          DEFAULT NULL COMMENT 'comma separated picture URLs',
    detail_title                  VARCHAR(255)           DEFAULT NULL,
    detail_desc                   TEXT,
    detail_html                   TEXT,
    detail_mobile_html            TEXT,
    promotion_start_time          DATETIME               DEFAULT NULL,
    promotion_end_time            DATETIME               DEFAULT NULL,
    promotion_per_limit           INT                    DEFAULT NULL,
    promotion_type                INT           NOT NULL DEFAULT 0 COMMENT '0 none, 1 promotion price, 2 member price, 3 ladder, 4 full reduction, 5 flash',
    brand_name                    VARCHAR(64)            DEFAULT NULL,
    product_category_name         VARCHAR(64)            DEFAULT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_product_sn (product_sn),
    KEY idx_product_category (product_category_id, publish_status, delete_status),
    KEY idx_product_brand (brand_id, publish_status, delete_status),
    KEY idx_product_publish (publish_status, delete_status, sort),
    KEY idx_product_attribute_category (product_attribute_category_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'products (SPU)';

CREATE TABLE pms_sku_stock (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    product_id      BIGINT        NOT NULL,
    sku_code        VARCHAR(64)   NOT NULL,
    price           DECIMAL(10,2) NOT NULL,
    stock           INT           NOT NULL DEFAULT 0 COMMENT 'units in the warehouse, including locked ones',
    low_stock       INT                    DEFAULT NULL COMMENT 'warning threshold',
    pic             VARCHAR(255)           DEFAULT NULL,
    sale            INT           NOT NULL DEFAULT 0,
    promotion_price DECIMAL(10,2)          DEFAULT NULL,
    lock_stock      INT           NOT NULL DEFAULT 0 COMMENT 'units held by unpaid orders; available = stock - lock_stock',
    sp_data         VARCHAR(500)           DEFAULT NULL COMMENT 'JSON: [{"key":"颜色","value":"黑色"},...]',
    PRIMARY KEY (id),
    UNIQUE KEY uk_sku_code (sku_code),
    KEY idx_sku_product (product_id),
    CONSTRAINT ck_sku_stock_lock CHECK (lock_stock >= 0 AND lock_stock <= stock)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'SKUs with stock; invariant 0 <= lock_stock <= stock';

CREATE TABLE pms_product_attribute_value (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    product_id           BIGINT       NOT NULL,
    product_attribute_id BIGINT       NOT NULL,
    value                VARCHAR(255)          DEFAULT NULL COMMENT 'params: the value; specs: the used choices, comma separated',
    PRIMARY KEY (id),
    KEY idx_attribute_value_product (product_id),
    KEY idx_attribute_value_attribute (product_attribute_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'attribute values of a product';

CREATE TABLE pms_product_category_attribute_relation (
    id                   BIGINT NOT NULL AUTO_INCREMENT,
    product_category_id  BIGINT NOT NULL,
    product_attribute_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY idx_category_attribute_category (product_category_id),
    KEY idx_category_attribute_attribute (product_attribute_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'attributes used to filter a category';

CREATE TABLE pms_album (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(64)  NOT NULL,
    cover_pic   VARCHAR(255)          DEFAULT NULL,
    pic_count   INT          NOT NULL DEFAULT 0,
    sort        INT          NOT NULL DEFAULT 0,
    description VARCHAR(1000)         DEFAULT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'picture albums';

CREATE TABLE pms_album_pic (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    album_id BIGINT       NOT NULL,
    pic      VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_album_pic_album (album_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'pictures of an album';

CREATE TABLE pms_member_price (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    product_id        BIGINT        NOT NULL,
    member_level_id   BIGINT        NOT NULL,
    member_price      DECIMAL(10,2) NOT NULL,
    member_level_name VARCHAR(64)            DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_member_price_product (product_id, member_level_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'member prices of a product (promotion_type 2)';

CREATE TABLE pms_product_ladder (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    product_id BIGINT        NOT NULL,
    count      INT           NOT NULL COMMENT 'from this many units of the product',
    discount   DECIMAL(10,2) NOT NULL COMMENT 'multiplier, 0.80 = 20% off',
    price      DECIMAL(10,2)          DEFAULT NULL COMMENT 'price after the discount, informative',
    PRIMARY KEY (id),
    KEY idx_ladder_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'quantity discounts (promotion_type 3)';

CREATE TABLE pms_product_full_reduction (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    product_id   BIGINT        NOT NULL,
    full_price   DECIMAL(10,2) NOT NULL COMMENT 'from this amount of the product',
    reduce_price DECIMAL(10,2) NOT NULL COMMENT 'this much off',
    PRIMARY KEY (id),
    KEY idx_full_reduction_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'amount reductions (promotion_type 4)';

CREATE TABLE pms_comment (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    product_id        BIGINT       NOT NULL,
    member_nick_name  VARCHAR(64)           DEFAULT NULL,
    product_name      VARCHAR(200)          DEFAULT NULL,
    star              INT          NOT NULL DEFAULT 5 COMMENT '1..5',
    member_ip         VARCHAR(64)           DEFAULT NULL,
    create_time       DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    show_status       INT          NOT NULL DEFAULT 1,
    product_attribute VARCHAR(255)          DEFAULT NULL COMMENT 'the SKU bought, e.g. 颜色:黑色;容量:256GB',
    collect_count     INT          NOT NULL DEFAULT 0,
    read_count        INT          NOT NULL DEFAULT 0,
    content           TEXT,
    pics              VARCHAR(1000)         DEFAULT NULL COMMENT 'comma separated',
    member_icon       VARCHAR(255)          DEFAULT NULL,
    replay_count      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_comment_product (product_id, show_status, create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'product reviews';

-- ---------------------------------------------------------------------------------------------------
-- ums_: members
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE ums_member_level (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    name                    VARCHAR(64)  NOT NULL,
    growth_point            INT          NOT NULL DEFAULT 0 COMMENT 'growth needed to reach the level',
    default_status          INT          NOT NULL DEFAULT 0 COMMENT '1 = level of new members',
    free_freight_point      DECIMAL(10,2)         DEFAULT NULL COMMENT 'free shipping from this order amount',
    comment_growth_point    INT          NOT NULL DEFAULT 0 COMMENT 'growth per review',
    priviledge_free_freight INT          NOT NULL DEFAULT 0,
    priviledge_sign_in      INT          NOT NULL DEFAULT 0,
    priviledge_comment      INT          NOT NULL DEFAULT 0,
    priviledge_promotion    INT          NOT NULL DEFAULT 0,
    priviledge_member_price INT          NOT NULL DEFAULT 0,
    priviledge_birthday     INT          NOT NULL DEFAULT 0,
    note                    VARCHAR(200)          DEFAULT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'member levels';

CREATE TABLE ums_member (
    id                     BIGINT       NOT NULL AUTO_INCREMENT,
    member_level_id        BIGINT                DEFAULT NULL,
    username               VARCHAR(64)  NOT NULL,
    password               VARCHAR(100) NOT NULL COMMENT 'BCrypt hash, never returned by any API',
    nickname               VARCHAR(64)           DEFAULT NULL,
    phone                  VARCHAR(32)           DEFAULT NULL,
    status                 INT          NOT NULL DEFAULT 1 COMMENT '1 = enabled, 0 = disabled',
    create_time            DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    icon                   VARCHAR(255)          DEFAULT NULL,
    gender                 INT          NOT NULL DEFAULT 0 COMMENT '0 unknown, 1 male, 2 female',
    birthday               DATE                  DEFAULT NULL,
    city                   VARCHAR(64)           DEFAULT NULL,
    job                    VARCHAR(100)          DEFAULT NULL,
    personalized_signature VARCHAR(200)          DEFAULT NULL,
    source_type            INT          NOT NULL DEFAULT 0 COMMENT '0 PC, 1 app, 2 mini program',
    integration            INT          NOT NULL DEFAULT 0 COMMENT 'points the member can spend',
    growth                 INT          NOT NULL DEFAULT 0,
    luckey_count           INT          NOT NULL DEFAULT 0 COMMENT 'remaining lottery draws',
    history_integration    INT          NOT NULL DEFAULT 0 COMMENT 'points ever earned',
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_username (username),
    UNIQUE KEY uk_member_phone (phone),
    KEY idx_member_level (member_level_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'shop members';

CREATE TABLE ums_member_receive_address (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    member_id      BIGINT       NOT NULL,
    name           VARCHAR(64)  NOT NULL COMMENT 'receiver name',
    phone_number   VARCHAR(32)  NOT NULL,
    default_status INT          NOT NULL DEFAULT 0 COMMENT '1 = default address of the member',
    post_code      VARCHAR(16)           DEFAULT NULL,
    province       VARCHAR(64)           DEFAULT NULL,
    city           VARCHAR(64)           DEFAULT NULL,
    region         VARCHAR(64)           DEFAULT NULL,
    detail_address VARCHAR(200)          DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_address_member (member_id, default_status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'receive addresses of members';

CREATE TABLE ums_integration_change_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NOT NULL,
    create_time  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    change_type  INT          NOT NULL COMMENT '0 = added, 1 = spent',
    change_count INT          NOT NULL,
    operate_man  VARCHAR(64)           DEFAULT NULL,
    operate_note VARCHAR(200)          DEFAULT NULL,
    source_type  INT          NOT NULL DEFAULT 0 COMMENT '0 shopping, 1 admin, 2 order cancelled',
    PRIMARY KEY (id),
    KEY idx_integration_history_member (member_id, create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'integration point changes';

CREATE TABLE ums_growth_change_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    member_id    BIGINT       NOT NULL,
    create_time  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    change_type  INT          NOT NULL COMMENT '0 = added, 1 = reduced',
    change_count INT          NOT NULL,
    operate_man  VARCHAR(64)           DEFAULT NULL,
    operate_note VARCHAR(200)          DEFAULT NULL,
    source_type  INT          NOT NULL DEFAULT 0 COMMENT '0 shopping, 1 admin',
    PRIMARY KEY (id),
    KEY idx_growth_history_member (member_id, create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'growth point changes';

CREATE TABLE ums_member_login_log (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    member_id   BIGINT      NOT NULL,
    create_time DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ip          VARCHAR(64)          DEFAULT NULL,
    city        VARCHAR(64)          DEFAULT NULL,
    login_type  INT         NOT NULL DEFAULT 0 COMMENT '0 PC, 1 android, 2 ios, 3 mini program',
    province    VARCHAR(64)          DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_login_log_member (member_id, create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'member logins';

CREATE TABLE ums_integration_consume_setting (
    id                    BIGINT NOT NULL AUTO_INCREMENT,
    deduction_per_amount  INT    NOT NULL COMMENT 'points worth 1 yuan',
    max_percent_per_order INT    NOT NULL COMMENT 'points may pay at most this percent of an order',
    use_unit              INT    NOT NULL COMMENT 'points are spent in multiples of this',
    coupon_status         INT    NOT NULL DEFAULT 1 COMMENT '1 = points may be combined with a coupon',
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'rules for paying with integration points';

-- ---------------------------------------------------------------------------------------------------
-- ums_: back-office users and permissions
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE ums_admin (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    username    VARCHAR(64)  NOT NULL,
    password    VARCHAR(100) NOT NULL COMMENT 'BCrypt hash',
    icon        VARCHAR(255)          DEFAULT NULL,
    email       VARCHAR(100)          DEFAULT NULL,
    nick_name   VARCHAR(64)           DEFAULT NULL,
    note        VARCHAR(500)          DEFAULT NULL,
    create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    login_time  DATETIME              DEFAULT NULL,
    status      INT          NOT NULL DEFAULT 1 COMMENT '1 = enabled, 0 = disabled',
    PRIMARY KEY (id),
    UNIQUE KEY uk_admin_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'back-office users';

CREATE TABLE ums_admin_login_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    admin_id    BIGINT       NOT NULL,
    create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ip          VARCHAR(64)           DEFAULT NULL,
    address     VARCHAR(100)          DEFAULT NULL,
    user_agent  VARCHAR(255)          DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_admin_login_log_admin (admin_id, create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'back-office logins';

CREATE TABLE ums_role (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    description VARCHAR(500)          DEFAULT NULL,
    admin_count INT          NOT NULL DEFAULT 0,
    create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    status      INT          NOT NULL DEFAULT 1 COMMENT '1 = enabled',
    sort        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'back-office roles';

CREATE TABLE ums_menu (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    parent_id   BIGINT       NOT NULL DEFAULT 0 COMMENT '0 = top level',
    create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    title       VARCHAR(100) NOT NULL COMMENT 'shown text',
    level       INT          NOT NULL DEFAULT 0 COMMENT '0 = top level, 1 = second level',
    sort        INT          NOT NULL DEFAULT 0,
    name        VARCHAR(100) NOT NULL COMMENT 'front-end route name',
    icon        VARCHAR(200)          DEFAULT NULL,
    hidden      INT          NOT NULL DEFAULT 0 COMMENT '1 = hidden in the menu bar',
    PRIMARY KEY (id),
    KEY idx_menu_parent (parent_id, sort)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'back-office menus';

CREATE TABLE ums_resource_category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    name        VARCHAR(200) NOT NULL,
    sort        INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'groups of back-office API resources';

CREATE TABLE ums_resource (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    name        VARCHAR(200) NOT NULL,
    url         VARCHAR(200) NOT NULL COMMENT 'Ant path of the admin API, e.g. /order/**',
    description VARCHAR(500)          DEFAULT NULL,
    category_id BIGINT                DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_resource_category (category_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'back-office API resources a role may call';

CREATE TABLE ums_admin_role_relation (
    id       BIGINT NOT NULL AUTO_INCREMENT,
    admin_id BIGINT NOT NULL,
    role_id  BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_admin_role (admin_id, role_id),
    KEY idx_admin_role_role (role_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'roles of an admin';

CREATE TABLE ums_role_menu_relation (
    id      BIGINT NOT NULL AUTO_INCREMENT,
    role_id BIGINT NOT NULL,
    menu_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_role_menu (role_id, menu_id),
    KEY idx_role_menu_menu (menu_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'menus of a role';

CREATE TABLE ums_role_resource_relation (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    role_id     BIGINT NOT NULL,
    resource_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_role_resource (role_id, resource_id),
    KEY idx_role_resource_resource (resource_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'resources of a role';

-- ---------------------------------------------------------------------------------------------------
-- sms_: coupons, flash sales, home-page content
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE sms_coupon (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    type           INT           NOT NULL DEFAULT 0 COMMENT '0 given to all, 1 given to members, 2 given on purchase, 3 given on registration',
    name           VARCHAR(100)  NOT NULL,
    platform       INT           NOT NULL DEFAULT 0 COMMENT '0 all, 1 app, 2 PC',
    count          INT           NOT NULL DEFAULT 0 COMMENT 'coupons left to hand out',
    amount         DECIMAL(10,2) NOT NULL COMMENT 'value of the coupon',
    per_limit      INT           NOT NULL DEFAULT 1 COMMENT 'coupons one member may receive',
    min_point      DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'minimum amount of the matching items, 0 = no threshold',
    start_time     DATETIME               DEFAULT NULL,
    end_time       DATETIME               DEFAULT NULL,
    use_type       INT           NOT NULL DEFAULT 0 COMMENT '0 all products, 1 listed categories, 2 listed products',
    note           VARCHAR(200)           DEFAULT NULL,
    publish_count  INT           NOT NULL DEFAULT 0 COMMENT 'coupons issued in total',
    use_count      INT           NOT NULL DEFAULT 0,
    receive_count  INT           NOT NULL DEFAULT 0,
    enable_time    DATETIME               DEFAULT NULL COMMENT 'members may receive it from this time',
    code           VARCHAR(64)            DEFAULT NULL,
    member_level   INT                    DEFAULT NULL COMMENT 'member level that may receive it, NULL = any',
    PRIMARY KEY (id),
    KEY idx_coupon_time (end_time, start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'coupons';

CREATE TABLE sms_coupon_product_relation (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    coupon_id    BIGINT       NOT NULL,
    product_id   BIGINT       NOT NULL,
    product_name VARCHAR(200)          DEFAULT NULL,
    product_sn   VARCHAR(64)           DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_coupon_product_coupon (coupon_id),
    KEY idx_coupon_product_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'products a use_type 2 coupon applies to';

CREATE TABLE sms_coupon_product_category_relation (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    coupon_id             BIGINT      NOT NULL,
    product_category_id   BIGINT      NOT NULL,
    product_category_name VARCHAR(64)          DEFAULT NULL,
    parent_category_name  VARCHAR(64)          DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_coupon_category_coupon (coupon_id),
    KEY idx_coupon_category_category (product_category_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'level-1 categories a use_type 1 coupon applies to';

CREATE TABLE sms_coupon_history (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    coupon_id       BIGINT      NOT NULL,
    member_id       BIGINT      NOT NULL,
    coupon_code     VARCHAR(64)          DEFAULT NULL,
    member_nickname VARCHAR(64)          DEFAULT NULL,
    get_type        INT         NOT NULL DEFAULT 1 COMMENT '0 given by the back office, 1 received by the member',
    create_time     DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    use_status      INT         NOT NULL DEFAULT 0 COMMENT '0 unused, 1 used, 2 expired',
    use_time        DATETIME             DEFAULT NULL,
    order_id        BIGINT               DEFAULT NULL,
    order_sn        VARCHAR(64)          DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_coupon_history_member (member_id, use_status),
    KEY idx_coupon_history_coupon (coupon_id, member_id),
    KEY idx_coupon_history_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'coupons received by members';

CREATE TABLE sms_flash_promotion (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    title       VARCHAR(200) NOT NULL,
    start_date  DATE                  DEFAULT NULL,
    end_date    DATE                  DEFAULT NULL,
    status      INT          NOT NULL DEFAULT 0 COMMENT '1 = online',
    create_time DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    KEY idx_flash_dates (status, start_date, end_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'flash-sale campaigns (date range)';

CREATE TABLE sms_flash_promotion_session (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    name        VARCHAR(64) NOT NULL,
    start_time  TIME                 DEFAULT NULL,
    end_time    TIME                 DEFAULT NULL,
    status      INT         NOT NULL DEFAULT 0 COMMENT '1 = enabled',
    create_time DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    KEY idx_flash_session_time (status, start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'daily flash-sale time slots';

CREATE TABLE sms_flash_promotion_product_relation (
    id                         BIGINT        NOT NULL AUTO_INCREMENT,
    flash_promotion_id         BIGINT        NOT NULL,
    flash_promotion_session_id BIGINT        NOT NULL,
    product_id                 BIGINT        NOT NULL,
    flash_promotion_price      DECIMAL(10,2) NOT NULL,
    flash_promotion_count      INT           NOT NULL DEFAULT 0 COMMENT 'units on offer',
    flash_promotion_limit      INT           NOT NULL DEFAULT 1 COMMENT 'units per member',
    sort                       INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_flash_relation_session (flash_promotion_id, flash_promotion_session_id, sort),
    KEY idx_flash_relation_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'products of a flash-sale slot';

CREATE TABLE sms_flash_promotion_log (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    member_id      BIGINT       NOT NULL,
    product_id     BIGINT       NOT NULL,
    member_phone   VARCHAR(32)           DEFAULT NULL,
    product_name   VARCHAR(200)          DEFAULT NULL,
    subscribe_time DATETIME              DEFAULT NULL,
    send_time      DATETIME              DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_flash_log_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'flash-sale start reminders';

CREATE TABLE sms_home_advertise (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    type        INT          NOT NULL DEFAULT 1 COMMENT '0 PC, 1 app',
    pic         VARCHAR(500)          DEFAULT NULL,
    start_time  DATETIME              DEFAULT NULL,
    end_time    DATETIME              DEFAULT NULL,
    status      INT          NOT NULL DEFAULT 0 COMMENT '1 = online',
    click_count INT          NOT NULL DEFAULT 0,
    order_count INT          NOT NULL DEFAULT 0,
    url         VARCHAR(500)          DEFAULT NULL,
    note        VARCHAR(500)          DEFAULT NULL,
    sort        INT          NOT NULL DEFAULT 0 COMMENT 'higher first',
    PRIMARY KEY (id),
    KEY idx_advertise_type_status (type, status, sort)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'home-page carousel';

CREATE TABLE sms_home_brand (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    brand_id         BIGINT      NOT NULL,
    brand_name       VARCHAR(64)          DEFAULT NULL,
    recommend_status INT         NOT NULL DEFAULT 0 COMMENT '1 = shown',
    sort             INT         NOT NULL DEFAULT 0 COMMENT 'higher first',
    PRIMARY KEY (id),
    KEY idx_home_brand_status (recommend_status, sort),
    KEY idx_home_brand_brand (brand_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'home page: recommended brands';

CREATE TABLE sms_home_new_product (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    product_id       BIGINT       NOT NULL,
    product_name     VARCHAR(200)          DEFAULT NULL,
    recommend_status INT          NOT NULL DEFAULT 0 COMMENT '1 = shown',
    sort             INT          NOT NULL DEFAULT 0 COMMENT 'higher first',
    PRIMARY KEY (id),
    KEY idx_home_new_status (recommend_status, sort),
    KEY idx_home_new_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'home page: new arrivals';

CREATE TABLE sms_home_recommend_product (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    product_id       BIGINT       NOT NULL,
    product_name     VARCHAR(200)          DEFAULT NULL,
    recommend_status INT          NOT NULL DEFAULT 0 COMMENT '1 = shown',
    sort             INT          NOT NULL DEFAULT 0 COMMENT 'higher first',
    PRIMARY KEY (id),
    KEY idx_home_recommend_status (recommend_status, sort),
    KEY idx_home_recommend_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'home page: popular products';

CREATE TABLE sms_home_recommend_subject (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    subject_id       BIGINT       NOT NULL,
    subject_name     VARCHAR(200)          DEFAULT NULL,
    recommend_status INT          NOT NULL DEFAULT 0 COMMENT '1 = shown',
    sort             INT          NOT NULL DEFAULT 0 COMMENT 'higher first',
    PRIMARY KEY (id),
    KEY idx_home_subject_status (recommend_status, sort),
    KEY idx_home_subject_subject (subject_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'home page: recommended subjects';

-- ---------------------------------------------------------------------------------------------------
-- cms_: subjects (themed product lists) and preference areas
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE cms_subject_category (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(100) NOT NULL,
    icon          VARCHAR(500)          DEFAULT NULL,
    subject_count INT          NOT NULL DEFAULT 0,
    show_status   INT          NOT NULL DEFAULT 1,
    sort          INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'subject categories';

CREATE TABLE cms_subject (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    category_id      BIGINT                 DEFAULT NULL,
    title            VARCHAR(100)  NOT NULL,
    pic              VARCHAR(500)           DEFAULT NULL,
    product_count    INT           NOT NULL DEFAULT 0,
    recommend_status INT           NOT NULL DEFAULT 0,
    create_time      DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    collect_count    INT           NOT NULL DEFAULT 0,
    read_count       INT           NOT NULL DEFAULT 0,
    comment_count    INT           NOT NULL DEFAULT 0,
    album_pics       VARCHAR(1000)          DEFAULT NULL COMMENT 'comma separated',
    description      VARCHAR(1000)          DEFAULT NULL,
    show_status      INT           NOT NULL DEFAULT 0 COMMENT '1 = shown',
    content          TEXT,
    forward_count    INT           NOT NULL DEFAULT 0,
    category_name    VARCHAR(100)           DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_subject_category (category_id, show_status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'subjects: themed product lists';

CREATE TABLE cms_subject_product_relation (
    id         BIGINT NOT NULL AUTO_INCREMENT,
    subject_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY idx_subject_product_subject (subject_id),
    KEY idx_subject_product_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'products of a subject';

CREATE TABLE cms_prefrence_area (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(255) NOT NULL,
    sub_title   VARCHAR(255)          DEFAULT NULL,
    pic         VARCHAR(500)          DEFAULT NULL,
    sort        INT          NOT NULL DEFAULT 0,
    show_status INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'preference areas (curated shelves)';

CREATE TABLE cms_prefrence_area_product_relation (
    id                BIGINT NOT NULL AUTO_INCREMENT,
    prefrence_area_id BIGINT NOT NULL,
    product_id        BIGINT NOT NULL,
    PRIMARY KEY (id),
    KEY idx_prefrence_product_area (prefrence_area_id),
    KEY idx_prefrence_product_product (product_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'products of a preference area';

-- ---------------------------------------------------------------------------------------------------
-- oms_: orders, returns, carts (oms_order_setting is in V1)
-- ---------------------------------------------------------------------------------------------------

CREATE TABLE oms_order (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    member_id               BIGINT        NOT NULL,
    coupon_id               BIGINT                 DEFAULT NULL COMMENT 'sms_coupon used, if any',
    order_sn                VARCHAR(64)   NOT NULL,
    create_time             DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    member_username         VARCHAR(64)            DEFAULT NULL,
    total_amount            DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'sum of item prices x quantities',
    pay_amount              DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'to pay: total + freight - promotion - coupon - integration - discount',
    freight_amount          DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    promotion_amount        DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    integration_amount      DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'value of the points used',
    coupon_amount           DECIMAL(10,2) NOT NULL DEFAULT 0.00,
    discount_amount         DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'set by the back office',
    pay_type                INT           NOT NULL DEFAULT 0 COMMENT '0 not paid, 1 alipay, 2 wechat',
    source_type             INT           NOT NULL DEFAULT 0 COMMENT '0 PC, 1 app',
    status                  INT           NOT NULL DEFAULT 0 COMMENT '0 unpaid, 1 to ship, 2 shipped, 3 done, 4 closed, 5 invalid',
    order_type              INT           NOT NULL DEFAULT 0 COMMENT '0 normal, 1 flash sale',
    delivery_company        VARCHAR(64)            DEFAULT NULL,
    delivery_sn             VARCHAR(64)            DEFAULT NULL,
    auto_confirm_day        INT                    DEFAULT NULL,
    integration             INT           NOT NULL DEFAULT 0 COMMENT 'points the order gives',
    growth                  INT           NOT NULL DEFAULT 0 COMMENT 'growth the order gives',
    promotion_info          VARCHAR(500)           DEFAULT NULL,
    bill_type               INT                    DEFAULT NULL COMMENT '0 none, 1 electronic, 2 paper',
    bill_header             VARCHAR(200)           DEFAULT NULL,
    bill_content            VARCHAR(200)           DEFAULT NULL,
    bill_receiver_phone     VARCHAR(32)            DEFAULT NULL,
    bill_receiver_email     VARCHAR(64)            DEFAULT NULL,
    receiver_name           VARCHAR(100)           DEFAULT NULL,
    receiver_phone          VARCHAR(32)            DEFAULT NULL,
    receiver_post_code      VARCHAR(32)            DEFAULT NULL,
    receiver_province       VARCHAR(64)            DEFAULT NULL,
    receiver_city           VARCHAR(64)            DEFAULT NULL,
    receiver_region         VARCHAR(64)            DEFAULT NULL,
    receiver_detail_address VARCHAR(200)           DEFAULT NULL,
    note                    VARCHAR(500)           DEFAULT NULL,
    confirm_status          INT           NOT NULL DEFAULT 0 COMMENT '1 = receipt confirmed',
    delete_status           INT           NOT NULL DEFAULT 0 COMMENT '1 = deleted by the member',
    use_integration         INT                    DEFAULT NULL COMMENT 'points spent on the order',
    payment_time            DATETIME               DEFAULT NULL,
    delivery_time           DATETIME               DEFAULT NULL,
    receive_time            DATETIME               DEFAULT NULL,
    comment_time            DATETIME               DEFAULT NULL,
    modify_time             DATETIME               DEFAULT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_order_sn (order_sn),
    KEY idx_order_member (member_id, status, delete_status),
    KEY idx_order_status_time (status, create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'orders';

CREATE TABLE oms_order_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    order_id            BIGINT        NOT NULL,
    order_sn            VARCHAR(64)            DEFAULT NULL,
    product_id          BIGINT        NOT NULL,
    product_pic         VARCHAR(500)           DEFAULT NULL,
    product_name        VARCHAR(200)           DEFAULT NULL,
    product_brand       VARCHAR(200)           DEFAULT NULL,
    product_sn          VARCHAR(64)            DEFAULT NULL,
    product_price       DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'unit price when ordered',
    product_quantity    INT           NOT NULL DEFAULT 1,
    product_sku_id      BIGINT                 DEFAULT NULL,
    product_sku_code    VARCHAR(64)            DEFAULT NULL,
    product_category_id BIGINT                 DEFAULT NULL,
    promotion_name      VARCHAR(200)           DEFAULT NULL,
    promotion_amount    DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'per unit',
    coupon_amount       DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'per unit',
    integration_amount  DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'per unit',
    real_amount         DECIMAL(10,2) NOT NULL DEFAULT 0.00 COMMENT 'per unit after all reductions',
    gift_integration    INT           NOT NULL DEFAULT 0,
    gift_growth         INT           NOT NULL DEFAULT 0,
    product_attr        VARCHAR(500)           DEFAULT NULL COMMENT 'sp_data of the SKU (JSON)',
    PRIMARY KEY (id),
    KEY idx_order_item_order (order_id),
    KEY idx_order_item_order_sn (order_sn)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'order lines';

CREATE TABLE oms_order_operate_history (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    order_id     BIGINT       NOT NULL,
    operate_man  VARCHAR(100)          DEFAULT NULL COMMENT 'member, system or an admin username',
    create_time  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    order_status INT                   DEFAULT NULL COMMENT 'status after the operation',
    note         VARCHAR(500)          DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_operate_history_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'order status changes';

CREATE TABLE oms_company_address (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    address_name   VARCHAR(200) NOT NULL,
    send_status    INT          NOT NULL DEFAULT 0 COMMENT '1 = default shipping address',
    receive_status INT          NOT NULL DEFAULT 0 COMMENT '1 = default return address',
    name           VARCHAR(64)           DEFAULT NULL COMMENT 'contact',
    phone          VARCHAR(64)           DEFAULT NULL,
    province       VARCHAR(64)           DEFAULT NULL,
    city           VARCHAR(64)           DEFAULT NULL,
    region         VARCHAR(64)           DEFAULT NULL,
    detail_address VARCHAR(200)          DEFAULT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'warehouse addresses for shipping and returns';

CREATE TABLE oms_order_return_reason (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    name        VARCHAR(100) NOT NULL,
    sort        INT         NOT NULL DEFAULT 0,
    status      INT         NOT NULL DEFAULT 1 COMMENT '1 = offered to members',
    create_time DATETIME    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    KEY idx_return_reason_status (status, sort)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'reasons a member may give for a return';

CREATE TABLE oms_order_return_apply (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    order_id           BIGINT        NOT NULL,
    member_id          BIGINT                 DEFAULT NULL COMMENT 'owner of the order (not in the course system; lets services check ownership)',
    company_address_id BIGINT                 DEFAULT NULL,
    product_id         BIGINT        NOT NULL,
    order_sn           VARCHAR(64)            DEFAULT NULL,
    create_time        DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    member_username    VARCHAR(64)            DEFAULT NULL,
    return_amount      DECIMAL(10,2)          DEFAULT NULL COMMENT 'refund decided by the back office',
    return_name        VARCHAR(100)           DEFAULT NULL,
    return_phone       VARCHAR(100)           DEFAULT NULL,
    status             INT           NOT NULL DEFAULT 0 COMMENT '0 waiting, 1 returning, 2 done, 3 rejected',
    handle_time        DATETIME               DEFAULT NULL,
    product_pic        VARCHAR(500)           DEFAULT NULL,
    product_name       VARCHAR(200)           DEFAULT NULL,
    product_brand      VARCHAR(200)           DEFAULT NULL,
    product_attr       VARCHAR(500)           DEFAULT NULL,
    product_count      INT                    DEFAULT NULL,
    product_price      DECIMAL(10,2)          DEFAULT NULL,
    product_real_price DECIMAL(10,2)          DEFAULT NULL,
    reason             VARCHAR(200)           DEFAULT NULL,
    description        VARCHAR(500)           DEFAULT NULL,
    proof_pics         VARCHAR(1000)          DEFAULT NULL COMMENT 'comma separated',
    handle_note        VARCHAR(500)           DEFAULT NULL,
    handle_man         VARCHAR(100)           DEFAULT NULL,
    receive_man        VARCHAR(100)           DEFAULT NULL,
    receive_time       DATETIME               DEFAULT NULL,
    receive_note       VARCHAR(500)           DEFAULT NULL,
    PRIMARY KEY (id),
    KEY idx_return_apply_order (order_id),
    KEY idx_return_apply_member (member_id),
    KEY idx_return_apply_status_time (status, create_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'return requests';

CREATE TABLE oms_cart_item (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    product_id          BIGINT        NOT NULL,
    product_sku_id      BIGINT        NOT NULL,
    member_id           BIGINT        NOT NULL,
    quantity            INT           NOT NULL DEFAULT 1,
    price               DECIMAL(10,2)          DEFAULT NULL COMMENT 'catalog price when added, shown only; orders reprice from pms_sku_stock',
    product_pic         VARCHAR(500)           DEFAULT NULL,
    product_name        VARCHAR(200)           DEFAULT NULL,
    product_sub_title   VARCHAR(500)           DEFAULT NULL,
    product_sku_code    VARCHAR(64)            DEFAULT NULL,
    member_nickname     VARCHAR(64)            DEFAULT NULL,
    create_date         DATETIME      NOT NULL DEFAULT CURRENT_TIMESTAMP,
    modify_date         DATETIME               DEFAULT NULL,
    delete_status       INT           NOT NULL DEFAULT 0 COMMENT '1 = removed or ordered',
    product_category_id BIGINT                 DEFAULT NULL,
    product_brand       VARCHAR(200)           DEFAULT NULL,
    product_sn          VARCHAR(64)            DEFAULT NULL,
    product_attr        VARCHAR(500)           DEFAULT NULL COMMENT 'sp_data of the SKU (JSON)',
    PRIMARY KEY (id),
    KEY idx_cart_member (member_id, delete_status),
    KEY idx_cart_member_sku (member_id, product_sku_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci COMMENT = 'cart lines';
