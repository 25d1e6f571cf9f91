package com.perflab.mall.e2e.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Grafana dashboards and provisioning files as files: they parse, have the required fields, and every
 * query names at least one metric; exporter metrics are from the documented list. Whether the services
 * really export the other names is {@code MonitoringLiveMetricsTest}'s job (it needs the running lab).
 */
class DashboardFilesTest {

    @Test
    void theSevenDashboardsExist() {
        assertThat(MonitoringFiles.dashboards()).extracting(p -> p.getFileName().toString()).contains(
                "mall-overview.json", "mall-jvm.json", "mall-gateway.json", "mall-business.json", "mall-mysql.json",
                "mall-redis.json", "mall-rabbitmq.json");
    }

    @Test
    void everyDashboardHasUidTitleAndPanelsWithDatasourceAndTargets() {
        Set<String> uids = new HashSet<>();
        for (Path file : MonitoringFiles.dashboards()) {
            String name = file.getFileName().toString();
            Object dashboard = JsonPath.parse(MonitoringFiles.read(file)).json(); // throws on invalid JSON
            String uid = JsonPath.read(dashboard, "$.uid");
            String title = JsonPath.read(dashboard, "$.title");
            assertThat(uid).as("%s uid", name).isNotBlank().hasSizeLessThanOrEqualTo(40);
            assertThat(uids.add(uid)).as("%s: uid %s is unique", name, uid).isTrue();
            assertThat(title).as("%s title", name).isNotBlank();
            List<Map<String, Object>> panels = MonitoringFiles.panels(dashboard);
            assertThat(panels).as("%s panels", name).isNotEmpty();
            Set<Object> ids = new HashSet<>();
            for (Map<String, Object> panel : panels) {
                String where = name + " / " + panel.get("title");
                assertThat(ids.add(panel.get("id"))).as("%s: panel id unique", where).isTrue();
                assertThat(panel).as(where).containsKeys("type", "title", "gridPos");
                if ("row".equals(panel.get("type"))) {
                    continue;
                }
                assertThat(panel.get("datasource")).as("%s datasource", where).isInstanceOf(Map.class);
                Map<?, ?> datasource = (Map<?, ?>) panel.get("datasource");
                assertThat(datasource.get("type")).as("%s datasource type", where).isEqualTo("prometheus");
                assertThat(String.valueOf(datasource.get("uid"))).as("%s datasource uid", where).isNotBlank();
                assertThat(panel.get("targets")).as("%s targets", where).isInstanceOf(List.class);
                List<?> targets = (List<?>) panel.get("targets");
                assertThat(targets).as("%s targets", where).isNotEmpty();
                for (Object t : targets) {
                    Map<?, ?> target = (Map<?, ?>) t;
                    assertThat(String.valueOf(target.get("expr"))).as("%s expr", where).isNotBlank();
                    assertThat(String.valueOf(target.get("refId"))).as("%s refId", where).isNotBlank();
                }
            }
            // the datasource variable the panels refer to
            List<String> variables = JsonPath.read(dashboard, "$.templating.list[*].name");
            assertThat(variables).as("%s variables", name).contains("datasource");
        }
    }

    @Test
    void everyQueryNamesAMetricAndExporterMetricsAreDocumented() {
        Set<String> external = MonitoringFiles.externalMetrics();
        Map<String, String> queries = new java.util.LinkedHashMap<>(MonitoringFiles.dashboardQueries());
        queries.putAll(MonitoringFiles.ruleExpressions());
        Set<String> usedExternal = new HashSet<>();
        for (Map.Entry<String, String> query : queries.entrySet()) {
            Set<String> names = PromQlMetricNames.of(query.getValue());
            assertThat(names).as("metrics in %s: %s", query.getKey(), query.getValue()).isNotEmpty();
            for (String metric : names) {
                if (MonitoringFiles.externalMetrics().contains(metric)) {
                    usedExternal.add(metric);
                }
                assertThat(metric).as("%s: %s", query.getKey(), query.getValue()).matches("[a-zA-Z_:][a-zA-Z0-9_:]*");
            }
        }
        for (Map.Entry<String, String> variable : MonitoringFiles.variableQueries().entrySet()) {
            assertThat(PromQlMetricNames.ofVariableQuery(variable.getValue())).as(variable.getKey()).isNotEmpty();
        }
        assertThat(external).allSatisfy(m -> assertThat(MonitoringFiles.hasExternalPrefix(m)).as(m).isTrue());
        assertThat(usedExternal).as("documented exporter metrics that are used").isNotEmpty();
    }

    @Test
    void provisioningFilesParseAndPointAtTheDashboards() {
        Map<String, Object> datasources = new Yaml().load(MonitoringFiles.read(
                MonitoringFiles.PROVISIONING.resolve("datasources/prometheus.yml")));
        assertThat(datasources.get("apiVersion")).isEqualTo(1);
        List<Map<String, Object>> list = MonitoringFiles.cast(datasources.get("datasources"));
        assertThat(list).singleElement().satisfies(ds -> {
            assertThat(ds).containsEntry("type", "prometheus").containsEntry("uid", "prometheus");
            assertThat(String.valueOf(ds.get("url"))).isNotBlank();
        });
        // the dashboards' datasource variable defaults to that datasource
        for (Path file : MonitoringFiles.dashboards()) {
            List<Object> current = JsonPath.read(MonitoringFiles.read(file),
                    "$.templating.list[?(@.name == 'datasource')].current.value");
            assertThat(current).as(file.getFileName().toString()).containsExactly("prometheus");
        }

        Map<String, Object> dashboards = new Yaml().load(MonitoringFiles.read(
                MonitoringFiles.PROVISIONING.resolve("dashboards/perflab-mall.yml")));
        assertThat(dashboards.get("apiVersion")).isEqualTo(1);
        List<Map<String, Object>> providers = MonitoringFiles.cast(dashboards.get("providers"));
        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).containsEntry("type", "file");
            Map<String, Object> options = MonitoringFiles.cast(provider.get("options"));
            String path = String.valueOf(options.get("path"));
            assertThat(path).startsWith("/");
            // the README tells to mount monitoring/grafana/dashboards at exactly that path
            String readme = MonitoringFiles.read(MonitoringFiles.MONITORING.resolve("README.md"));
            assertThat(readme).contains("monitoring/grafana/dashboards:" + path);
        });
        String provider = MonitoringFiles.read(MonitoringFiles.PROVISIONING.resolve("dashboards/perflab-mall.yml"));
        assertThat(provider).contains("monitoring/grafana/dashboards");
        assertThat(MonitoringFiles.dashboards().stream().map(p -> p.getParent().getFileName().toString())
                .collect(Collectors.toSet())).containsExactly("dashboards");
    }
}
