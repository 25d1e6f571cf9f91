package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of monitoring/README.md and the services' own configuration: namespace `mall`, labels
 * app.kubernetes.io/part-of=perflab-mall and app.kubernetes.io/name=<service>, the container port named
 * `http` = the service's port in mall-services.properties (its server.port), probes on the actuator health groups, the
 * exporter Service names and ports, the job names the alert rules use, and pod names Fluent Bit tails.
 */
class MonitoringContractTest {

    static Stream<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceFollowsTheScrapeContract(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            int port = Repo.SERVICE_PORTS.get(service);
            var found = Overlays.find(objects, "Deployment", "mall", service);
            if (found.isEmpty()) {
                problems.add("no Deployment mall/" + service);
                continue;
            }
            ObjectNode d = found.get();
            JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
            if (!"perflab-mall".equals(labels.path("app.kubernetes.io/part-of").asText())) {
                problems.add(service + ": pod label app.kubernetes.io/part-of=perflab-mall missing");
            }
            if (!service.equals(labels.path("app.kubernetes.io/name").asText())) {
                problems.add(service + ": pod label app.kubernetes.io/name=" + service + " missing");
            }
            ObjectNode c = Workloads.mainContainers(d).get(0);
            boolean http = false;
            for (JsonNode p : c.path("ports")) {
                if (p.path("name").asText().equals("http")) {
                    http = true;
                    if (p.path("containerPort").asInt() != port) {
                        problems.add(service + ": port http is " + p.path("containerPort").asInt() + ", mall-services.properties says " + port);
                    }
                }
            }
            if (!http) {
                problems.add(service + ": no container port named http");
            }
            for (Map.Entry<String, String> probe : Map.of("startupProbe", "/actuator/health/liveness",
                    "livenessProbe", "/actuator/health/liveness", "readinessProbe", "/actuator/health/readiness").entrySet()) {
                JsonNode get = c.path(probe.getKey()).path("httpGet");
                if (!probe.getValue().equals(get.path("path").asText()) || !"http".equals(get.path("port").asText())) {
                    problems.add(service + ": " + probe.getKey() + " is not GET " + probe.getValue() + " on port http");
                }
            }
            var svc = Overlays.find(objects, "Service", "mall", service);
            if (svc.isEmpty() || !ManifestsTest.servicePorts(svc.get()).contains(port)) {
                problems.add(service + ": no Service mall/" + service + " with port " + port);
            }
            if (Overlays.find(objects, "PodDisruptionBudget", "mall", service).isEmpty()) {
                problems.add(service + ": no PodDisruptionBudget");
            }
            // Fluent Bit tails /var/log/containers/mall-*_mall_*.log
            if (!service.startsWith("mall-")) {
                problems.add(service + ": pod names must start with mall- for Fluent Bit");
            }
        }
        for (String scaled : List.of("mall-gateway", "mall-portal", "mall-cart", "mall-search")) {
            if (Overlays.find(objects, "HorizontalPodAutoscaler", "mall", scaled).isEmpty()) {
                problems.add(scaled + ": no HorizontalPodAutoscaler");
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void exportersAndMonitorsHaveTheNamesTheRulesAndDashboardsExpect(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> exporters = Map.of("mysqld-exporter", 9104, "redis-exporter", 9121, "mongodb-exporter", 9216);
        exporters.forEach((name, port) -> {
            var svc = Overlays.find(objects, "Service", "mall", name);
            if (svc.isEmpty() || !ManifestsTest.servicePorts(svc.get()).contains(port)) {
                problems.add("no Service mall/" + name + " with port " + port + " (monitoring/README.md)");
            }
        });
        var rabbit = Overlays.find(objects, "Service", "mall-infra", "rabbitmq");
        if (rabbit.isEmpty() || !ManifestsTest.servicePorts(rabbit.get()).contains(15692)) {
            problems.add("no Service rabbitmq with the Prometheus plugin's port 15692");
        }
        String plugins = Overlays.find(objects, "ConfigMap", "mall-infra", "rabbitmq-config")
                .map(cm -> cm.path("data").path("enabled_plugins").asText()).orElse("");
        if (!plugins.contains("rabbitmq_prometheus") || !plugins.contains("rabbitmq_management")) {
            problems.add("RabbitMQ does not enable rabbitmq_management and rabbitmq_prometheus");
        }
        List<String> jobs = new ArrayList<>();
        for (ObjectNode monitor : objects) {
            for (String list : List.of("endpoints", "podMetricsEndpoints")) {
                for (JsonNode endpoint : monitor.path("spec").path(list)) {
                    for (JsonNode r : endpoint.path("relabelings")) {
                        if (r.path("targetLabel").asText().equals("job")) {
                            jobs.add(r.path("replacement").asText());
                        }
                    }
                }
            }
        }
        // the job names of monitoring/prometheus/prometheus.yml, which the rules and dashboards select on
        assertThat(jobs).as(overlay + ": job labels set by the monitors")
                .contains("mall-services", "mysqld", "redis", "mongodb", "rabbitmq", "rabbitmq-queues");
        assertThat(problems).as(overlay).isEmpty();
    }
}
