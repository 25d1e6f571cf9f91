package com.perflab.mall.search.product;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.perflab.mall.common.api.ApiException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes the product index. Everything goes through the alias ({@code mall.search.index-alias}); a full
 * import builds a fresh index and swaps the alias in one {@code _aliases} call, so searches keep answering
 * from the old index until the new one is complete, then the old index is deleted.
 */
@Service
public class ProductIndexService {

    private static final Logger log = LoggerFactory.getLogger(ProductIndexService.class);
    private static final DateTimeFormatter INDEX_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchClient client;
    private final ProductMapper mapper;
    private final IndexProperties properties;
    private final SearchResultCache results;
    private final ReentrantLock importLock = new ReentrantLock();
    /** The index an import is filling, so sync writes during the import reach it too (and are not lost). */
    private volatile String building;
    private volatile boolean aliasReady;

    ProductIndexService(ElasticsearchClient client, ProductMapper mapper, IndexProperties properties,
            SearchResultCache results) {
        this.client = client;
        this.mapper = mapper;
        this.properties = properties;
        this.results = results;
    }

    public String alias() {
        return properties.indexAlias();
    }

    /** Rebuilds the index from the database and swaps the alias; returns how many products were indexed. */
    public int importAll() {
        if (!importLock.tryLock()) {
            throw ApiException.conflict("an import is already running");
        }
        String index = alias() + "-" + LocalDateTime.now().format(INDEX_SUFFIX);
        try {
            long started = System.nanoTime();
            createIndex(index, true);
            building = index;
            int count = 0;
            long afterId = 0;
            while (true) {
                List<EsProduct> rows = mapper.findIndexableAfter(afterId, properties.importBatchSize());
                if (rows.isEmpty()) {
                    break;
                }
                bulkIndex(index, documents(rows), false);
                count += rows.size();
                afterId = rows.get(rows.size() - 1).id();
            }
            Es.call("import settings", () -> client.indices().putSettings(p -> p.index(index)
                    .settings(s -> s.refreshInterval(t -> t.time(ProductIndexMapping.REFRESH_INTERVAL)))));
            Es.call("import refresh", () -> client.indices().refresh(r -> r.index(index)));
            Set<String> old = swapAlias(index);
            building = null;
            results.clear();
            for (String oldIndex : old) {
                Es.call("delete old index", () -> client.indices().delete(d -> d.index(oldIndex).ignoreUnavailable(true)));
            }
            log.info("Imported {} products into {} in {} ms (replaced {})", count, index,
                    (System.nanoTime() - started) / 1_000_000, old);
            return count;
        } catch (RuntimeException e) {
            building = null;
            deleteQuietly(index);
            throw e;
        } finally {
            importLock.unlock();
        }
    }

    /**
     * Indexes the product if it is on sale, removes its document otherwise (missing, unpublished, deleted).
     * Idempotent: the outcome depends only on the database row. Returns the indexed document or null.
     */
    public EsProduct sync(long productId) {
        ensureAlias();
        EsProduct row = mapper.findIndexable(productId);
        if (row == null) {
            delete(List.of(productId));
            return null;
        }
        EsProduct document = documents(List.of(row)).get(0);
        for (String target : targets()) {
            bulkIndex(target, List.of(document), true);
        }
        results.clear();
        return document;
    }

    /** Removes documents; ids without a document are ignored. Returns how many were removed. */
    public int delete(Collection<Long> productIds) {
        ensureAlias();
        int removed = 0;
        for (String target : targets()) {
            BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor).requireAlias(target.equals(alias()));
            productIds.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(target).id(String.valueOf(id)))));
            BulkResponse response = Es.call("delete", () -> client.bulk(bulk.build()));
            if (target.equals(alias())) {
                removed = (int) response.items().stream().filter(i -> "deleted".equals(i.result())).count();
            }
        }
        results.clear();
        return removed;
    }

    /** The concrete indices behind the alias; empty if there is none. */
    public Set<String> indicesBehindAlias() {
        boolean exists = Es.call("alias lookup", () -> client.indices().existsAlias(e -> e.name(alias())).value());
        if (!exists) {
            return Set.of();
        }
        return Es.call("alias lookup", () -> client.indices().getAlias(g -> g.name(alias())).result().keySet());
    }

    /**
     * Makes sure the alias points at an index before anything is written through it; otherwise a write to
     * the alias name would auto-create a concrete index with a guessed mapping.
     */
    void ensureAlias() {
        if (aliasReady) {
            return;
        }
        if (indicesBehindAlias().isEmpty()) {
            String index = alias() + "-" + LocalDateTime.now().format(INDEX_SUFFIX);
            createIndex(index, false);
            Es.call("alias add", () -> client.indices().updateAliases(u -> u.actions(a -> a.add(x -> x.index(index).alias(alias())))));
            log.info("Created empty product index {} behind alias {}; run importAll to fill it", index, alias());
        }
        aliasReady = true;
    }

    private List<String> targets() {
        String current = building;
        return current == null ? List.of(alias()) : List.of(alias(), current);
    }

    private void createIndex(String index, boolean bulkLoad) {
        Es.call("create index", () -> client.indices().create(c -> c.index(index)
                .settings(ProductIndexMapping.settings(properties, bulkLoad))
                .mappings(ProductIndexMapping.mapping(properties))));
    }

    /** One atomic {@code _aliases} call: remove the alias from every current index, add it to the new one. */
    private Set<String> swapAlias(String index) {
        Set<String> old = indicesBehindAlias();
        Es.call("alias swap", () -> client.indices().updateAliases(u -> {
            old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias()))));
            return u.actions(a -> a.add(x -> x.index(index).alias(alias())));
        }));
        aliasReady = true;
        return old;
    }

    private List<EsProduct> documents(List<EsProduct> rows) {
        List<Long> ids = rows.stream().map(EsProduct::id).toList();
        Map<Long, List<EsProductAttrValue>> values = mapper.findAttrValues(ids).stream()
                .collect(Collectors.groupingBy(EsProductAttrValue::productId, LinkedHashMap::new, Collectors.toList()));
        return rows.stream().map(r -> r.withAttrValues(values.getOrDefault(r.id(), List.of()))).toList();
    }

    private void bulkIndex(String index, List<EsProduct> documents, boolean waitForRefresh) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        if (index.equals(alias())) {
            // never let a write to the alias name auto-create a concrete index with a guessed mapping
            bulk.requireAlias(true);
        }
        if (waitForRefresh) {
            // single-product sync: the change is searchable when the call returns
            bulk.refresh(Refresh.WaitFor);
        }
        documents.forEach(d -> bulk.operations(op -> op.index(i -> i.index(index).id(String.valueOf(d.id())).document(d))));
        BulkResponse response = Es.call("bulk index", () -> client.bulk(bulk.build()));
        if (response.errors()) {
            List<String> reasons = new ArrayList<>();
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && reasons.size() < 3) {
                    reasons.add(item.id() + ": " + item.error().reason());
                }
            }
            throw new IllegalStateException("bulk indexing into " + index + " failed: " + reasons);
        }
    }

    private void deleteQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (Exception e) {
            log.warn("Could not delete the unfinished index {}: {}", index, e.toString());
        }
    }
}
