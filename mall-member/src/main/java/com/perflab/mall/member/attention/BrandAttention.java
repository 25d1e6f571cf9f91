package com.perflab.mall.member.attention;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A brand a member follows; one document per member and brand (unique index).
 *
 * @param memberNickname the member's login name as the gateway vouches for it
 * @param createTime     when the member last followed it (following again refreshes it)
 */
@Document(BrandAttention.COLLECTION)
record BrandAttention(@Id String id, long memberId, String memberNickname, long brandId, String brandName,
                      String brandLogo, Instant createTime) {

    static final String COLLECTION = "memberBrandAttention";
}
