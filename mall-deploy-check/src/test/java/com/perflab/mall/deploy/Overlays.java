package com.perflab.mall.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The overlays under k8s/overlays, each rendered once per test run, from a copy of k8s/ whose Secrets' env files
 * k8s/secrets.sh has just written (random values; a user's own files in k8s/base/secrets are never read).
 */
final class Overlays {

    /** Namespaces the manifests use but do not create: the add-ons of the lab guide (3.5) create them. */
    static final Map<String, String> EXTERNAL_NAMESPACES = Map.of("monitoring", "created by kube-prometheus",
            "envoy-gateway-system", "created by Envoy Gateway's install.yaml");

    /** Objects the manifests refer to that kube-prometheus provides. */
    static final Map<String, String> EXTERNAL_OBJECTS = Map.of(
            "ServiceAccount monitoring/prometheus-k8s", "kube-prometheus' Prometheus",
            "Service monitoring/prometheus-k8s", "kube-prometheus' Prometheus (port 9090)");

    private static final Map<String, List<ObjectNode>> CACHE = new ConcurrentHashMap<>();
    private static Path copy;

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
        return CACHE.computeIfAbsent(overlay, o -> List.copyOf(Kustomize.build(dir(o))));
    }

    /** The directory of OVERLAY in the prepared copy of k8s/ (what kubectl kustomize is given too). */
    static Path dir(String overlay) {
        return prepared().resolve("overlays/" + overlay);
    }

    private static synchronized Path prepared() {
        if (copy == null) {
            copy = freshCopy();
        }
        return copy;
    }

    /** A new copy of k8s/ with the Secrets' env files just written by its k8s/secrets.sh; deleted at exit. */
    static Path freshCopy() {
        try {
            Path k8s = Repo.path("k8s");
            Path target = Files.createTempDirectory("perflab-k8s");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(target)));
            try (Stream<Path> files = Files.walk(k8s)) {
                for (Path file : files.toList()) {
                    Path relative = k8s.relativize(file);
                    if (relative.startsWith("base/secrets") && file.toString().endsWith(".env")) {
                        continue;
                    }
                    Path to = target.resolve(relative.toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            Commands.Result secrets = Commands.run(List.of("bash", target.resolve("secrets.sh").toString()), Map.of(),
                    Duration.ofSeconds(60));
            if (secrets.exit() != 0) {
                throw new AssertionError("k8s/secrets.sh failed in the copy " + target + ": " + secrets.output());
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void delete(Path tree) {
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary copy left behind is no failure
        }
    }

    /** data (decoded) and stringData keys with their values of a Secret, data and binaryData keys of a ConfigMap. */
    static JsonNode keys(ObjectNode object) {
        ObjectNode keys = Repo.JSON.createObjectNode();
        boolean secret = object.path("kind").asText().equals("Secret");
        for (String field : List.of("data", "stringData", "binaryData")) {
            object.path(field).fields().forEachRemaining(e -> keys.set(e.getKey(), secret && field.equals("data")
                    ? keys.textNode(new String(Base64.getMimeDecoder().decode(e.getValue().asText()), StandardCharsets.UTF_8))
                    : e.getValue()));
        }
        return keys;
    }
}
