package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay builds ({@link Kustomize}: files exist and lie inside their kustomization, patches hit
 * their targets, JSON patch paths exist), every YAML under k8s/ is a file some kustomization uses, and the
 * overlays do what they say. `kubectl kustomize k8s/overlays/<overlay>` is the final word: KubectlKustomizeTest
 * holds the Java renderer to it wherever kubectl is installed.
 */
class KustomizationTest {

    static Stream<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void overlayBuilds(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        assertThat(objects).hasSizeGreaterThan(50);
        assertThat(Overlays.ofKind(objects, "Deployment").stream().map(Workloads::name))
                .contains(Repo.SERVICES.toArray(String[]::new));
    }

    @Test
    void everyYamlFileUnderK8sIsUsed() throws IOException {
        Set<String> used = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(Repo.path("k8s"))) {
            for (Path k : files.filter(p -> p.getFileName().toString().equals("kustomization.yaml")).toList()) {
                used.add(Repo.ROOT.relativize(k).toString());
                JsonNode doc = Repo.documents(k).get(0);
                for (String list : List.of("resources")) {
                    doc.path(list).forEach(r -> used.add(Repo.ROOT.relativize(k.getParent().resolve(r.asText()).normalize()).toString()));
                }
                doc.path("patches").forEach(p -> {
                    if (p.has("path")) {
                        used.add(Repo.ROOT.relativize(k.getParent().resolve(p.path("path").asText()).normalize()).toString());
                    }
                });
            }
        }
        List<String> unused = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repo.path("k8s"))) {
            files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .map(p -> Repo.ROOT.relativize(p).toString())
                    .filter(p -> !p.startsWith("k8s/base/files/"))
                    .filter(p -> !used.contains(p))
                    .forEach(unused::add);
        }
        assertThat(unused).as("YAML files under k8s/ that no kustomization lists").isEmpty();
    }

    @Test
    void theOverlaysDifferAsDocumented() {
        List<ObjectNode> lab = Overlays.render("lab");
        List<ObjectNode> small = Overlays.render("small");
        assertThat(Overlays.find(lab, "StatefulSet", "mall-infra", "nacos").orElseThrow().path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(Overlays.find(small, "StatefulSet", "mall-infra", "nacos").orElseThrow().path("spec").path("replicas").asInt()).isEqualTo(1);
        assertThat(env(Overlays.find(small, "StatefulSet", "mall-infra", "nacos").orElseThrow(), "MODE")).isEqualTo("standalone");
        assertThat(env(Overlays.find(lab, "StatefulSet", "mall-infra", "nacos").orElseThrow(), "MODE")).isEqualTo("cluster");
        ObjectNode labEs = Overlays.find(lab, "StatefulSet", "mall-infra", "elasticsearch").orElseThrow();
        assertThat(labEs.path("spec").path("replicas").asInt()).isEqualTo(3);
        assertThat(env(labEs, "discovery.type")).isEqualTo("multi-node");
        assertThat(env(labEs, "cluster.initial_master_nodes")).isEqualTo("elasticsearch-0,elasticsearch-1,elasticsearch-2");
        assertThat(env(Overlays.find(small, "StatefulSet", "mall-infra", "elasticsearch").orElseThrow(), "discovery.type")).isEqualTo("single-node");
        assertThat(Workloads.mainContainers(Overlays.find(lab, "Deployment", "mall", "mall-portal").orElseThrow()).get(0).path("image").asText())
                .isEqualTo("192.168.10.30:5000/perflab/mall-portal:0.1.0");
        assertThat(Overlays.find(small, "HorizontalPodAutoscaler", "mall", "mall-search").orElseThrow().path("spec").path("maxReplicas").asInt()).isEqualTo(2);
        assertThat(Overlays.find(lab, "HorizontalPodAutoscaler", "mall", "mall-search").orElseThrow().path("spec").path("maxReplicas").asInt()).isEqualTo(9);
        assertThat(Workloads.mainContainers(Overlays.find(small, "Deployment", "mall", "mall-cart").orElseThrow()).get(0)
                .path("resources").path("limits").path("memory").asText()).isEqualTo("768Mi");
    }

    @Test
    void theCheckRefusesWhatKustomizeRefuses(@TempDir Path dir) throws IOException {
        Path base = Files.createDirectories(dir.resolve("base"));
        Files.writeString(base.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [cm.yaml]\n");
        Files.writeString(base.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\ndata: {k: v}\n");
        Path overlay = Files.createDirectories(dir.resolve("overlay"));
        Files.writeString(overlay.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
                + "resources: [../base]\npatches:\n  - target: {kind: ConfigMap, name: a}\n    patch: |-\n      - op: replace\n        path: /data/missing\n        value: v\n");
        assertThatThrownBy(() -> Kustomize.build(overlay)).hasMessageContaining("no such path");
        Files.writeString(overlay.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../base/cm.yaml]\n");
        assertThatThrownBy(() -> Kustomize.build(overlay)).hasMessageContaining("outside");
        Files.writeString(overlay.resolve("kustomization.yaml"), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [../base]\npatches:\n  - path: p.yaml\n");
        Files.writeString(overlay.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b, namespace: x}\ndata: {k: w}\n");
        assertThatThrownBy(() -> Kustomize.build(overlay)).hasMessageContaining("do not define");
        Files.writeString(overlay.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: x}\ndata: {k: w}\n");
        assertThat(Kustomize.build(overlay).get(0).path("data").path("k").asText()).isEqualTo("w");
    }

    @Test
    void theModelCheckFindsUnknownFieldsAndKinds() throws IOException {
        JsonNode typo = Repo.YAML.readTree("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a, namespace: x}\n"
                + "spec:\n  selector: {matchLabels: {a: b}}\n  template:\n    metadata: {labels: {a: b}}\n    spec:\n"
                + "      containers:\n        - name: c\n          image: x:1\n          readinessprobe: {}\n");
        assertThat(StrictModel.problems(typo)).anyMatch(p -> p.contains("readinessprobe"));
        JsonNode kind = Repo.YAML.readTree("apiVersion: apps/v2\nkind: Deployment\nmetadata: {name: a}\n");
        assertThat(StrictModel.problems(kind)).anyMatch(p -> p.contains("not a Kubernetes kind"));
        JsonNode monitor = Repo.YAML.readTree("apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata: {name: a}\n"
                + "spec:\n  selector: {matchLabels: {a: b}}\n  endpoints:\n    - port: http\n      intervall: 15s\n");
        assertThat(StrictModel.problems(monitor)).anyMatch(p -> p.contains("intervall"));
    }

    private static String env(ObjectNode workload, String name) {
        for (JsonNode e : Workloads.mainContainers(workload).get(0).path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").asText();
            }
        }
        return null;
    }
}
