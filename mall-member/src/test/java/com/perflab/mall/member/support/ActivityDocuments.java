package com.perflab.mall.member.support;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The member-activity documents of the members a test made, counted and removed by member id. */
public final class ActivityDocuments {

    public static final String READ_HISTORY = "memberReadHistory";
    public static final String COLLECTION = "memberProductCollection";
    public static final String ATTENTION = "memberBrandAttention";

    private final MongoTemplate mongo;

    public ActivityDocuments(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public long count(String collection, long memberId) {
        return mongo.count(query(where("memberId").is(memberId)), collection);
    }

    public void deleteAll(long... memberIds) {
        List<Long> ids = java.util.Arrays.stream(memberIds).boxed().toList();
        for (String collection : List.of(READ_HISTORY, COLLECTION, ATTENTION)) {
            mongo.remove(query(where("memberId").in(ids)), collection);
        }
    }
}
