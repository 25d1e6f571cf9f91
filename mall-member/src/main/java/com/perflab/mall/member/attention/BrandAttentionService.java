package com.perflab.mall.member.attention;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.member.KeyedUpsert;
import com.perflab.mall.member.StartupIndexes;
import com.perflab.mall.member.catalog.BrandSummary;
import com.perflab.mall.member.catalog.Catalog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The brands a member follows. Every query names the member, so another member's entries match nothing. */
@Service
class BrandAttentionService implements ApplicationRunner {

    // the id breaks ties within one millisecond: ObjectIds grow with insertion
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createTime", "id");

    private final MongoTemplate mongo;
    private final Catalog catalog;
    private final StartupIndexes indexes;

    BrandAttentionService(MongoTemplate mongo, Catalog catalog) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.indexes = StartupIndexes.forMemberActivity(mongo, BrandAttention.COLLECTION, "brandId", "member_brand_unique");
    }

    @Override
    public void run(ApplicationArguments args) {
        indexes.ensureQuietly();
    }

    /** Following an already followed brand refreshes it (name, logo, time) instead of adding a second one. */
    BrandAttention add(long memberId, String nickname, long brandId) {
        BrandSummary brand = catalog.brand(brandId);
        indexes.ensure();
        Update update = new Update()
                .set("memberNickname", nickname)
                .set("brandName", brand.name())
                .set("brandLogo", brand.logo())
                .set("createTime", Instant.now().truncatedTo(ChronoUnit.MILLIS));
        return KeyedUpsert.upsert(mongo, key(memberId, brandId), update, BrandAttention.class);
    }

    long delete(long memberId, long brandId) {
        return mongo.remove(key(memberId, brandId), BrandAttention.class).getDeletedCount();
    }

    BrandAttention detail(long memberId, long brandId) {
        BrandAttention found = mongo.findOne(key(memberId, brandId), BrandAttention.class);
        if (found == null) {
            throw ApiException.notFound("未关注该品牌");
        }
        return found;
    }

    PageResult<BrandAttention> list(long memberId, PageQuery page) {
        long total = mongo.count(ofMember(memberId), BrandAttention.class);
        if (total <= page.offset()) {
            return PageResult.of(page, total, List.of());
        }
        List<BrandAttention> list = mongo.find(ofMember(memberId).with(NEWEST_FIRST).skip(page.offset())
                .limit(page.pageSize()), BrandAttention.class);
        return PageResult.of(page, total, list);
    }

    long clear(long memberId) {
        return mongo.remove(ofMember(memberId), BrandAttention.class).getDeletedCount();
    }

    private static Query key(long memberId, long brandId) {
        return query(where("memberId").is(memberId).and("brandId").is(brandId));
    }

    private static Query ofMember(long memberId) {
        return query(where("memberId").is(memberId));
    }
}
