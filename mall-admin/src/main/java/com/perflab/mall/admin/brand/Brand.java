package com.perflab.mall.admin.brand;

/** A product brand as the back office shows it. */
record Brand(long id, String name, String firstLetter, int sort, int factoryStatus, int showStatus,
             int productCount, int productCommentCount, String logo, String bigPic, String brandStory) {

    static final String COLUMNS = "id, name, first_letter, sort, factory_status, show_status, product_count,"
            + " product_comment_count, logo, big_pic, brand_story";
}
