package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay, rendered like `kustomize build` ({@link Kustomize}), checked object by object without a
 * cluster: the Kubernetes model, namespaces, pinned images, probes and resources, and every reference
 * between objects (Secrets, ConfigMaps and their keys, volumes, Services and their ports, selectors,
 * service accounts, roles, storage classes, Services named in environment values and arguments).
 */
class ManifestsTest {

    static final String NO_PROBE = "perflab.mall/no-probe-reason";
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding", "StorageClass",
            "GatewayClass");

    static java.util.stream.Stream<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsItsKubernetesKindWithoutUnknownFields(String overlay) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ObjectNode o : Overlays.render(overlay)) {
            problems.addAll(StrictModel.problems(o));
            if (!ids.add(Repo.id(o))) {
                problems.add(Repo.id(o) + " is defined twice");
            }
            if (Workloads.name(o).isEmpty()) {
                problems.add(Repo.id(o) + " has no name");
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyObjectIsInANamespaceTheManifestsCreate(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        Set<String> namespaces = new HashSet<>(Overlays.EXTERNAL_NAMESPACES.keySet());
        Overlays.ofKind(objects, "Namespace").forEach(n -> namespaces.add(Workloads.name(n)));
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : objects) {
            String ns = Workloads.namespace(o);
            if (CLUSTER_SCOPED.contains(o.path("kind").asText())) {
                if (!ns.isEmpty()) {
                    problems.add(Repo.id(o) + " is cluster-scoped but names a namespace");
                }
            } else if (ns.isEmpty()) {
                problems.add(Repo.id(o) + " names no namespace (the base sets none for it)");
            } else if (!namespaces.contains(ns)) {
                problems.add(Repo.id(o) + " is in namespace " + ns + ", which no manifest creates");
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyImageIsPinnedByTag(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Overlays.render(overlay)) {
            for (ObjectNode c : Workloads.containers(o)) {
                String image = c.path("image").asText();
                if (!Images.pinned(image)) {
                    problems.add(Repo.id(o) + " container " + c.path("name").asText() + ": image '" + image + "' has no version tag");
                }
                // the mall's own images are rebuilt under their version tag, so the lab pulls them Always; a
                // third-party image's tag is a release that does not change
                if (c.path("imagePullPolicy").asText().equals("Always") && !Images.name(image).endsWith("perflab/" + c.path("name").asText())) {
                    problems.add(Repo.id(o) + " container " + c.path("name").asText() + ": pinned images need no imagePullPolicy Always");
                }
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerHasProbesAndResourceRequestsAndLimits(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Overlays.render(overlay)) {
            if (!Workloads.isWorkload(o)) {
                continue;
            }
            if (!o.path("kind").asText().equals("Job") && Workloads.mainContainers(o).isEmpty()) {
                problems.add(Repo.id(o) + " has no containers");
            }
            String noProbeReason = Workloads.template(o).path("metadata").path("annotations").path(NO_PROBE).asText("");
            for (ObjectNode c : Workloads.containers(o)) {
                String where = Repo.id(o) + " container " + c.path("name").asText();
                for (String kind : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (c.path("resources").path(kind).path(resource).asText("").isEmpty()) {
                            problems.add(where + ": no resources." + kind + "." + resource);
                        }
                    }
                }
            }
            // run-to-completion Jobs have nothing to probe; a workload may opt out with a stated reason
            if (o.path("kind").asText().equals("Job") || !noProbeReason.isBlank()) {
                continue;
            }
            for (ObjectNode c : Workloads.mainContainers(o)) {
                String where = Repo.id(o) + " container " + c.path("name").asText();
                for (String probe : List.of("livenessProbe", "readinessProbe")) {
                    if (!c.has(probe)) {
                        problems.add(where + ": no " + probe + " (or annotate the pod template " + NO_PROBE + ")");
                    }
                }
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    JsonNode port = c.path(probe).path("httpGet").path("port");
                    if (port.isMissingNode()) {
                        port = c.path(probe).path("tcpSocket").path("port");
                    }
                    if (port.isTextual() && !hasPort(c, port.asText())) {
                        problems.add(where + ": " + probe + " names port '" + port.asText() + "', which the container does not declare");
                    }
                }
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretConfigMapVolumeAndAccountReferenceResolves(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : objects) {
            if (!Workloads.isWorkload(o)) {
                continue;
            }
            String ns = Workloads.namespace(o);
            JsonNode pod = Workloads.podSpec(o);
            Set<String> volumes = new HashSet<>();
            for (JsonNode v : pod.path("volumes")) {
                volumes.add(v.path("name").asText());
                if (v.has("configMap")) {
                    requireKeys(objects, "ConfigMap", ns, v.path("configMap").path("name").asText(), v.path("configMap").path("items"), Repo.id(o), problems);
                }
                if (v.has("secret")) {
                    requireKeys(objects, "Secret", ns, v.path("secret").path("secretName").asText(), v.path("secret").path("items"), Repo.id(o), problems);
                }
            }
            for (JsonNode t : o.path("spec").path("volumeClaimTemplates")) {
                volumes.add(t.path("metadata").path("name").asText());
                String sc = t.path("spec").path("storageClassName").asText("");
                if (!sc.isEmpty() && Overlays.find(objects, "StorageClass", "", sc).isEmpty()) {
                    problems.add(Repo.id(o) + ": storage class " + sc + " is not defined");
                }
            }
            String account = pod.path("serviceAccountName").asText("");
            if (!account.isEmpty() && Overlays.find(objects, "ServiceAccount", ns, account).isEmpty()) {
                problems.add(Repo.id(o) + ": service account " + ns + "/" + account + " is not defined");
            }
            if (o.path("kind").asText().equals("StatefulSet")) {
                String governing = o.path("spec").path("serviceName").asText();
                if (Overlays.find(objects, "Service", ns, governing).isEmpty()) {
                    problems.add(Repo.id(o) + ": serviceName " + governing + " is not a Service in " + ns);
                }
            }
            for (ObjectNode c : Workloads.containers(o)) {
                String where = Repo.id(o) + " container " + c.path("name").asText();
                for (JsonNode e : c.path("env")) {
                    JsonNode from = e.path("valueFrom");
                    for (String ref : List.of("secretKeyRef", "configMapKeyRef")) {
                        if (from.has(ref) && !from.path(ref).path("optional").asBoolean(false)) {
                            String kind = ref.equals("secretKeyRef") ? "Secret" : "ConfigMap";
                            String name = from.path(ref).path("name").asText();
                            String key = from.path(ref).path("key").asText();
                            var target = Overlays.find(objects, kind, ns, name);
                            if (target.isEmpty()) {
                                problems.add(where + ": env " + e.path("name").asText() + " refers to " + kind + " " + ns + "/" + name + ", which is not defined");
                            } else if (!Overlays.keys(target.get()).has(key)) {
                                problems.add(where + ": env " + e.path("name").asText() + " refers to key " + key + " of " + kind + " " + ns + "/" + name + ", which it does not have");
                            }
                        }
                    }
                }
                for (JsonNode e : c.path("envFrom")) {
                    for (String ref : List.of("secretRef", "configMapRef")) {
                        if (e.has(ref) && !e.path(ref).path("optional").asBoolean(false)) {
                            String kind = ref.equals("secretRef") ? "Secret" : "ConfigMap";
                            if (Overlays.find(objects, kind, ns, e.path(ref).path("name").asText()).isEmpty()) {
                                problems.add(where + ": envFrom " + kind + " " + ns + "/" + e.path(ref).path("name").asText() + " is not defined");
                            }
                        }
                    }
                }
                for (JsonNode m : c.path("volumeMounts")) {
                    String volume = m.path("name").asText();
                    if (!volumes.contains(volume)) {
                        problems.add(where + ": mounts volume " + volume + ", which the pod does not have");
                        continue;
                    }
                    String subPath = m.path("subPath").asText("");
                    for (JsonNode v : pod.path("volumes")) {
                        if (v.path("name").asText().equals(volume) && v.has("configMap") && !subPath.isEmpty()) {
                            Overlays.find(objects, "ConfigMap", ns, v.path("configMap").path("name").asText())
                                    .filter(cm -> !Overlays.keys(cm).has(subPath))
                                    .ifPresent(cm -> problems.add(where + ": subPath " + subPath + " is no key of " + Repo.id(cm)));
                        }
                    }
                }
            }
        }
        for (ObjectNode binding : objects) {
            String kind = binding.path("kind").asText();
            if (!kind.equals("RoleBinding") && !kind.equals("ClusterRoleBinding")) {
                continue;
            }
            String roleKind = binding.path("roleRef").path("kind").asText();
            String roleNs = roleKind.equals("Role") ? Workloads.namespace(binding) : "";
            if (Overlays.find(objects, roleKind, roleNs, binding.path("roleRef").path("name").asText()).isEmpty()) {
                problems.add(Repo.id(binding) + ": roleRef " + roleKind + " " + binding.path("roleRef").path("name").asText() + " is not defined");
            }
            for (JsonNode s : binding.path("subjects")) {
                String id = "ServiceAccount " + s.path("namespace").asText() + "/" + s.path("name").asText();
                if (s.path("kind").asText().equals("ServiceAccount") && !Overlays.EXTERNAL_OBJECTS.containsKey(id)
                        && Overlays.find(objects, "ServiceAccount", s.path("namespace").asText(), s.path("name").asText()).isEmpty()) {
                    problems.add(Repo.id(binding) + ": subject " + id + " is not defined");
                }
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceSelectorAndPortLeadsToAPod(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode svc : Overlays.ofKind(objects, "Service")) {
            List<ObjectNode> pods = podsSelectedBy(objects, Workloads.namespace(svc), svc.path("spec").path("selector"));
            if (pods.isEmpty()) {
                problems.add(Repo.id(svc) + ": its selector matches no pod template");
                continue;
            }
            for (JsonNode port : svc.path("spec").path("ports")) {
                JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                boolean found = pods.stream().flatMap(p -> Workloads.mainContainers(p).stream())
                        .anyMatch(c -> target.isInt() ? hasPortNumber(c, target.asInt()) : hasPort(c, target.asText()));
                if (!found) {
                    problems.add(Repo.id(svc) + ": targetPort " + target.asText() + " is no container port of the selected pods");
                }
            }
        }
        for (ObjectNode pdb : Overlays.ofKind(objects, "PodDisruptionBudget")) {
            if (podsSelectedBy(objects, Workloads.namespace(pdb), pdb.path("spec").path("selector").path("matchLabels")).isEmpty()) {
                problems.add(Repo.id(pdb) + ": its selector matches no pod template");
            }
        }
        for (ObjectNode hpa : Overlays.ofKind(objects, "HorizontalPodAutoscaler")) {
            JsonNode ref = hpa.path("spec").path("scaleTargetRef");
            var target = Overlays.find(objects, ref.path("kind").asText(), Workloads.namespace(hpa), ref.path("name").asText());
            if (target.isEmpty()) {
                problems.add(Repo.id(hpa) + ": scale target " + ref.path("kind").asText() + " " + ref.path("name").asText() + " is not defined");
            } else {
                if (target.get().path("spec").has("replicas")) {
                    problems.add(Repo.id(hpa) + ": " + Repo.id(target.get()) + " sets replicas, which every apply would reset under the autoscaler");
                }
                for (ObjectNode c : Workloads.mainContainers(target.get())) {
                    if (c.path("resources").path("requests").path("cpu").isMissingNode()) {
                        problems.add(Repo.id(hpa) + ": CPU utilisation needs a CPU request on " + c.path("name").asText());
                    }
                }
            }
            if (hpa.path("spec").path("minReplicas").asInt(1) > hpa.path("spec").path("maxReplicas").asInt()) {
                problems.add(Repo.id(hpa) + ": minReplicas above maxReplicas");
            }
        }
        for (ObjectNode route : Overlays.ofKind(objects, "HTTPRoute")) {
            String namespace = Workloads.namespace(route);
            for (JsonNode parent : route.path("spec").path("parentRefs")) {
                var gateway = Overlays.find(objects, "Gateway", parent.path("namespace").asText(namespace), parent.path("name").asText());
                if (gateway.isEmpty()) {
                    problems.add(Repo.id(route) + ": no Gateway " + parent.path("name").asText());
                    continue;
                }
                boolean admitted = false;
                for (JsonNode listener : gateway.get().path("spec").path("listeners")) {
                    if (listener.path("name").asText().equals(parent.path("sectionName").asText(listener.path("name").asText()))) {
                        admitted |= admits(listener.path("allowedRoutes").path("namespaces"), namespace,
                                Workloads.namespace(gateway.get()));
                    }
                }
                if (!admitted) {
                    problems.add(Repo.id(route) + ": " + Repo.id(gateway.get()) + " admits no route from namespace " + namespace);
                }
            }
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    var svc = Overlays.find(objects, "Service", namespace, backend.path("name").asText());
                    int number = backend.path("port").asInt(-1);
                    if (!backend.path("namespace").asText(namespace).equals(namespace)) {
                        problems.add(Repo.id(route) + ": a backend in another namespace needs a ReferenceGrant");
                    } else if (svc.isEmpty()) {
                        problems.add(Repo.id(route) + ": backend Service " + backend.path("name").asText() + " is not in " + namespace);
                    } else if (!servicePorts(svc.get()).contains(number)) {
                        problems.add(Repo.id(route) + ": " + Repo.id(svc.get()) + " has no port " + number);
                    }
                }
            }
        }
        for (ObjectNode monitor : Overlays.ofKind(objects, "ServiceMonitor")) {
            List<ObjectNode> services = Overlays.ofKind(objects, "Service").stream()
                    .filter(s -> Workloads.namespace(s).equals(Workloads.namespace(monitor)))
                    .filter(s -> Workloads.selects(monitor.path("spec").path("selector").path("matchLabels"), s.path("metadata").path("labels")))
                    .toList();
            if (services.isEmpty()) {
                problems.add(Repo.id(monitor) + ": selects no Service");
            }
            for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
                String port = endpoint.path("port").asText();
                if (services.stream().noneMatch(s -> portNames(s).contains(port))) {
                    problems.add(Repo.id(monitor) + ": no selected Service has a port named " + port);
                }
            }
        }
        for (ObjectNode monitor : Overlays.ofKind(objects, "PodMonitor")) {
            List<ObjectNode> pods = podsSelectedBy(objects, Workloads.namespace(monitor), monitor.path("spec").path("selector").path("matchLabels"));
            for (JsonNode endpoint : monitor.path("spec").path("podMetricsEndpoints")) {
                String port = endpoint.path("port").asText();
                if (pods.stream().flatMap(p -> Workloads.mainContainers(p).stream()).noneMatch(c -> hasPort(c, port))) {
                    problems.add(Repo.id(monitor) + ": no selected pod has a port named " + port);
                }
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    /** name.namespace[.svc[.cluster.local]][:port] in environment values, arguments and commands. */
    static final Pattern QUALIFIED_HOST = Pattern.compile(
            "(?<![\\w.-])(?:[a-z0-9-]+\\.)?([a-z0-9]([-a-z0-9]*[a-z0-9])?)\\.([a-z0-9-]+)(?:\\.svc(?:\\.cluster\\.local)?)?(?::(\\d+))?(?![\\w.-])");
    /**
     * scheme://name:port with a name without dots: a Service in the pod's own namespace (not user:password@ of a
     * URI whose password begins with digits).
     */
    static final Pattern LOCAL_URL = Pattern.compile("[a-z]+://([a-z][-a-z0-9]*):(\\d+)(?![\\w@.-])");

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceNamedInAContainerExists(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        Set<String> namespaces = new HashSet<>(Overlays.EXTERNAL_NAMESPACES.keySet());
        Overlays.ofKind(objects, "Namespace").forEach(n -> namespaces.add(Workloads.name(n)));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (ObjectNode o : objects) {
            for (ObjectNode c : Workloads.containers(o)) {
                List<String> texts = new ArrayList<>();
                c.path("env").forEach(e -> texts.add(e.path("value").asText("")));
                c.path("args").forEach(a -> texts.add(a.asText()));
                c.path("command").forEach(a -> texts.add(a.asText()));
                // values a container gets from a ConfigMap as a whole (mall-env: Nacos, SkyWalking collector)
                c.path("envFrom").forEach(e -> Overlays.find(objects, "ConfigMap", Workloads.namespace(o),
                        e.path("configMapRef").path("name").asText()).ifPresent(cm -> Overlays.keys(cm).forEach(v -> texts.add(v.asText()))));
                for (String text : texts) {
                    checked += serviceReferences(objects, namespaces, Workloads.namespace(o), text,
                            Repo.id(o) + " container " + c.path("name").asText(), problems);
                }
            }
        }
        assertThat(checked).as("service references found in " + overlay).isGreaterThan(10);
        assertThat(problems).as(overlay).isEmpty();
    }

    /** Checks every Service reference in text; returns how many it found. */
    static int serviceReferences(List<ObjectNode> objects, Set<String> namespaces, String ownNamespace, String text,
            String where, List<String> problems) {
        int found = 0;
        Matcher m = QUALIFIED_HOST.matcher(text);
        while (m.find()) {
            String ns = m.group(3);
            if (!namespaces.contains(ns)) {
                continue;
            }
            found++;
            String name = m.group(1);
            String port = m.group(4);
            if (Overlays.EXTERNAL_OBJECTS.containsKey("Service " + ns + "/" + name)) {
                continue;
            }
            checkService(objects, ns, name, port, where + " (" + m.group() + ")", problems);
        }
        Matcher u = LOCAL_URL.matcher(text);
        while (u.find()) {
            found++;
            checkService(objects, ownNamespace, u.group(1), u.group(2), where + " (" + u.group() + ")", problems);
        }
        return found;
    }

    private static void checkService(List<ObjectNode> objects, String ns, String name, String port, String where, List<String> problems) {
        var svc = Overlays.find(objects, "Service", ns, name);
        if (svc.isEmpty()) {
            problems.add(where + ": no Service " + name + " in namespace " + ns);
        } else if (port != null && !servicePorts(svc.get()).contains(Integer.parseInt(port))) {
            problems.add(where + ": Service " + ns + "/" + name + " has no port " + port);
        }
    }

    static List<ObjectNode> podsSelectedBy(List<ObjectNode> objects, String ns, JsonNode selector) {
        return objects.stream().filter(Workloads::isWorkload).filter(o -> Workloads.namespace(o).equals(ns))
                .filter(o -> Workloads.selects(selector, Workloads.template(o).path("metadata").path("labels")))
                .toList();
    }

    static Set<Integer> servicePorts(JsonNode svc) {
        Set<Integer> ports = new HashSet<>();
        svc.path("spec").path("ports").forEach(p -> ports.add(p.path("port").asInt()));
        return ports;
    }

    static Set<String> portNames(JsonNode svc) {
        Set<String> names = new HashSet<>();
        svc.path("spec").path("ports").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    static boolean hasPort(JsonNode container, String name) {
        for (JsonNode p : container.path("ports")) {
            if (p.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasPortNumber(JsonNode container, int number) {
        for (JsonNode p : container.path("ports")) {
            if (p.path("containerPort").asInt() == number) {
                return true;
            }
        }
        return false;
    }

    private static void requireKeys(List<ObjectNode> objects, String kind, String ns, String name, JsonNode items,
            String where, List<String> problems) {
        var target = Overlays.find(objects, kind, ns, name);
        if (target.isEmpty()) {
            problems.add(where + ": volume from " + kind + " " + ns + "/" + name + ", which is not defined");
            return;
        }
        for (JsonNode item : items) {
            if (!Overlays.keys(target.get()).has(item.path("key").asText())) {
                problems.add(where + ": volume item " + item.path("key").asText() + " is no key of " + Repo.id(target.get()));
            }
        }
    }

    /** Whether a Gateway listener's allowedRoutes.namespaces lets a route of NAMESPACE attach (Gateway API rules). */
    static boolean admits(JsonNode namespaces, String namespace, String gatewayNamespace) {
        return switch (namespaces.path("from").asText("Same")) {
            case "All" -> true;
            case "Same" -> namespace.equals(gatewayNamespace);
            case "Selector" -> NetworkModel.selects(namespaces.path("selector"), Map.of("kubernetes.io/metadata.name", namespace));
            default -> false;
        };
    }
}
