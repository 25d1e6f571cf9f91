package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.e2e.monitoring.MonitoringFiles;
import com.perflab.mall.e2e.monitoring.PromQlMetricNames;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every metric that a Grafana dashboard or an alert rule reads is really exported by the running services:
 * a little traffic through the gateway first (so that request, route and cache metrics exist), then a live
 * scrape of each service's {@code /actuator/prometheus} on its own port (the gateway does not route it).
 * A name is accepted when some service exports it; otherwise only when it is an exporter metric listed in
 * {@code monitoring/external-metrics.txt} (mysql_, redis_, rabbitmq_, mongodb_, node_, kube_ prefixes), a name
 * recorded by the rules, Prometheus' own {@code up}, or the lazily created
 * {@code mall_gateway_flow_blocked_total}.
 */
class MonitoringLiveMetricsTest {

    static PrivateLab lab;
    static Set<String> exported;

    @BeforeAll
    static void scrape() throws Exception {
        lab = PrivateLab.shared();
        for (String service : lab.ports().keySet()) {
            if (!service.equals("mall-gateway")) {
                lab.get("/" + service + "/actuator/health");
            }
        }
        lab.get("/mall-portal/home/content");
        lab.get("/mall-portal/product/detail/1");
        lab.get("/mall-search/esProduct/search/simple?keyword=phone&pageSize=1");
        lab.get("/mall-cart/cart/list"); // 401 at the gateway

        exported = new TreeSet<>();
        for (String service : lab.ports().keySet()) {
            HttpResponse<String> reply = lab.getDirect(service, "/actuator/prometheus", Map.of());
            assertThat(reply.statusCode()).as("%s /actuator/prometheus", service).isEqualTo(200);
            Set<String> names = MonitoringFiles.exposedNames(reply.body());
            assertThat(names).as("%s exports JVM and HTTP metrics", service)
                    .contains("jvm_memory_used_bytes", "http_server_requests_seconds_bucket");
            exported.addAll(names);
        }
    }

    @Test
    void everyDashboardQueryReadsExportedMetrics() {
        Map<String, String> queries = new LinkedHashMap<>(MonitoringFiles.dashboardQueries());
        List<String> missing = new ArrayList<>();
        queries.forEach((where, expr) -> PromQlMetricNames.of(expr).stream().filter(m -> !known(m))
                .forEach(m -> missing.add(m + "  (" + where + ")")));
        MonitoringFiles.variableQueries().forEach((where, query) -> PromQlMetricNames.ofVariableQuery(query).stream()
                .filter(m -> !known(m)).forEach(m -> missing.add(m + "  (" + where + ")")));
        assertThat(missing).as("metrics that no service exports and that are not documented exporter metrics;"
                + " the services export: %s", exported).isEmpty();
    }

    @Test
    void everyAlertRuleReadsExportedMetrics() {
        List<String> missing = new ArrayList<>();
        MonitoringFiles.ruleExpressions().forEach((where, expr) -> PromQlMetricNames.of(expr).stream()
                .filter(m -> !known(m)).forEach(m -> missing.add(m + "  (" + where + ")")));
        assertThat(missing).as("metrics that no service exports; the services export: %s", exported).isEmpty();
    }

    @Test
    void theBusinessCountersAreExported() {
        assertThat(exported).contains("mall_orders_placed_total", "mall_orders_paid_total",
                "mall_orders_cancelled_total", "mall_orders_gmv_total", "mall_logins_total", "mall_searches_total");
    }

    private static boolean known(String metric) {
        if (exported.contains(metric) || metric.equals("up") || MonitoringFiles.LAZY_METRICS.contains(metric)
                || MonitoringFiles.recordedNames().contains(metric)) {
            return true;
        }
        return MonitoringFiles.hasExternalPrefix(metric) && MonitoringFiles.externalMetrics().contains(metric);
    }
}
