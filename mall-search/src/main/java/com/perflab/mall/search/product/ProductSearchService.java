package com.perflab.mall.search.product;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.metrics.BusinessMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** Reads the product index: keyword search, filters and sorts, the filter bar and similar products. */
@Service
class ProductSearchService {

    /** Elasticsearch's default max_result_window: deeper pages need search_after, not from/size. */
    private static final int MAX_WINDOW = 10_000;
    // a short keyword must match completely; longer ones may miss a quarter of their terms
    private static final String MINIMUM_SHOULD_MATCH = "2<75%";
    private static final int FACET_SIZE = 10;

    private final ElasticsearchClient client;
    private final ProductIndexService index;
    private final SearchResultCache results;
    private final Counter searchesWithHits;
    private final Counter searchesEmpty;

    ProductSearchService(ElasticsearchClient client, ProductIndexService index, SearchResultCache results,
            MeterRegistry meters) {
        this.client = client;
        this.index = index;
        this.results = results;
        this.searchesWithHits = BusinessMetrics.searches(meters, true);
        this.searchesEmpty = BusinessMetrics.searches(meters, false);
    }

    PageResult<EsProduct> simple(String keyword, PageQuery page) {
        return search(keyword, null, null, SearchSort.RELEVANCE, page);
    }

    PageResult<EsProduct> search(String keyword, Long brandId, Long productCategoryId, SearchSort sort, PageQuery page) {
        checkWindow(page);
        String words = keyword == null || keyword.isBlank() ? null : keyword.trim();
        PageResult<EsProduct> found = results.page(words, brandId, productCategoryId, sort, page.pageNum(), page.pageSize(),
                () -> page(SearchRequest.of(s -> s.index(index.alias())
                        .query(filtered(words, brandId, productCategoryId, sort == SearchSort.RELEVANCE))
                        .from((int) page.offset())
                        .size(page.pageSize())
                        .sort(sortOptions(sort))), page));
        (found.total() > 0 ? searchesWithHits : searchesEmpty).increment();
        return found;
    }

