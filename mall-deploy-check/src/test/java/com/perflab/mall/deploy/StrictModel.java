package com.perflab.mall.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Reads a manifest into its fabric8 Kubernetes model class (chosen by apiVersion and kind) and reports
 * every field the model does not know: fabric8 keeps unknown fields in additionalProperties instead of
 * failing, so the parsed object tree is walked and any non-empty additionalProperties is a problem. An
 * apiVersion/kind the model does not know (a typo such as apps/v2) parses as GenericKubernetesResource
 * and is a problem too, except for the Prometheus Operator kinds, which are checked against the field
 * lists in {@link #CRD_FIELDS} (their model is not on Maven Central for this fabric8 version), and Envoy
 * Gateway's EnvoyProxy, whose few fields used here are checked by path in {@link #ENVOY_PROXY_FIELDS}.
 */
final class StrictModel {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private StrictModel() {
    }

    static List<String> problems(JsonNode doc) {
        List<String> problems = new ArrayList<>();
        String id = Repo.id(doc);
        String apiVersion = doc.path("apiVersion").asText();
        if (apiVersion.startsWith("monitoring.coreos.com/")) {
            checkCrd(doc, id, problems);
            return problems;
        }
        if (apiVersion.startsWith("gateway.envoyproxy.io/")) {
            checkEnvoyProxy(doc, id, problems);
            return problems;
        }
        Object parsed;
        try {
            parsed = SERIALIZATION.unmarshal(doc.toString());
        } catch (RuntimeException e) {
            problems.add(id + ": does not parse as " + apiVersion + " " + doc.path("kind").asText() + ": " + e.getMessage());
            return problems;
        }
        if (parsed instanceof GenericKubernetesResource) {
            problems.add(id + ": " + apiVersion + " " + doc.path("kind").asText() + " is not a Kubernetes kind the model knows");
            return problems;
        }
        walk(parsed, id, problems, 0);
        return problems;
    }

    private static void walk(Object o, String path, List<String> problems, int depth) {
        if (o == null || depth > 60 || o instanceof String || o instanceof Number || o instanceof Boolean
                || o instanceof Enum<?>) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object item : c) {
                walk(item, path + "[" + i++ + "]", problems, depth + 1);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getValue(), path + "." + e.getKey(), problems, depth + 1);
            }
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class
                    || m.getReturnType().isPrimitive()) {
                continue;
            }
            String name = m.getName();
            if (!name.startsWith("get") || name.equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (ReflectiveOperationException e) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                problems.add(path + ": " + name.substring(3) + " is invalid: " + cause.getMessage());
                continue;
            }
            if (name.equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    problems.add(path + ": unknown field(s) " + extra.keySet());
                }
                continue;
            }
            String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
            walk(value, path + "." + property, problems, depth + 1);
        }
    }

    // --- Prometheus Operator kinds: allowed fields per path ("*" = any value, checked no further) ---

    private static final Set<String> RELABEL = Set.of("sourceLabels", "separator", "targetLabel", "regex", "modulus",
            "replacement", "action");
    private static final Set<String> ENDPOINT = Set.of("port", "targetPort", "path", "scheme", "params", "interval",
            "scrapeTimeout", "honorLabels", "honorTimestamps", "relabelings", "metricRelabelings", "tlsConfig",
            "bearerTokenSecret", "basicAuth", "followRedirects", "enableHttp2");

    static final Map<String, Set<String>> CRD_FIELDS = Map.ofEntries(
            Map.entry("", Set.of("apiVersion", "kind", "metadata", "spec")),
            Map.entry("metadata", Set.of("name", "namespace", "labels", "annotations")),
            Map.entry("ServiceMonitor.spec", Set.of("selector", "namespaceSelector", "endpoints", "jobLabel",
                    "targetLabels", "podTargetLabels", "sampleLimit")),
            Map.entry("ServiceMonitor.spec.endpoints[]", ENDPOINT),
            Map.entry("PodMonitor.spec", Set.of("selector", "namespaceSelector", "podMetricsEndpoints", "jobLabel",
                    "podTargetLabels", "sampleLimit")),
            Map.entry("PodMonitor.spec.podMetricsEndpoints[]", ENDPOINT),
            Map.entry("relabelings[]", RELABEL),
            Map.entry("PrometheusRule.spec", Set.of("groups")),
            Map.entry("PrometheusRule.spec.groups[]", Set.of("name", "interval", "rules", "limit", "partial_response_strategy")),
            Map.entry("PrometheusRule.spec.groups[].rules[]", Set.of("record", "alert", "expr", "for", "keep_firing_for",
                    "labels", "annotations")));

    private static void checkCrd(JsonNode doc, String id, List<String> problems) {
        String kind = doc.path("kind").asText();
        if (!doc.path("apiVersion").asText().equals("monitoring.coreos.com/v1")
                || !Set.of("ServiceMonitor", "PodMonitor", "PrometheusRule").contains(kind)) {
            problems.add(id + ": " + doc.path("apiVersion").asText() + " " + kind + " is not a Prometheus Operator kind checked here");
            return;
        }
        allowed(doc, CRD_FIELDS.get(""), id, problems);
        allowed(doc.path("metadata"), CRD_FIELDS.get("metadata"), id + ".metadata", problems);
        JsonNode spec = doc.path("spec");
        allowed(spec, CRD_FIELDS.get(kind + ".spec"), id + ".spec", problems);
        if (spec.has("selector")) {
            try {
                SERIALIZATION.unmarshal(spec.path("selector").toString(), LabelSelector.class);
            } catch (RuntimeException e) {
                problems.add(id + ".spec.selector: not a label selector: " + e.getMessage());
            }
        }
        String list = kind.equals("ServiceMonitor") ? "endpoints" : kind.equals("PodMonitor") ? "podMetricsEndpoints" : "groups";
        if (!spec.path(list).isArray() || spec.path(list).isEmpty()) {
            problems.add(id + ".spec." + list + ": at least one entry expected");
        }
        for (JsonNode item : spec.path(list)) {
            allowed(item, CRD_FIELDS.get(kind + ".spec." + list + "[]"), id + ".spec." + list, problems);
            for (String relabel : List.of("relabelings", "metricRelabelings")) {
                for (JsonNode r : item.path(relabel)) {
                    allowed(r, CRD_FIELDS.get("relabelings[]"), id + ".spec." + list + "." + relabel, problems);
                }
            }
            for (JsonNode rule : item.path("rules")) {
                allowed(rule, CRD_FIELDS.get("PrometheusRule.spec.groups[].rules[]"), id + ".spec.groups.rules", problems);
                if (!rule.has("expr") || (rule.has("alert") == rule.has("record"))) {
                    problems.add(id + ": a rule needs expr and exactly one of alert/record: " + rule);
                }
            }
        }
    }

    private static void allowed(JsonNode node, Set<String> fields, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": a mapping expected");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                problems.add(path + ": unknown field '" + f + "'");
            }
        }
    }

    /** The fields of an EnvoyProxy this project may use, by path (Envoy Gateway v1.9's API, gateway.envoyproxy.io/v1alpha1). */
    static final Map<String, Set<String>> ENVOY_PROXY_FIELDS = Map.of(
            "", Set.of("apiVersion", "kind", "metadata", "spec"),
            "spec", Set.of("provider", "logging", "shutdown"),
            "spec.provider", Set.of("type", "kubernetes"),
            "spec.provider.kubernetes", Set.of("envoyService", "envoyDeployment"),
            "spec.provider.kubernetes.envoyService", Set.of("type", "patch", "externalTrafficPolicy", "annotations", "labels"),
            "spec.provider.kubernetes.envoyService.patch", Set.of("type", "value"),
            "spec.provider.kubernetes.envoyDeployment", Set.of("replicas", "pod", "container", "patch"));

    private static void checkEnvoyProxy(JsonNode doc, String id, List<String> problems) {
        if (!doc.path("apiVersion").asText().equals("gateway.envoyproxy.io/v1alpha1") || !doc.path("kind").asText().equals("EnvoyProxy")) {
            problems.add(id + ": " + doc.path("apiVersion").asText() + " " + doc.path("kind").asText() + " is not a kind checked here");
            return;
        }
        allowed(doc.path("metadata"), CRD_FIELDS.get("metadata"), id + ".metadata", problems);
        ENVOY_PROXY_FIELDS.forEach((path, fields) -> {
            JsonNode node = doc;
            for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
                node = node.path(part);
            }
            if (!node.isMissingNode()) {
                allowed(node, fields, id + (path.isEmpty() ? "" : "." + path), problems);
            }
        });
        JsonNode service = doc.path("spec").path("provider").path("kubernetes").path("envoyService");
        if (!service.path("patch").isMissingNode()) {
            if (!Set.of("StrategicMerge", "JSONMerge").contains(service.path("patch").path("type").asText("StrategicMerge"))) {
                problems.add(id + ": envoyService.patch.type must be StrategicMerge or JSONMerge");
            }
            try {
                SERIALIZATION.unmarshal(service.path("patch").path("value").toString(), io.fabric8.kubernetes.api.model.Service.class);
            } catch (RuntimeException e) {
                problems.add(id + ": envoyService.patch.value is not a Service: " + e.getMessage());
            }
        }
    }
}
