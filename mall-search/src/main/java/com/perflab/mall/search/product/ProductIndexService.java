package com.perflab.mall.search.product;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.perflab.mall.common.api.ApiException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Writes the product index. Everything goes through the alias ({@code mall.search.index-alias}); a full
 * import builds a fresh index and swaps the alias in one {@code _aliases} call, so searches keep answering
 * from the old index until the new one is complete, then the old index is deleted.
 * <p>
 * While an import runs, its index carries a second alias, {@code <alias>-importing}, and every product write
 * of every instance (the cluster runs several) also goes through that alias: a change made while the import
 * reads the catalog reaches the new index too, and is not lost at the swap. The import itself only
 * <em>creates</em> documents, so a product a sync already wrote into the new index keeps the sync's newer copy.
 */
@Service
public class ProductIndexService {

    private static final Logger log = LoggerFactory.getLogger(ProductIndexService.class);
    static final DateTimeFormatter INDEX_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    /** An import index older than this was left by an instance that died mid-import: the next import removes it. */
    static final Duration ABANDONED_IMPORT = Duration.ofHours(1);

    private final ElasticsearchClient client;
    private final ProductMapper mapper;
    private final IndexProperties properties;
    private final SearchResultCache results;
    private final ReentrantLock importLock = new ReentrantLock();
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

    /** The alias of an import's index while the import runs; product writes go through it as well. */
    public String importingAlias() {
        return alias() + "-importing";
    }

    /** Rebuilds the index from the database and swaps the alias; returns how many products were indexed. */
    public int importAll() {
        if (!importLock.tryLock()) {
            throw ApiException.conflict("an import is already running");
        }
        String index = alias() + "-" + LocalDateTime.now().format(INDEX_SUFFIX);
        try {
            claimImport();
            long started = System.nanoTime();
            createIndex(index, true, true);
            int count = 0;
            long afterId = 0;
            try {
                while (true) {
                    List<EsProduct> rows = mapper.findIndexableAfter(afterId, properties.importBatchSize());
                    if (rows.isEmpty()) {
                        break;
                    }
                    bulkCreate(index, documents(rows));
                    count += rows.size();
                    afterId = rows.get(rows.size() - 1).id();
                }
                Es.call("import settings", () -> client.indices().putSettings(p -> p.index(index)
                        .settings(s -> s.refreshInterval(t -> t.time(ProductIndexMapping.REFRESH_INTERVAL)))));
                Es.call("import refresh", () -> client.indices().refresh(r -> r.index(index)));
            } catch (RuntimeException e) {
                deleteQuietly(index);
                throw e;
            }
            Set<String> old = swapAlias(index);
            results.clear();
            for (String oldIndex : old) {
                Es.call("delete old index", () -> client.indices().delete(d -> d.index(oldIndex).ignoreUnavailable(true)));
            }
            log.info("Imported {} products into {} in {} ms (replaced {})", count, index,
                    (System.nanoTime() - started) / 1_000_000, old);
            return count;
        } finally {
            importLock.unlock();
        }
    }

    /**
     * One import at a time across instances: another instance's import index, unless it is so old that its
     * instance must have died mid-import (then it is removed).
     */
    private void claimImport() {
        for (String other : indicesBehind(importingAlias())) {
            LocalDateTime created = createdAt(other);
            if (created != null && created.isBefore(LocalDateTime.now().minus(ABANDONED_IMPORT))) {
                log.warn("Removing the index {} of an import that never finished", other);
                deleteQuietly(other);
            } else {
                throw ApiException.conflict("an import is already running (index " + other + ")");
            }
        }
    }

