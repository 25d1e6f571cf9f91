package com.perflab.mall.e2e.monitoring;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/** The files under {@code monitoring/} and the PromQL they contain, for the monitoring tests. */
public final class MonitoringFiles {

    public static final Path ROOT = Path.of(System.getProperty("mall.root", "..")).toAbsolutePath().normalize();
    public static final Path MONITORING = ROOT.resolve("monitoring");
    public static final Path PROMETHEUS = MONITORING.resolve("prometheus");
    public static final Path DASHBOARDS = MONITORING.resolve("grafana/dashboards");
    public static final Path PROVISIONING = MONITORING.resolve("grafana/provisioning");
    /** Exporter metrics (documented list): used by the dashboards and rules, never exported by the services. */
    public static final Path EXTERNAL_METRICS = MONITORING.resolve("external-metrics.txt");
    /** Prefixes of metrics that only exporters (mysqld, redis, rabbitmq plugin, mongodb, node, kube-state) expose. */
    public static final List<String> EXTERNAL_PREFIXES = List.of("mysql_", "redis_", "rabbitmq_", "mongodb_", "node_",
            "kube_");
    /** Created lazily by the gateway on the first request Sentinel blocks. */
    public static final Set<String> LAZY_METRICS = Set.of("mall_gateway_flow_blocked_total");

    private MonitoringFiles() {
    }

    public static List<Path> dashboards() {
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> ruleFiles() {
        try (Stream<Path> files = Files.list(PROMETHEUS.resolve("rules"))) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every panel of a dashboard, including those nested in collapsed rows. */
    public static List<Map<String, Object>> panels(Object dashboard) {
        List<Map<String, Object>> all = new ArrayList<>();
        List<Map<String, Object>> top = JsonPath.read(dashboard, "$.panels");
        for (Map<String, Object> panel : top) {
            all.add(panel);
            Object nested = panel.get("panels");
            if (nested instanceof Collection<?> children) {
                children.forEach(child -> all.add(cast(child)));
            }
        }
        return all;
    }

    /** "file / panel title / refId" -> PromQL, for every target of every panel and every query variable. */
    public static Map<String, String> dashboardQueries() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path file : dashboards()) {
            Object dashboard = JsonPath.parse(read(file)).json();
            for (Map<String, Object> panel : panels(dashboard)) {
                Object targets = panel.get("targets");
                if (targets instanceof Collection<?> list) {
                    for (Object t : list) {
                        Map<String, Object> target = cast(t);
                        queries.put(file.getFileName() + " / " + panel.get("title") + " / " + target.get("refId"),
                                String.valueOf(target.get("expr")));
                    }
                }
            }
        }
        return queries;
    }

    /** "file / $name" -> Grafana variable query, for every variable of type query. */
    public static Map<String, String> variableQueries() {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Path file : dashboards()) {
            List<Map<String, Object>> variables = JsonPath.read(read(file), "$.templating.list");
            for (Map<String, Object> variable : variables) {
                if ("query".equals(variable.get("type"))) {
                    Object query = variable.get("query");
                    String text = query instanceof Map<?, ?> q ? String.valueOf(q.get("query")) : String.valueOf(query);
                    queries.put(file.getFileName() + " / $" + variable.get("name"), text);
                }
            }
        }
        return queries;
    }

    /** "file / alert-or-record name" -> expr for every rule. */
    public static Map<String, String> ruleExpressions() {
        Map<String, String> exprs = new LinkedHashMap<>();
        for (Path file : ruleFiles()) {
            Map<String, Object> doc = new Yaml().load(read(file));
            for (Object g : (List<?>) doc.get("groups")) {
                for (Object r : (List<?>) MonitoringFiles.<Map<String, Object>>cast(g).get("rules")) {
                    Map<String, Object> rule = cast(r);
                    Object name = rule.containsKey("alert") ? rule.get("alert") : rule.get("record");
                    exprs.put(file.getFileName() + " / " + name, String.valueOf(rule.get("expr")));
                }
            }
        }
        return exprs;
    }

    /** Names recorded by the rules themselves (level:metric:operation), which no service exports. */
    public static Set<String> recordedNames() {
        Set<String> names = new LinkedHashSet<>();
        for (Path file : ruleFiles()) {
            Map<String, Object> doc = new Yaml().load(read(file));
            for (Object g : (List<?>) doc.get("groups")) {
                for (Object r : (List<?>) MonitoringFiles.<Map<String, Object>>cast(g).get("rules")) {
                    Object record = MonitoringFiles.<Map<String, Object>>cast(r).get("record");
                    if (record != null) {
                        names.add(record.toString());
                    }
                }
            }
        }
        return names;
    }

    /** The documented exporter metric names (one per line, '#' comments). */
    public static Set<String> externalMetrics() {
        Set<String> names = new LinkedHashSet<>();
        for (String line : read(EXTERNAL_METRICS).split("\n")) {
            String name = line.replaceAll("#.*", "").trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    public static boolean hasExternalPrefix(String metric) {
        return EXTERNAL_PREFIXES.stream().anyMatch(metric::startsWith);
    }

    /** Metric names of a Prometheus text exposition (samples, not comments). */
    public static Set<String> exposedNames(String exposition) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    public static <T> T cast(Object o) {
        return (T) o;
    }
}
