package com.perflab.mall.admin.home;

/** A subject (cms_subject) as the picker for recommended subjects shows it. */
record HomeSubject(long id, String title, String pic, Long categoryId, String categoryName, int productCount,
                   int recommendStatus, int showStatus) {

    static final String COLUMNS = "id, title, pic, category_id, category_name, product_count, recommend_status,"
            + " show_status";
}
