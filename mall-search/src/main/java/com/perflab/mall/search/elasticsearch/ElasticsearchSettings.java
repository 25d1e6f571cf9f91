package com.perflab.mall.search.elasticsearch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Elasticsearch is: the usual {@code spring.elasticsearch.*} keys, bound here because Spring Boot's
 * own Elasticsearch support is left out (it targets the 9.x client).
 */
@ConfigurationProperties("spring.elasticsearch")
record ElasticsearchSettings(
        @DefaultValue("http://127.0.0.1:9200") List<URI> uris,
        @DefaultValue("2s") Duration connectionTimeout,
        @DefaultValue("10s") Duration socketTimeout,
        String username,
        String password) {
}
