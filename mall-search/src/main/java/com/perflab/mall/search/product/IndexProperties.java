package com.perflab.mall.search.product;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mall.search.*}: the product index.
 *
 * @param indexAlias      the alias searches and sync go through; each importAll builds {@code {alias}-{timestamp}}
 * @param analyzer        index-time analyser of name/subTitle/keywords ({@code ik_max_word} with IK installed)
 * @param searchAnalyzer  query-time analyser ({@code ik_smart} with IK installed)
 * @param shards          primary shards of a new index (1 locally; more in the cluster)
 * @param replicas        replicas of a new index (0 locally: one node cannot place a replica)
 * @param importBatchSize products read from the database and sent per bulk request
 * @param resultCacheTtl  how long a search result page is reused ({@link SearchResultCache}); 0 turns it off
 * @param resultCacheSize the most result pages kept
 */
@Validated
@ConfigurationProperties("mall.search")
record IndexProperties(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_.-]*", message = "must be a lowercase index name")
        @DefaultValue("pms") String indexAlias,
        @NotBlank @DefaultValue("standard") String analyzer,
        @NotBlank @DefaultValue("standard") String searchAnalyzer,
        @Min(1) @Max(64) @DefaultValue("1") int shards,
        @Min(0) @Max(8) @DefaultValue("0") int replicas,
        @Min(1) @Max(10_000) @DefaultValue("500") int importBatchSize,
        @NotNull @DefaultValue("5s") Duration resultCacheTtl,
        @Min(1) @Max(1_000_000) @DefaultValue("10000") int resultCacheSize) {
}
