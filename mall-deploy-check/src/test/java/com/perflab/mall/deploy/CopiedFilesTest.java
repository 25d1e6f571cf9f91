package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * kustomize reads files only inside the kustomization's directory, so k8s/base/files holds copies of
 * monitoring/ (dashboards, Grafana provisioning, Fluent Bit, SkyWalking agent) and k8s/base/monitoring
 * holds the alert rules as PrometheusRules. They must equal their sources: `k8s/sync-files.sh` refreshes them.
 */
class CopiedFilesTest {

    private static final String FIX = " (run k8s/sync-files.sh and commit)";

    @Test
    void copiesEqualTheirSources() throws IOException {
        Map<String, String> copies = new java.util.LinkedHashMap<>(Map.of(
                "monitoring/grafana/provisioning/datasources/prometheus.yml", "k8s/base/files/grafana-provisioning/datasource-prometheus.yml",
                "monitoring/grafana/provisioning/dashboards/perflab-mall.yml", "k8s/base/files/grafana-provisioning/dashboards-perflab-mall.yml",
                "monitoring/fluent-bit/fluent-bit.conf", "k8s/base/files/fluent-bit/fluent-bit.conf",
                "monitoring/fluent-bit/parsers.conf", "k8s/base/files/fluent-bit/parsers.conf",
                "monitoring/skywalking/agent.config", "k8s/base/files/skywalking/agent.config"));
        try (Stream<Path> dashboards = Files.list(Repo.path("monitoring/grafana/dashboards"))) {
            dashboards.filter(p -> p.toString().endsWith(".json")).forEach(p -> copies.put(
                    "monitoring/grafana/dashboards/" + p.getFileName(), "k8s/base/files/grafana-dashboards/" + p.getFileName()));
        }
        List<String> problems = new ArrayList<>();
        copies.forEach((source, copy) -> {
            Path c = Repo.path(copy);
            if (!Files.isRegularFile(c)) {
                problems.add(copy + " is missing" + FIX);
            } else if (!Repo.read(c).equals(Repo.read(Repo.path(source)))) {
                problems.add(copy + " differs from " + source + FIX);
            }
        });
        try (Stream<Path> files = Files.list(Repo.path("k8s/base/files/grafana-dashboards"))) {
            files.filter(p -> !Files.isRegularFile(Repo.path("monitoring/grafana/dashboards/" + p.getFileName())))
                    .forEach(p -> problems.add(Repo.ROOT.relativize(p) + " has no source in monitoring/grafana/dashboards (delete it)"));
        }
        String kustomization = Repo.read(Repo.path("k8s/base/kustomization.yaml"));
        copies.values().stream().filter(c -> c.startsWith("k8s/base/files/grafana-dashboards/"))
                .map(c -> c.substring("k8s/base/".length()))
                .filter(c -> !kustomization.contains(c))
                .forEach(c -> problems.add(c + " is not in the grafana-dashboards configMapGenerator of k8s/base/kustomization.yaml"));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleFileIsAPrometheusRuleWithTheSameGroups() throws IOException {
        List<String> problems = new ArrayList<>();
        String kustomization = Repo.read(Repo.path("k8s/base/kustomization.yaml"));
        try (Stream<Path> rules = Files.list(Repo.path("monitoring/prometheus/rules"))) {
            for (Path rule : rules.filter(p -> p.toString().endsWith(".yml")).sorted().toList()) {
                String name = rule.getFileName().toString().replace(".yml", "");
                Path copy = Repo.path("k8s/base/monitoring/rules-" + name + ".yaml");
                if (!Files.isRegularFile(copy)) {
                    problems.add(Repo.ROOT.relativize(copy) + " is missing" + FIX);
                    continue;
                }
                JsonNode pr = Repo.documents(copy).get(0);
                JsonNode original = Repo.documents(rule).get(0);
                if (!pr.path("kind").asText().equals("PrometheusRule") || !pr.path("spec").equals(original)) {
                    problems.add(Repo.ROOT.relativize(copy) + " is not " + Repo.ROOT.relativize(rule) + " under spec" + FIX);
                }
                if (!kustomization.contains("monitoring/rules-" + name + ".yaml")) {
                    problems.add("monitoring/rules-" + name + ".yaml is not a resource of k8s/base/kustomization.yaml");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