    RelateInfo relate(String keyword) {
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias())
                .query(filtered(keyword, null, null, false))
                .size(0)
                .aggregations("brandNames", a -> a.terms(t -> t.field("brandName.keyword").size(FACET_SIZE)))
                .aggregations("productCategoryNames", a -> a.terms(t -> t.field("productCategoryName.keyword").size(FACET_SIZE)))
                .aggregations("attrs", a -> a.nested(n -> n.path("attrValueList"))
                        // params (type 1) hold one value each; specs (type 0) are comma-separated SKU choices
                        .aggregations("params", p -> p.filter(f -> f.term(t -> t.field("attrValueList.type").value(1)))
                                .aggregations("attrIds", i -> i.terms(t -> t.field("attrValueList.productAttributeId").size(FACET_SIZE))
                                        .aggregations("attrValues", v -> v.terms(t -> t.field("attrValueList.value").size(FACET_SIZE)))
                                        .aggregations("attrNames", v -> v.terms(t -> t.field("attrValueList.name").size(1)))))));
        SearchResponse<EsProduct> response = execute(request);
        if (response == null) {
            return new RelateInfo(List.of(), List.of(), List.of());
        }
        Map<String, Aggregate> aggs = response.aggregations();
        List<RelateInfo.ProductAttr> attrs = new ArrayList<>();
        Aggregate attrIds = aggs.get("attrs").nested().aggregations().get("params").filter().aggregations().get("attrIds");
        for (LongTermsBucket bucket : attrIds.lterms().buckets().array()) {
            List<String> names = keys(bucket.aggregations().get("attrNames"));
            attrs.add(new RelateInfo.ProductAttr(bucket.key(), names.isEmpty() ? null : names.get(0),
                    keys(bucket.aggregations().get("attrValues"))));
        }
        return new RelateInfo(keys(aggs.get("brandNames")), keys(aggs.get("productCategoryNames")), attrs);
    }

    /** Products like the given one: same words in name/subTitle/keywords, same brand, same category. */
    PageResult<EsProduct> recommend(long id, PageQuery page) {
        checkWindow(page);
        EsProduct product = find(id);
        Query query = Query.of(q -> q.bool(b -> {
            b.mustNot(m -> m.ids(i -> i.values(String.valueOf(id))))
                    .filter(onSale())
                    .minimumShouldMatch("1")
                    .should(s -> s.match(m -> m.field("name").query(product.name()).boost(8f)));
            if (product.subTitle() != null) {
                b.should(s -> s.match(m -> m.field("subTitle").query(product.subTitle()).boost(2f)));
            }
            if (product.keywords() != null) {
                b.should(s -> s.match(m -> m.field("keywords").query(product.keywords()).boost(2f)));
            }
            if (product.brandId() != null) {
                b.should(s -> s.term(t -> t.field("brandId").value(product.brandId()).boost(5f)));
            }
            if (product.productCategoryId() != null) {
                b.should(s -> s.term(t -> t.field("productCategoryId").value(product.productCategoryId()).boost(3f)));
            }
            return b;
        }));
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias()).query(query)
                .from((int) page.offset()).size(page.pageSize()));
        return page(request, page);
    }

    private EsProduct find(long id) {
        try {
            GetResponse<EsProduct> found = Es.call("get", () -> client.get(g -> g.index(index.alias()).id(String.valueOf(id)), EsProduct.class));
            if (found.found() && found.source() != null) {
                return found.source();
            }
        } catch (ElasticsearchException e) {
            if (!Es.isIndexMissing(e)) {
                throw e;
            }
        }
        throw ApiException.notFound("product " + id + " is not in the search index");
    }

    private Query filtered(String keyword, Long brandId, Long productCategoryId, boolean scored) {
        boolean hasKeyword = keyword != null && !keyword.isBlank();
        return Query.of(q -> q.bool(b -> {
            b.filter(onSale());
            if (brandId != null) {
                b.filter(f -> f.term(t -> t.field("brandId").value(brandId)));
            }
            if (productCategoryId != null) {
                b.filter(f -> f.term(t -> t.field("productCategoryId").value(productCategoryId)));
            }
            if (hasKeyword) {
                b.must(scored ? relevance(keyword.trim()) : text(keyword.trim()));
            }
            return b;
        }));
    }

    /** Matches in the name count most, then the subtitle, then the keywords. */
    private static Query text(String keyword) {
        return Query.of(q -> q.multiMatch(m -> m.query(keyword)
                .fields("name^10", "subTitle^5", "keywords^2", "brandName^5", "productCategoryName^2")
                .type(TextQueryType.BestFields)
                .minimumShouldMatch(MINIMUM_SHOULD_MATCH)));
    }

    /**
     * The text match plus fixed weights for each field that matches as a whole (name 10, subTitle 5,
     * keywords 2), so a product named after the keyword beats one that only mentions it.
     */
    private static Query relevance(String keyword) {
        return Query.of(q -> q.functionScore(fs -> fs.query(text(keyword))
                .functions(f -> f.filter(field("name", keyword)).weight(10.0))
                .functions(f -> f.filter(field("subTitle", keyword)).weight(5.0))
                .functions(f -> f.filter(field("keywords", keyword)).weight(2.0))
                .scoreMode(FunctionScoreMode.Sum)
                .boostMode(FunctionBoostMode.Sum)));
    }

    private static Query field(String field, String keyword) {
        return Query.of(q -> q.match(m -> m.field(field).query(keyword).minimumShouldMatch(MINIMUM_SHOULD_MATCH)));
    }

    /** Only on-sale products are indexed; the filter keeps it so if a stale document slips in. */
    private static Query onSale() {
        return Query.of(q -> q.bool(b -> b
                .filter(f -> f.term(t -> t.field("publishStatus").value(1)))
                .filter(f -> f.term(t -> t.field("deleteStatus").value(0)))));
    }

    private static List<SortOptions> sortOptions(SearchSort sort) {
        List<SortOptions> options = new ArrayList<>();
        switch (sort) {
            case RELEVANCE -> options.add(SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc))));
            case NEWEST -> { }
            case SALES -> options.add(byField("sale", SortOrder.Desc));
            case PRICE_ASC -> options.add(byField("price", SortOrder.Asc));
            case PRICE_DESC -> options.add(byField("price", SortOrder.Desc));
        }
        // newest first also breaks ties, so pages are stable
        options.add(byField("id", SortOrder.Desc));
        return options;
    }

    private static SortOptions byField(String field, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(order)));
    }

    private PageResult<EsProduct> page(SearchRequest request, PageQuery page) {
        SearchResponse<EsProduct> response = execute(request);
        if (response == null) {
            return PageResult.empty(page);
        }
        long total = response.hits().total() == null ? 0 : response.hits().total().value();
        List<EsProduct> list = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        return PageResult.of(page, total, list);
    }

    /** Null when no index exists yet (nothing imported): an empty result, not an error. */
    private SearchResponse<EsProduct> execute(SearchRequest request) {
        try {
            return Es.call("search", () -> client.search(request, EsProduct.class));
        } catch (ElasticsearchException e) {
            if (Es.isIndexMissing(e)) {
                return null;
            }
            throw e;
        }
    }

    private static void checkWindow(PageQuery page) {
        if (page.offset() + page.pageSize() > MAX_WINDOW) {
            throw ApiException.badRequest("pageNum: only the first " + MAX_WINDOW + " results can be paged");
        }
    }

    private static List<String> keys(Aggregate terms) {
        if (terms.isSterms()) {
            return terms.sterms().buckets().array().stream().map(b -> b.key().stringValue()).toList();
        }
        return List.of();
    }
}
