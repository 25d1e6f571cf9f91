package com.perflab.mall.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The Elasticsearch Java client that the service is built with, configured by Spring Boot, against the
 * real local Elasticsearch 8.19 server: create an index, bulk-load, search and aggregate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ElasticsearchClientCompatibilityTest {

    record Item(String name, String brand, double price) {
    }

    @Autowired
    ElasticsearchClient client;

    final String index = "perflab-compat-" + UUID.randomUUID();

    @AfterEach
    void deleteIndex() throws Exception {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    @Test
    void createBulkSearchAndAggregate() throws Exception {
        client.indices().create(c -> c.index(index)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(m -> m
                        .properties("name", p -> p.text(t -> t))
                        .properties("brand", p -> p.keyword(k -> k))
                        .properties("price", p -> p.double_(d -> d))));

        List<Item> items = List.of(new Item("小米手机 14", "xiaomi", 3999), new Item("Xiaomi Band 9", "xiaomi", 249),
                new Item("华为手机 Mate", "huawei", 5999));
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(co.elastic.clients.elasticsearch._types.Refresh.True);
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String id = String.valueOf(i + 1);
            bulk.operations(op -> op.index(ix -> ix.index(index).id(id).document(item)));
        }
        BulkResponse loaded = client.bulk(bulk.build());
        assertThat(loaded.errors()).isFalse();

        SearchResponse<Item> found = client.search(s -> s.index(index)
                .query(q -> q.match(m -> m.field("name").query("手机")))
                .aggregations("brands", a -> a.terms(t -> t.field("brand"))), Item.class);

        assertThat(found.hits().total().value()).isEqualTo(2);
        assertThat(found.hits().hits()).extracting(h -> h.source().brand()).containsExactlyInAnyOrder("xiaomi", "huawei");
        Map<String, Long> brandCounts = new java.util.HashMap<>();
        for (StringTermsBucket bucket : found.aggregations().get("brands").sterms().buckets().array()) {
            brandCounts.put(bucket.key().stringValue(), bucket.docCount());
        }
        assertThat(brandCounts).containsEntry("xiaomi", 1L).containsEntry("huawei", 1L);
    }
}
