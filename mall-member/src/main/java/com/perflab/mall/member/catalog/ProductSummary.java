package com.perflab.mall.member.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.data.mongodb.core.query.Update;

/** What member activity copies from a product: read from the catalog, never taken from the client. */
public record ProductSummary(long id, String name, String pic, String subTitle, BigDecimal price) {

    /** The product fields of an activity document, with who and when, as one upsert. */
    public Update toActivityUpdate(String memberNickname) {
        return new Update()
                .set("memberNickname", memberNickname)
                .set("productName", name)
                .set("productPic", pic)
                .set("productSubTitle", subTitle)
                .set("productPrice", price)
                // MongoDB dates keep milliseconds; truncating here makes the reply equal what is stored
                .set("createTime", Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
