package com.perflab.mall.admin.home;

/**
 * The home page's lists of picks and what each points at. The names are fixed here (they go into SQL as
 * identifiers, never from input); the shop shows a pick only while the catalog row is live too.
 */
enum HomeList {
    BRAND("sms_home_brand", "brand_id", "brand_name", "pms_brand", "name", "1 = 1", "brandId", "品牌"),
    NEW_PRODUCT("sms_home_new_product", "product_id", "product_name", "pms_product", "name", "delete_status = 0",
            "productId", "商品"),
    RECOMMEND_PRODUCT("sms_home_recommend_product", "product_id", "product_name", "pms_product", "name",
            "delete_status = 0", "productId", "商品"),
    SUBJECT("sms_home_recommend_subject", "subject_id", "subject_name", "cms_subject", "title", "1 = 1",
            "subjectId", "专题");

    private final String table;
    private final String refColumn;
    private final String nameColumn;
    private final String source;
    private final String sourceName;
    private final String sourceCondition;
    final String field;
    final String what;

    HomeList(String table, String refColumn, String nameColumn, String source, String sourceName,
             String sourceCondition, String field, String what) {
        this.table = table;
        this.refColumn = refColumn;
        this.nameColumn = nameColumn;
        this.source = source;
        this.sourceName = sourceName;
        this.sourceCondition = sourceCondition;
        this.field = field;
        this.what = what;
    }

    // getters, for the mapper's ${} substitutions

    public String getTable() {
        return table;
    }

    public String getRefColumn() {
        return refColumn;
    }

    public String getNameColumn() {
        return nameColumn;
    }

    public String getSource() {
        return source;
    }

    public String getSourceName() {
        return sourceName;
    }

    public String getSourceCondition() {
        return sourceCondition;
    }
}