    private LocalDateTime createdAt(String index) {
        String suffix = index.substring(Math.min(index.length(), alias().length() + 1));
        try {
            return LocalDateTime.parse(suffix, INDEX_SUFFIX);
        } catch (DateTimeParseException e) {
            return null;
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
        write(bulk -> bulk.operations(op -> op.index(i -> i.index(alias()).id(String.valueOf(document.id()))
                .document(document))), importing -> importing.operations(op -> op.index(i -> i.index(importingAlias())
                .id(String.valueOf(document.id())).document(document))));
        results.clear();
        return document;
    }

    /** Removes documents; ids without a document are ignored. Returns how many were removed. */
    public int delete(Collection<Long> productIds) {
        ensureAlias();
        BulkResponse response = write(
                bulk -> productIds.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(alias()).id(String.valueOf(id))))),
                importing -> productIds.forEach(id -> importing.operations(op -> op.delete(d -> d.index(importingAlias())
                        .id(String.valueOf(id))))));
        results.clear();
        return (int) response.items().stream().filter(i -> "deleted".equals(i.result())).count();
    }

    /**
     * A product write: through the alias, searchable when this returns; then through the importing alias,
     * which exists only while an import runs (its index refreshes at the import's end, so no waiting there).
     */
    private BulkResponse write(Consumer<BulkRequest.Builder> current, Consumer<BulkRequest.Builder> importing) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor).requireAlias(true);
        current.accept(bulk);
        BulkResponse response = Es.call("bulk write", () -> client.bulk(bulk.build()));
        failOnErrors(alias(), response, false);
        BulkRequest.Builder toImport = new BulkRequest.Builder().requireAlias(true);
        importing.accept(toImport);
        failOnErrors(importingAlias(), Es.call("bulk write", () -> client.bulk(toImport.build())), true);
        return response;
    }

    /** The concrete indices behind the alias; empty if there is none. */
    public Set<String> indicesBehindAlias() {
        return indicesBehind(alias());
    }

    Set<String> indicesBehind(String name) {
        boolean exists = Es.call("alias lookup", () -> client.indices().existsAlias(e -> e.name(name)).value());
        if (!exists) {
            return Set.of();
        }
        return Es.call("alias lookup", () -> client.indices().getAlias(g -> g.name(name)).result().keySet());
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
            createIndex(index, false, false);
            Es.call("alias add", () -> client.indices().updateAliases(u -> u.actions(a -> a.add(x -> x.index(index).alias(alias())))));
            log.info("Created empty product index {} behind alias {}; run importAll to fill it", index, alias());
        }
        aliasReady = true;
    }

    private void createIndex(String index, boolean bulkLoad, boolean importing) {
        Es.call("create index", () -> client.indices().create(c -> {
            c.index(index)
                    .settings(ProductIndexMapping.settings(properties, bulkLoad))
                    .mappings(ProductIndexMapping.mapping(properties));
            return importing ? c.aliases(importingAlias(), a -> a) : c;
        }));
    }

    /**
     * One atomic {@code _aliases} call: remove the alias from every current index, add it to the new one,
     * and take the importing alias off the new one.
     */
    private Set<String> swapAlias(String index) {
        Set<String> old = indicesBehindAlias();
        Es.call("alias swap", () -> client.indices().updateAliases(u -> {
            old.forEach(o -> u.actions(a -> a.remove(r -> r.index(o).alias(alias()))));
            return u.actions(a -> a.add(x -> x.index(index).alias(alias())))
                    .actions(a -> a.remove(r -> r.index(index).alias(importingAlias())));
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

    /** An import's batch: creates only, so a document a sync wrote meanwhile keeps its newer copy. */
    private void bulkCreate(String index, List<EsProduct> documents) {
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        documents.forEach(d -> bulk.operations(op -> op.create(c -> c.index(index).id(String.valueOf(d.id())).document(d))));
        failOnErrors(index, Es.call("bulk index", () -> client.bulk(bulk.build())), false);
    }

    /**
     * Item errors fail the write, except a version conflict of an import's create (a sync was first) and,
     * where {@code aliasMayBeMissing}, the missing importing alias (no import running).
     */
    private static void failOnErrors(String target, BulkResponse response, boolean aliasMayBeMissing) {
        if (!response.errors()) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            String type = item.error() == null ? null : item.error().type();
            boolean expected = "version_conflict_engine_exception".equals(type)
                    || aliasMayBeMissing && "index_not_found_exception".equals(type);
            if (type != null && !expected && reasons.size() < 3) {
                reasons.add(item.id() + ": " + item.error().reason());
            }
        }
        if (!reasons.isEmpty()) {
            throw new IllegalStateException("bulk write into " + target + " failed: " + reasons);
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
