package com.perflab.mall.search.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.search.SearchIntegrationTest;
import com.perflab.mall.search.TestIndices;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import on one instance of mall-search while another instance applies product events (the cluster runs
 * several): real MariaDB and Elasticsearch, two {@link ProductIndexService}s that share nothing but them. The
 * importing instance is held after it has read its first batch, so the change lands in the window where an
 * import used to lose it (the other instance wrote only to the old index, which the swap then threw away).
 */
@SearchIntegrationTest
class ImportWhileSyncingTest {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    ProductMapper mapper;
    @Autowired
    IndexProperties properties;
    @Autowired
    SearchResultCache results;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProductIndexService otherInstance;

    final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeAll
    void importCatalog() {
        assertThat(otherInstance.importAll()).isPositive();
    }

    @AfterAll
    void deleteIndices() throws Exception {
        executor.shutdownNow();
        for (String index : otherInstance.indicesBehind(otherInstance.importingAlias())) {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        }
        TestIndices.deleteAll(client, otherInstance);
    }

    @Test
    void aProductChangedAndSyncedElsewhereDuringAnImportKeepsItsChangeAfterTheSwap() throws Exception {
        EsProduct first = mapper.findIndexableAfter(0, 1).get(0);
        long id = first.id();
        String original = first.name();
        String renamed = "导入期间改名 " + UUID.randomUUID();
        CountDownLatch firstBatchRead = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        ProductIndexService importer = new ProductIndexService(client, pausingAfterFirstBatch(firstBatchRead, resume),
                properties, results);
        try {
            Future<Integer> importing = executor.submit(importer::importAll);
            assertThat(firstBatchRead.await(30, TimeUnit.SECONDS)).as("the import read its first batch").isTrue();
            assertThat(otherInstance.indicesBehind(otherInstance.importingAlias())).as("the import's index is marked").hasSize(1);

            jdbc.update("UPDATE pms_product SET name = ? WHERE id = ?", renamed, id);
            otherInstance.sync(id);
            assertThatThrownBy(otherInstance::importAll).as("one import at a time, across instances")
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("already running"));

            resume.countDown();
            assertThat(importing.get(60, TimeUnit.SECONDS)).isPositive();
            assertThat(document(id).name()).as("the renamed product after the swap").isEqualTo(renamed);
            assertThat(otherInstance.indicesBehind(otherInstance.importingAlias())).as("no import marked any more").isEmpty();
        } finally {
            resume.countDown();
            jdbc.update("UPDATE pms_product SET name = ? WHERE id = ?", original, id);
            otherInstance.sync(id);
        }
        assertThat(document(id).name()).isEqualTo(original);
    }

    @Test
    void anImportLeftBehindByADeadInstanceIsRemovedByTheNextOne() throws Exception {
        String abandoned = otherInstance.alias() + "-"
                + LocalDateTime.now().minus(ProductIndexService.ABANDONED_IMPORT).minusMinutes(5).format(ProductIndexService.INDEX_SUFFIX);
        client.indices().create(c -> c.index(abandoned).aliases(otherInstance.importingAlias(), a -> a));

        assertThat(otherInstance.importAll()).isPositive();

        assertThat(client.indices().exists(e -> e.index(abandoned)).value()).isFalse();
        assertThat(otherInstance.indicesBehind(otherInstance.importingAlias())).isEmpty();
    }

    /** The real mapper, except that the import's first batch read waits for {@code resume}. */
    private ProductMapper pausingAfterFirstBatch(CountDownLatch firstBatchRead, CountDownLatch resume) {
        return (ProductMapper) Proxy.newProxyInstance(ProductMapper.class.getClassLoader(), new Class<?>[] {ProductMapper.class},
                (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(mapper, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("findIndexableAfter") && firstBatchRead.getCount() > 0) {
                        assertThat((List<?>) result).isNotEmpty();
                        firstBatchRead.countDown();
                        resume.await(30, TimeUnit.SECONDS);
                    }
                    return result;
                });
    }

    private EsProduct document(long id) throws Exception {
        GetResponse<EsProduct> found = client.get(g -> g.index(otherInstance.alias()).id(String.valueOf(id)), EsProduct.class);
        return found.found() ? found.source() : null;
    }
}
