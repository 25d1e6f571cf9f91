package com.perflab.mall.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server answers the real MongoDB Java driver over TCP, and its file backend keeps data. */
class EmbeddedMongoTest {

    @Test
    void driverCanWriteIndexAndQueryOverTheWire() {
        EmbeddedMongo mongo = EmbeddedMongo.inMemory();
        InetSocketAddress address = mongo.start("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(uri(address))) {
            MongoCollection<Document> history = client.getDatabase("mall").getCollection("readHistory");
            history.createIndex(Indexes.ascending("memberId", "productId"), new IndexOptions().unique(true));
            history.insertOne(new Document("memberId", 1L).append("productId", 7L).append("at", 1));
            history.insertOne(new Document("memberId", 1L).append("productId", 8L).append("at", 2));
            history.insertOne(new Document("memberId", 2L).append("productId", 7L).append("at", 3));

            List<Long> newestFirst = history.find(new Document("memberId", 1L)).sort(Sorts.descending("at"))
                    .map(d -> d.getLong("productId")).into(new ArrayList<>());
            assertThat(newestFirst).containsExactly(8L, 7L);

            boolean duplicateRefused;
            try {
                history.insertOne(new Document("memberId", 1L).append("productId", 7L));
                duplicateRefused = false;
            } catch (com.mongodb.MongoWriteException e) {
                duplicateRefused = true;
            }
            assertThat(duplicateRefused).as("unique index enforced").isTrue();
        } finally {
            mongo.stop();
        }
    }

    @Test
    void fileBackendKeepsDocumentsAcrossRestarts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mongo/mall.mv");
        EmbeddedMongo first = EmbeddedMongo.inFile(file);
        InetSocketAddress address = first.start("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(uri(address))) {
            client.getDatabase("mall").getCollection("attention").insertOne(new Document("brandId", 3L));
        } finally {
            first.stop();
        }

        EmbeddedMongo second = EmbeddedMongo.inFile(file);
        InetSocketAddress again = second.start("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(uri(again))) {
            assertThat(client.getDatabase("mall").getCollection("attention").countDocuments()).isEqualTo(1);
        } finally {
            second.stop();
        }
    }

    private static String uri(InetSocketAddress address) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }
}
