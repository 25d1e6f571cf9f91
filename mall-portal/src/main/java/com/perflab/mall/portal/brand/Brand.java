package com.perflab.mall.portal.brand;

/** A brand as the shop shows it (pms_brand). */
public record Brand(
        Long id,
        String name,
        String firstLetter,
        Integer sort,
        Integer factoryStatus,
        Integer showStatus,
        Integer productCount,
        Integer productCommentCount,
        String logo,
        String bigPic,
        String brandStory) {

    /** The columns of {@code pms_brand b} in the order of the components, for mapper queries. */
    public static final String COLUMNS = "b.id, b.name, b.first_letter, b.sort, b.factory_status, b.show_status, "
            + "b.product_count, b.product_comment_count, b.logo, b.big_pic, b.brand_story";
}
