package com.perflab.mall.member.collection;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A product a member has collected; one document per member and product (unique index).
 *
 * @param memberNickname the member's login name as the gateway vouches for it
 * @param createTime     when the member last added it (adding again refreshes it)
 */
@Document(ProductCollection.COLLECTION)
record ProductCollection(@Id String id, long memberId, String memberNickname, long productId, String productName,
                         String productPic, String productSubTitle, BigDecimal productPrice, Instant createTime) {

    static final String COLLECTION = "memberProductCollection";
}
