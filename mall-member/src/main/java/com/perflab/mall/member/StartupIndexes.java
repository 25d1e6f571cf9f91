package com.perflab.mall.member;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;

/**
 * The indexes of one MongoDB collection, created explicitly (auto index creation stays off). A feature
 * calls {@link #ensureQuietly()} at start-up and {@link #ensure()} before each write: when MongoDB is
 * down at start-up, login and addresses still start, and the first write after MongoDB is back creates
 * the indexes before it relies on the unique ones. createIndexes is idempotent on mongod and on the
 * embedded server alike.
 */
public final class StartupIndexes {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexes.class);

    private final MongoTemplate mongo;
    private final String collection;
    private final List<Index> indexes;
    private volatile boolean ready;

    public StartupIndexes(MongoTemplate mongo, String collection, Index... indexes) {
        this.mongo = mongo;
        this.collection = collection;
        this.indexes = List.of(indexes);
    }

    /**
     * The two indexes every member-activity collection has: the member's newest-first list, and one
     * document per member and product/brand ({@code keyField}).
     */
    public static StartupIndexes forMemberActivity(MongoTemplate mongo, String collection, String keyField,
                                                   String uniqueName) {
        return new StartupIndexes(mongo, collection,
                new Index().on("memberId", Sort.Direction.ASC).on("createTime", Sort.Direction.DESC)
                        .named("member_time"),
                new Index().on("memberId", Sort.Direction.ASC).on(keyField, Sort.Direction.ASC).unique()
                        .named(uniqueName));
    }

    public void ensure() {
        if (ready) {
            return;
        }
        IndexOperations operations = mongo.indexOps(collection);
        indexes.forEach(operations::createIndex);
        ready = true;
        log.info("MongoDB indexes of {} are in place", collection);
    }

    public void ensureQuietly() {
        try {
            ensure();
        } catch (RuntimeException unavailable) {
            log.warn("Could not create the MongoDB indexes of {} at start-up; the first write retries: {}",
                    collection, unavailable.toString());
        }
    }
}
