package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * mall-services.properties is the one list of services and ports: each service's server.port refers to it,
 * and the copies Kubernetes and Docker need (k8s/base/mall/*.yaml: Service port, containerPort, the
 * prometheus.io/port annotation and the header comment; the gateway's ingress backend; the local Prometheus
 * targets) say the same port, so none can drift. The images take it from the list itself (./mall images passes
 * each service's port to docker/service.Dockerfile).
 */
class ServiceListTest {

    private static final Pattern PORT_IN_TEXT = Pattern.compile("(?i)\\bport (\\d{4,5})\\b");

    static Stream<String> services() {
        return Repo.SERVICES.stream();
    }

    @Test
    void theListHasEveryServiceOnceOnItsOwnPort() {
        assertThat(Repo.SERVICES).containsExactlyInAnyOrder("mall-gateway", "mall-member", "mall-cart", "mall-portal",
                "mall-search", "mall-admin");
        assertThat(Repo.SERVICES.get(Repo.SERVICES.size() - 1)).as("the gateway starts last").isEqualTo("mall-gateway");
        assertThat(Repo.SERVICE_PORTS.values()).doesNotHaveDuplicates().allMatch(p -> p > 1024 && p < 65536);
    }

    @ParameterizedTest
    @MethodSource("services")
    void serverPortComesFromTheList(String service) {
        JsonNode port = Repo.documents(Repo.path(service + "/src/main/resources/application.yml")).get(0).path("server").path("port");
        assertThat(port.asText()).as(service + " server.port").isEqualTo("${mall.services." + service + "}");
    }

    @ParameterizedTest
    @MethodSource("services")
    void theKubernetesManifestUsesTheListsPort(String service) {
        int port = Repo.SERVICE_PORTS.get(service);
        Path file = Repo.path("k8s/base/mall/" + service + ".yaml");
        List<ObjectNode> objects = Repo.objects(file);
        List<String> problems = new ArrayList<>();
        ObjectNode svc = find(objects, "Service", service);
        ObjectNode deployment = find(objects, "Deployment", service);
        List<Integer> servicePorts = new ArrayList<>();
        svc.path("spec").path("ports").forEach(p -> servicePorts.add(p.path("port").asInt()));
        if (!servicePorts.equals(List.of(port))) {
            problems.add("Service ports " + servicePorts + ", expected [" + port + "]");
        }
        List<Integer> containerPorts = new ArrayList<>();
        Workloads.mainContainers(deployment).forEach(c -> c.path("ports").forEach(p -> containerPorts.add(p.path("containerPort").asInt())));
        if (!containerPorts.equals(List.of(port))) {
            problems.add("containerPorts " + containerPorts + ", expected [" + port + "]");
        }
        String annotation = deployment.path("spec").path("template").path("metadata").path("annotations").path("prometheus.io/port").asText();
        if (!annotation.equals(String.valueOf(port))) {
            problems.add("prometheus.io/port is '" + annotation + "', expected " + port);
        }
        problems.addAll(portsInText(Repo.read(file).lines().filter(l -> l.startsWith("#")).toList(), port));
        assertThat(problems).as(Repo.ROOT.relativize(file) + " (mall-services.properties: " + service + "=" + port + ")").isEmpty();
    }

    @Test
    void theRoutesReachTheGatewayOnTheListsPort() {
        List<String> backends = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (ObjectNode route : Overlays.ofKind(Repo.objects(Repo.path("k8s/base/gateway/gateway.yaml")), "HTTPRoute")) {
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    String name = backend.path("name").asText();
                    if (Repo.SERVICE_PORTS.containsKey(name)) {
                        backends.add(name + ":" + backend.path("port").asInt());
                        expected.add(name + ":" + Repo.SERVICE_PORTS.get(name));
                    }
                }
            }
        }
        assertThat(backends).as("route backends that are mall services").isEqualTo(expected)
                .contains("mall-gateway:" + Repo.SERVICE_PORTS.get("mall-gateway"));
    }

    @Test
    void theLocalPrometheusScrapesTheListsPorts() {
        JsonNode config = Repo.documents(Repo.path("monitoring/prometheus/prometheus-local.yml")).get(0);
        Map<String, String> targets = new HashMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            if (job.path("job_name").asText().equals("mall-services")) {
                for (JsonNode group : job.path("static_configs")) {
                    targets.put(group.path("labels").path("service").asText(), group.path("targets").get(0).asText());
                }
            }
        }
        Map<String, String> expected = new HashMap<>();
        Repo.SERVICE_PORTS.forEach((service, port) -> expected.put(service, "127.0.0.1:" + port));
        assertThat(targets).isEqualTo(expected);
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind) && Workloads.name(o).equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** Ports written in comments ("Port 8086 named http", "on port 8086") that are not the list's. */
    private static List<String> portsInText(List<String> lines, int port) {
        List<String> problems = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PORT_IN_TEXT.matcher(line);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) != port) {
                    problems.add("a comment names port " + m.group(1) + ", expected " + port + ": " + line.strip());
                }
            }
        }
        return problems;
    }
}
