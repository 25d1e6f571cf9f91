package com.perflab.mall.admin.category;

/** A product category row; level 0 = top level, level 1 = the categories products hang on. */
record ProductCategory(long id, long parentId, String name, int level, int productCount, String productUnit,
                       int navStatus, int showStatus, int sort, String icon, String keywords, String description) {

    static final String COLUMNS = "id, parent_id, name, level, product_count, product_unit, nav_status, show_status,"
            + " sort, icon, keywords, description";
}
