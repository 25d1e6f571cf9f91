package com.perflab.mall.member.collection;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.member.KeyedUpsert;
import com.perflab.mall.member.StartupIndexes;
import com.perflab.mall.member.catalog.Catalog;
import com.perflab.mall.member.catalog.ProductSummary;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** A member's product collection. Every query names the member, so another member's entries match nothing. */
@Service
class ProductCollectionService implements ApplicationRunner {

    // the id breaks ties within one millisecond: ObjectIds grow with insertion
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createTime", "id");

    private final MongoTemplate mongo;
    private final Catalog catalog;
    private final StartupIndexes indexes;

    ProductCollectionService(MongoTemplate mongo, Catalog catalog) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.indexes = StartupIndexes.forMemberActivity(mongo, ProductCollection.COLLECTION, "productId", "member_product_unique");
    }

    @Override
    public void run(ApplicationArguments args) {
        indexes.ensureQuietly();
    }

    /** Adding an already collected product refreshes it (details and time) instead of adding a second one. */
    ProductCollection add(long memberId, String nickname, long productId) {
        ProductSummary product = catalog.product(productId);
        indexes.ensure();
        Update update = product.toActivityUpdate(nickname);
        return KeyedUpsert.upsert(mongo, key(memberId, productId), update, ProductCollection.class);
    }

    long delete(long memberId, long productId) {
        return mongo.remove(key(memberId, productId), ProductCollection.class).getDeletedCount();
    }

    ProductCollection detail(long memberId, long productId) {
        ProductCollection found = mongo.findOne(key(memberId, productId), ProductCollection.class);
        if (found == null) {
            throw ApiException.notFound("未收藏该商品");
        }
        return found;
    }

    PageResult<ProductCollection> list(long memberId, PageQuery page) {
        long total = mongo.count(ofMember(memberId), ProductCollection.class);
        if (total <= page.offset()) {
            return PageResult.of(page, total, List.of());
        }
        List<ProductCollection> list = mongo.find(ofMember(memberId).with(NEWEST_FIRST).skip(page.offset())
                .limit(page.pageSize()), ProductCollection.class);
        return PageResult.of(page, total, list);
    }

    long clear(long memberId) {
        return mongo.remove(ofMember(memberId), ProductCollection.class).getDeletedCount();
    }

    private static Query key(long memberId, long productId) {
        return query(where("memberId").is(memberId).and("productId").is(productId));
    }

    private static Query ofMember(long memberId) {
        return query(where("memberId").is(memberId));
    }
}
