package com.perflab.mall.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.member.support.ActivityDocuments;
import com.perflab.mall.member.support.MemberApiTest;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * States which MongoDB the activity tests ran against, and that the start-up indexes exist there. A real
 * mongod reports a {@code gitVersion} in buildInfo; the embedded mongo-java-server does not.
 */
@MemberApiTest
class MongoUnderTestTest {

    private static final Logger log = LoggerFactory.getLogger(MongoUnderTestTest.class);

    @Autowired
    MongoTemplate mongo;

    @Test
    void theLabsMongoDbIsUsedWithDatabaseMallTest() {
        Document buildInfo = mongo.executeCommand(new Document("buildInfo", 1));
        boolean embedded = !buildInfo.containsKey("gitVersion");
        String server = embedded ? "embedded mongo-java-server (reports version " + buildInfo.get("version") + ")"
                : "mongod " + buildInfo.get("version");
        log.info("MongoDB under test: {}", server);
        System.out.println("MongoDB under test: " + server + ", database " + mongo.getDb().getName());

        // ./mall exports MALL_MONGODB_KIND: "embedded" unless the user named a real mongod in MALL_MONGODB_URI
        String kind = System.getenv("MALL_MONGODB_KIND");
        boolean expectEmbedded = kind == null ? System.getenv("MALL_MONGODB_URI") == null : kind.equals("embedded");
        assertThat(embedded).as("MALL_MONGODB_KIND=%s but the server is %s", kind, server).isEqualTo(expectEmbedded);
        assertThat(mongo.getDb().getName()).as("the test database's name, never the lab's mall")
                .isEqualTo(System.getenv().getOrDefault("MALL_TEST_DB_NAME", "mall_test"));
    }

    @Test
    void startUpCreatedTheMemberTimeAndUniqueIndexes() {
        assertIndexes(ActivityDocuments.READ_HISTORY, "member_product_unique", "productId");
        assertIndexes(ActivityDocuments.COLLECTION, "member_product_unique", "productId");
        assertIndexes(ActivityDocuments.ATTENTION, "member_brand_unique", "brandId");
    }

    private void assertIndexes(String collection, String uniqueName, String keyField) {
        List<IndexInfo> indexes = mongo.indexOps(collection).getIndexInfo();
        log.info("Indexes of {}: {}", collection, indexes);
        IndexInfo byTime = indexes.stream().filter(i -> i.getName().equals("member_time")).findFirst().orElseThrow();
        assertThat(byTime.getIndexFields()).extracting(f -> f.getKey()).containsExactly("memberId", "createTime");
        IndexInfo unique = indexes.stream().filter(i -> i.getName().equals(uniqueName)).findFirst().orElseThrow();
        assertThat(unique.isUnique()).isTrue();
        assertThat(unique.getIndexFields()).extracting(f -> f.getKey()).containsExactly("memberId", keyField);
    }
}
