package com.perflab.mall.portal.category;

/** A visible product category (pms_product_category); level 0 is the top, level 1 holds the products. */
record ProductCategory(
        Long id,
        Long parentId,
        String name,
        Integer level,
        Integer productCount,
        String productUnit,
        Integer navStatus,
        Integer showStatus,
        Integer sort,
        String icon,
        String keywords,
        String description) {

    static final String COLUMNS = "c.id, c.parent_id, c.name, c.level, c.product_count, c.product_unit, c.nav_status, "
            + "c.show_status, c.sort, c.icon, c.keywords, c.description";
}
