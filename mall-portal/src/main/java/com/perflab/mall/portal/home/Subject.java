package com.perflab.mall.portal.home;

import java.time.LocalDateTime;

/** A subject: a themed product list with its own page (cms_subject). */
record Subject(
        Long id,
        Long categoryId,
        String title,
        String pic,
        Integer productCount,
        Integer recommendStatus,
        LocalDateTime createTime,
        Integer collectCount,
        Integer readCount,
        Integer commentCount,
        String albumPics,
        String description,
        Integer showStatus,
        String content,
        Integer forwardCount,
        String categoryName) {

    static final String COLUMNS = "s.id, s.category_id, s.title, s.pic, s.product_count, s.recommend_status, "
            + "s.create_time, s.collect_count, s.read_count, s.comment_count, s.album_pics, s.description, "
            + "s.show_status, s.content, s.forward_count, s.category_name";
}
