package com.perflab.mall.member.history;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One product a member has viewed: a single document per member and product (unique index), so reading
 * it again refreshes {@code createTime} and moves it to the top instead of adding a duplicate.
 *
 * @param id             ObjectId as hex, the id {@code /member/readHistory/delete} takes
 * @param memberNickname the member's login name as the gateway vouches for it
 * @param createTime     when the member last viewed the product
 */
@Document(ReadHistory.COLLECTION)
record ReadHistory(@Id String id, long memberId, String memberNickname, long productId, String productName,
                   String productPic, String productSubTitle, BigDecimal productPrice, Instant createTime) {

    static final String COLLECTION = "memberReadHistory";
}
