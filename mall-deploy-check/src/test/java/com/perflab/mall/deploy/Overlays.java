package com.perflab.mall.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The overlays under k8s/overlays, each rendered once per test run. */
final class Overlays {

    /** Namespaces the manifests use but do not create: kube-prometheus creates `monitoring`. */
    static final Map<String, String> EXTERNAL_NAMESPACES = Map.of("monitoring", "created by kube-prometheus");

    /** Objects the manifests refer to that kube-prometheus provides. */
    static final Map<String, String> EXTERNAL_OBJECTS = Map.of(
            "ServiceAccount monitoring/prometheus-k8s", "kube-prometheus' Prometheus",
            "Service monitoring/prometheus-k8s", "kube-prometheus' Prometheus (port 9090)");

    private static final Map<String, List<ObjectNode>> CACHE = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Stream<String> names() {
        try (Stream<Path> dirs = Files.list(Repo.path("k8s/overlays"))) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            if (names.isEmpty()) {
                throw new AssertionError("no overlays under k8s/overlays");
            }
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> render(String overlay) {
        return CACHE.computeIfAbsent(overlay, o -> List.copyOf(Kustomize.build(Repo.path("k8s/overlays/" + o))));
    }

    static Optional<ObjectNode> find(List<ObjectNode> objects, String kind, String namespace, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && Workloads.name(o).equals(name)
                        && Workloads.namespace(o).equals(namespace))
                .findFirst();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    /** data and stringData keys of a Secret, data and binaryData keys of a ConfigMap. */
    static JsonNode keys(ObjectNode object) {
        ObjectNode keys = Repo.JSON.createObjectNode();
        for (String field : List.of("data", "stringData", "binaryData")) {
            object.path(field).fields().forEachRemaining(e -> keys.set(e.getKey(), e.getValue()));
        }
        return keys;
    }
}
