package com.perflab.mall.member.history;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.member.KeyedUpsert;
import com.perflab.mall.member.StartupIndexes;
import com.perflab.mall.member.catalog.Catalog;
import com.perflab.mall.member.catalog.ProductSummary;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** A member's read history. Every query names the member, so another member's ids match nothing. */
@Service
@EnableConfigurationProperties(ReadHistoryProperties.class)
class ReadHistoryService implements ApplicationRunner {

    // the id breaks ties within one millisecond: ObjectIds grow with insertion
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createTime", "id");
    /** Trimming removes at most this many documents per write, so lowering the cap never makes one huge delete. */
    private static final int TRIM_BATCH = 1_000;

    private final MongoTemplate mongo;
    private final Catalog catalog;
    private final ReadHistoryProperties properties;
    private final StartupIndexes indexes;

    ReadHistoryService(MongoTemplate mongo, Catalog catalog, ReadHistoryProperties properties) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.properties = properties;
        this.indexes = StartupIndexes.forMemberActivity(mongo, ReadHistory.COLLECTION, "productId", "member_product_unique");
    }

    @Override
    public void run(ApplicationArguments args) {
        indexes.ensureQuietly();
    }

    ReadHistory create(long memberId, String nickname, long productId) {
        ProductSummary product = catalog.product(productId);
        indexes.ensure();
        Update update = product.toActivityUpdate(nickname);
        ReadHistory saved = KeyedUpsert.upsert(mongo, key(memberId, productId), update, ReadHistory.class);
        trim(memberId);
        return saved;
    }

    PageResult<ReadHistory> list(long memberId, PageQuery page) {
        Query mine = ofMember(memberId);
        long total = mongo.count(mine, ReadHistory.class);
        if (total <= page.offset()) {
            return PageResult.of(page, total, List.of());
        }
        List<ReadHistory> list = mongo.find(ofMember(memberId).with(NEWEST_FIRST).skip(page.offset())
                .limit(page.pageSize()), ReadHistory.class);
        return PageResult.of(page, total, list);
    }

    long delete(long memberId, List<String> ids) {
        List<ObjectId> objectIds = ids.stream().distinct().map(ObjectId::new).toList();
        return mongo.remove(query(where("memberId").is(memberId).and("_id").in(objectIds)), ReadHistory.class)
                .getDeletedCount();
    }

    long clear(long memberId) {
        return mongo.remove(ofMember(memberId), ReadHistory.class).getDeletedCount();
    }

    /**
     * Removes the member's documents beyond the newest {@code maxPerMember}, by id, so ties in createTime
     * cannot leave more than the cap (or remove one too many). Runs on the {memberId, createTime} index.
     */
    private void trim(long memberId) {
        Query beyondCap = ofMember(memberId).with(NEWEST_FIRST).skip(properties.maxPerMember()).limit(TRIM_BATCH);
        beyondCap.fields().include("_id");
        List<ObjectId> excess = mongo.find(beyondCap, org.bson.Document.class, ReadHistory.COLLECTION).stream()
                .map(d -> d.getObjectId("_id")).toList();
        if (!excess.isEmpty()) {
            mongo.remove(query(where("memberId").is(memberId).and("_id").in(excess)), ReadHistory.class);
        }
    }

    private static Query key(long memberId, long productId) {
        return query(where("memberId").is(memberId).and("productId").is(productId));
    }

    private static Query ofMember(long memberId) {
        return query(where("memberId").is(memberId));
    }
}
