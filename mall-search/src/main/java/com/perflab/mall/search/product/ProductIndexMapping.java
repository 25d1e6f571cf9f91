package com.perflab.mall.search.product;

import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.IndexSettings;

/**
 * The explicit mapping of the product index. Dynamic mapping is strict so a new field is a deliberate
 * mapping change (and a rebuild), not a guess by Elasticsearch.
 * <ul>
 *   <li>name/subTitle/keywords: text with the configured analysers (IK in the cluster, built-in locally);</li>
 *   <li>brandName/productCategoryName: text for matching plus a {@code keyword} sub-field for aggregations;</li>
 *   <li>id/brandId/productCategoryId: long (id sorts "newest"; term filters on longs are exact);</li>
 *   <li>price/promotionPrice: double; scaled_float (cheaper) lives in the mapper-extras module, which the
 *       local 8.19.2 integ-test distribution lacks, so one mapping serves both;</li>
 *   <li>attrValueList: nested, so attribute id and value stay paired in filters and aggregations.</li>
 * </ul>
 */
final class ProductIndexMapping {

    static final String REFRESH_INTERVAL = "1s";

    private ProductIndexMapping() {
    }

    static TypeMapping mapping(IndexProperties properties) {
        String analyzer = properties.analyzer();
        String searchAnalyzer = properties.searchAnalyzer();
        return TypeMapping.of(m -> m
                .dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
                .properties("id", Property.of(p -> p.long_(l -> l)))
                .properties("productSn", Property.of(p -> p.keyword(k -> k)))
                .properties("brandId", Property.of(p -> p.long_(l -> l)))
                .properties("brandName", Property.of(p -> p.text(t -> t.analyzer(analyzer).searchAnalyzer(searchAnalyzer)
                        .fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256))))))
                .properties("productCategoryId", Property.of(p -> p.long_(l -> l)))
                .properties("productCategoryName", Property.of(p -> p.text(t -> t.analyzer(analyzer)
                        .searchAnalyzer(searchAnalyzer).fields("keyword", f -> f.keyword(k -> k.ignoreAbove(256))))))
                // shown, never searched
                .properties("pic", Property.of(p -> p.keyword(k -> k.index(false).docValues(false))))
                .properties("name", Property.of(p -> p.text(t -> t.analyzer(analyzer).searchAnalyzer(searchAnalyzer))))
                .properties("subTitle", Property.of(p -> p.text(t -> t.analyzer(analyzer).searchAnalyzer(searchAnalyzer))))
                .properties("keywords", Property.of(p -> p.text(t -> t.analyzer(analyzer).searchAnalyzer(searchAnalyzer))))
                .properties("price", Property.of(p -> p.double_(d -> d)))
                .properties("promotionPrice", Property.of(p -> p.double_(d -> d)))
                .properties("sale", Property.of(p -> p.integer(i -> i)))
                .properties("stock", Property.of(p -> p.integer(i -> i)))
                .properties("hasStock", Property.of(p -> p.boolean_(b -> b)))
                .properties("newStatus", Property.of(p -> p.byte_(b -> b)))
                .properties("recommandStatus", Property.of(p -> p.byte_(b -> b)))
                .properties("publishStatus", Property.of(p -> p.byte_(b -> b)))
                .properties("deleteStatus", Property.of(p -> p.byte_(b -> b)))
                .properties("sort", Property.of(p -> p.integer(i -> i)))
                .properties("attrValueList", Property.of(p -> p.nested(n -> n
                        .properties("productId", Property.of(q -> q.long_(l -> l)))
                        .properties("productAttributeId", Property.of(q -> q.long_(l -> l)))
                        .properties("value", Property.of(q -> q.keyword(k -> k.ignoreAbove(256))))
                        .properties("type", Property.of(q -> q.byte_(b -> b)))
                        .properties("name", Property.of(q -> q.keyword(k -> k.ignoreAbove(256))))))));
    }

    /** Settings of a new index; for a bulk load refresh is off, and switched on before the swap. */
    static IndexSettings settings(IndexProperties properties, boolean bulkLoad) {
        return IndexSettings.of(s -> s
                .numberOfShards(String.valueOf(properties.shards()))
                .numberOfReplicas(String.valueOf(properties.replicas()))
                .refreshInterval(t -> t.time(bulkLoad ? "-1" : REFRESH_INTERVAL)));
    }
}
