package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the services read in the `cluster` profile (the Nacos data ids of config/nacos/MALL_GROUP and the
 * cluster document of mall-common's mall-defaults.yml), resolved with the environment each Deployment
 * gives its pods, against the manifests: every `${VARIABLE}` without a default is set on every service
 * pod, the variables config/README.md lists are all there, and every host:port the configuration points
 * at is a Service with that port.
 */
class AppConfigTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)(?::([^}]*))?}");

    static Stream<String> overlays() {
        return Overlays.names();
    }

    /** Flattened cluster configuration of one service: packaged defaults, then mall-common.yaml, then its data id. */
    static Map<String, String> clusterConfig(String service) {
        Map<String, String> config = new LinkedHashMap<>();
        for (JsonNode doc : Repo.documents(Repo.path("mall-common/src/main/resources/mall-defaults.yml"))) {
            if (doc.path("spring").path("config").path("activate").path("on-profile").asText().equals("cluster")) {
                flatten("", doc, config);
            }
        }
        for (JsonNode doc : Repo.documents(Repo.path(service + "/src/main/resources/application.yml"))) {
            if (doc.path("spring").path("config").path("activate").path("on-profile").asText().equals("cluster")) {
                flatten("", doc, config);
            }
        }
        flatten("", Repo.documents(Repo.path("config/nacos/MALL_GROUP/mall-common.yaml")).get(0), config);
        Path own = Repo.path("config/nacos/MALL_GROUP/" + service + ".yaml");
        if (Files.isRegularFile(own)) {
            flatten("", Repo.documents(own).get(0), config);
        }
        return config;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(prefix, node.asText());
        }
    }

    /** The environment of a service's container: literal values, fields, Secret and ConfigMap values. */
    static Map<String, String> environment(List<ObjectNode> objects, ObjectNode deployment) {
        Map<String, String> env = new HashMap<>();
        String ns = Workloads.namespace(deployment);
        ObjectNode container = Workloads.mainContainers(deployment).get(0);
        for (JsonNode from : container.path("envFrom")) {
            String kind = from.has("secretRef") ? "Secret" : "ConfigMap";
            String name = from.path(from.has("secretRef") ? "secretRef" : "configMapRef").path("name").asText();
            Overlays.find(objects, kind, ns, name).ifPresent(o -> Overlays.keys(o).fields()
                    .forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText())));
        }
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            JsonNode from = e.path("valueFrom");
            if (e.has("value")) {
                env.put(name, e.path("value").asText());
            } else if (from.has("fieldRef")) {
                env.put(name, "pod-field");
            } else {
                String ref = from.has("secretKeyRef") ? "secretKeyRef" : "configMapKeyRef";
                String kind = ref.equals("secretKeyRef") ? "Secret" : "ConfigMap";
                Overlays.find(objects, kind, ns, from.path(ref).path("name").asText())
                        .map(o -> Overlays.keys(o).path(from.path(ref).path("key").asText()))
                        .filter(v -> !v.isMissingNode())
                        .ifPresent(v -> env.put(name, v.asText()));
            }
        }
        return env;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyVariableTheClusterConfigurationNeedsIsSetOnEveryService(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        List<String> required = readmeVariables();
        List<String> problems = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            ObjectNode deployment = Overlays.find(objects, "Deployment", "mall", service)
                    .orElseThrow(() -> new AssertionError("no Deployment mall/" + service + " in " + overlay));
            Map<String, String> env = environment(objects, deployment);
            for (String variable : required) {
                if (!env.containsKey(variable)) {
                    problems.add(service + ": config/README.md's variable " + variable + " is not set");
                }
            }
            for (Map.Entry<String, String> e : clusterConfig(service).entrySet()) {
                Matcher m = PLACEHOLDER.matcher(e.getValue());
                while (m.find()) {
                    String name = m.group(1);
                    boolean isProperty = name.contains(".") || Character.isLowerCase(name.charAt(0));
                    if (m.group(2) == null && !isProperty && !env.containsKey(name)) {
                        problems.add(service + ": " + e.getKey() + " needs ${" + name + "}, which its pods do not get");
                    }
                }
            }
            if (!"cluster".equals(env.get("SPRING_PROFILES_ACTIVE"))) {
                problems.add(service + ": SPRING_PROFILES_ACTIVE is not cluster");
            }
        }
        assertThat(required).as("variables listed in config/README.md").contains("NACOS_SERVER_ADDR", "MALL_DB_PASSWORD");
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyHostAndPortOfTheClusterConfigurationIsAService(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        Set<String> namespaces = new HashSet<>(Overlays.EXTERNAL_NAMESPACES.keySet());
        Overlays.ofKind(objects, "Namespace").forEach(n -> namespaces.add(Workloads.name(n)));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String service : Repo.SERVICES) {
            ObjectNode deployment = Overlays.find(objects, "Deployment", "mall", service).orElseThrow();
            Map<String, String> env = environment(objects, deployment);
            Map<String, String> config = clusterConfig(service);
            Map<String, String> resolved = new LinkedHashMap<>();
            config.forEach((k, v) -> resolved.put(k, resolve(v, env)));
            for (Map.Entry<String, String> e : resolved.entrySet()) {
                String value = e.getValue();
                if (value.matches(".*\\b(127\\.0\\.0\\.1|localhost)\\b.*")) {
                    problems.add(service + ": " + e.getKey() + " points at " + value + " in the cluster");
                }
                List<String> found = new ArrayList<>();
                ManifestsTest.serviceReferences(objects, namespaces, "mall", value, service + ": " + e.getKey(), found);
                problems.addAll(found);
                Matcher m = ManifestsTest.QUALIFIED_HOST.matcher(value);
                while (m.find()) {
                    if (namespaces.contains(m.group(3))) {
                        seen.add(m.group(1) + "." + m.group(3) + (m.group(4) == null ? "" : ":" + m.group(4)));
                    }
                }
                // host and port given as siblings (spring.data.redis.host / .port, spring.rabbitmq.host / .port)
                if (e.getKey().endsWith(".host")) {
                    String port = resolved.get(e.getKey().substring(0, e.getKey().length() - 5) + ".port");
                    String[] parts = value.split("\\.");
                    if (port == null || parts.length < 2 || !namespaces.contains(parts[1])) {
                        problems.add(service + ": " + e.getKey() + " = " + value + " is not <service>.<namespace> with a port beside it");
                    } else {
                        List<String> pair = new ArrayList<>();
                        ManifestsTest.serviceReferences(objects, namespaces, "mall", parts[0] + "." + parts[1] + ":" + port,
                                service + ": " + e.getKey(), pair);
                        problems.addAll(pair);
                        seen.add(parts[0] + "." + parts[1] + ":" + port);
                    }
                }
            }
        }
        // the middleware of config/nacos/MALL_GROUP/mall-common.yaml, and Nacos itself
        assertThat(seen).as("hosts found in the cluster configuration").contains("mysql.mall-infra:3306",
                "redis.mall-infra:6379", "rabbitmq.mall-infra:5672", "elasticsearch.mall-infra:9200",
                "mongodb.mall-infra:27017", "nacos.mall-infra:8848");
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theSkyWalkingAgentSettingsMatchMonitoring(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        Map<String, Map<String, String>> expected = new HashMap<>();
        for (String line : Repo.read(Repo.path("monitoring/skywalking/services.env")).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("=", 3);
            expected.computeIfAbsent(parts[0], k -> new HashMap<>()).put(parts[1], parts[2]);
        }
        List<String> problems = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            Map<String, String> env = environment(objects, Overlays.find(objects, "Deployment", "mall", service).orElseThrow());
            Map<String, String> wanted = new HashMap<>(expected.getOrDefault("*", Map.of()));
            wanted.putAll(expected.getOrDefault(service, Map.of()));
            wanted.forEach((k, v) -> {
                if (!v.equals(env.get(k))) {
                    problems.add(service + ": " + k + " is " + env.get(k) + ", monitoring/skywalking/services.env says " + v);
                }
            });
            if (!env.getOrDefault("JAVA_TOOL_OPTIONS", "").contains("-javaagent:/skywalking/agent/skywalking-agent.jar")) {
                problems.add(service + ": JAVA_TOOL_OPTIONS does not attach the agent");
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    static String resolve(String value, Map<String, String> env) {
        String current = value;
        for (int i = 0; i < 5; i++) {
            Matcher m = PLACEHOLDER.matcher(current);
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                any = true;
                String replacement = env.containsKey(m.group(1)) ? env.get(m.group(1)) : m.group(2) != null ? m.group(2) : m.group();
                m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(sb);
            if (!any || sb.toString().equals(current)) {
                return sb.toString();
            }
            current = sb.toString();
        }
        return current;
    }

    /** The variables of the table "A pod needs exactly these variables" in config/README.md. */
    static List<String> readmeVariables() {
        String readme;
        try {
            readme = Files.readString(Repo.path("config/README.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int start = readme.indexOf("A pod needs exactly these variables");
        assertThat(start).as("config/README.md still lists the pod's variables").isGreaterThan(0);
        List<String> variables = new ArrayList<>();
        for (String line : readme.substring(start).split("\n")) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("| `")) {
                continue;
            }
            String first = line.substring(1, line.indexOf('|', 1));
            Matcher m = Pattern.compile("`([A-Z0-9_]+)`").matcher(first);
            while (m.find()) {
                variables.add(m.group(1));
            }
        }
        return variables;
    }
}
