package com.perflab.mall.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The metric-name extraction that the dashboard and rule checks rely on. */
class PromQlMetricNamesTest {

    @Test
    void quantileOverBucketsWithAggregationAndVariables() {
        assertThat(PromQlMetricNames.of("histogram_quantile(0.99, sum by (application, le) (rate("
                + "http_server_requests_seconds_bucket{application=~\"$application\",uri!~\"/actuator.*\"}[$__rate_interval])))"))
                .containsExactly("http_server_requests_seconds_bucket");
    }

    @Test
    void ratiosBareNamesAndTrailingBy() {
        assertThat(PromQlMetricNames.of("sum(rate(mall_orders_paid_total[5m])) by (reason) / sum(increase("
                + "mall_orders_placed_total[15m])) * 60 > bool 0.5 unless on(instance) up == 0"))
                .containsExactly("mall_orders_paid_total", "mall_orders_placed_total", "up");
    }

    @Test
    void skipsStringsNumbersKeywordsOffsetsAndGrafanaSyntax() {
        assertThat(PromQlMetricNames.of("label_replace(topk(5, jvm_memory_used_bytes{area=\"heap\"} offset 5m), "
                + "\"x\", \"$1\", \"id\", \"(.*)\") / ignoring(id) group_left(area) jvm_memory_max_bytes > 1e3 "
                + "and ${x} < [[y]] or vector(1)"))
                .containsExactly("jvm_memory_used_bytes", "jvm_memory_max_bytes");
        assertThat(PromQlMetricNames.of("{__name__=\"hikaricp_connections_active\", pool=\"p\"}"))
                .containsExactly("hikaricp_connections_active");
        assertThat(PromQlMetricNames.of("count without (instance) (up) - count(sum by (application) (jvm_info))"))
                .containsExactly("up", "jvm_info");
    }

    @Test
    void subqueriesAndRecordingRuleNames() {
        assertThat(PromQlMetricNames.of("max_over_time(mall:http_server_requests:error_ratio_rate5m[1h:1m])"))
                .containsExactly("mall:http_server_requests:error_ratio_rate5m");
    }

    @Test
    void grafanaVariableQueries() {
        assertThat(PromQlMetricNames.ofVariableQuery(
                "label_values(jvm_info{application=~\"$application\"}, instance)")).containsExactly("jvm_info");
        assertThat(PromQlMetricNames.ofVariableQuery("label_values(application)")).isEmpty();
        assertThat(PromQlMetricNames.ofVariableQuery("query_result(topk(3, rate(cache_gets_total[5m])))"))
                .containsExactly("cache_gets_total");
    }
}
