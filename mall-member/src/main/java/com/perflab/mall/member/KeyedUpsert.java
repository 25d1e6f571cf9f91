package com.perflab.mall.member;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Insert-or-refresh of the one document a unique key names, returning the document as stored. Two
 * concurrent upserts of a new key can both miss and insert; the unique index lets only one win and the
 * loser gets E11000. mongod retries that itself in most cases, but not all servers and versions do, so
 * the loser retries once here: the key now exists and the retry is a plain update.
 *
 * <p>A catch-and-retry-once rather than Spring's {@code RetryTemplate}: exactly one more try, without pause,
 * for one exception, which a retry policy would only spell out at greater length.
 */
public final class KeyedUpsert {

    private static final FindAndModifyOptions UPSERT = FindAndModifyOptions.options().upsert(true).returnNew(true);

    private KeyedUpsert() {
    }

    public static <T> T upsert(MongoTemplate mongo, Query key, Update update, Class<T> type) {
        try {
            return mongo.findAndModify(key, update, UPSERT, type);
        } catch (DuplicateKeyException raced) {
            return mongo.findAndModify(key, update, UPSERT, type);
        }
    }
}
