package com.perflab.mall.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.perflab.mall.search.product.ProductIndexService;

/** Removes what a test built: the indices behind the test alias, and a stray index named like the alias. */
public final class TestIndices {

    private TestIndices() {
    }

    public static void deleteAll(ElasticsearchClient client, ProductIndexService indexService) throws Exception {
        for (String index : indexService.indicesBehindAlias()) {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
        client.indices().delete(d -> d.index(indexService.alias()).ignoreUnavailable(true));
    }
}
