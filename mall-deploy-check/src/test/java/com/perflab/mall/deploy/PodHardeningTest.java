package com.perflab.mall.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19: every rendered overlay holds its pods to the Pod Security level its namespaces enforce (checked
 * here the way the admission controller would, field by field), the services run on a read-only root
 * filesystem, replicas spread over the nodes, and the quorum members (Elasticsearch, Nacos) never share a node
 * and keep their quorum through a drain.
 */
class PodHardeningTest {

    static final String ENFORCE = "pod-security.kubernetes.io/enforce";
    static final Set<String> LEVELS = Set.of("privileged", "baseline", "restricted");
    /** Volume types the restricted level admits. */
    static final Set<String> RESTRICTED_VOLUMES = Set.of("configMap", "csi", "downwardAPI", "emptyDir", "ephemeral",
            "persistentVolumeClaim", "projected", "secret");

    static Stream<String> overlays() {
        return Overlays.names();
    }

    static Map<String, String> levels(List<ObjectNode> objects) {
        Map<String, String> levels = new HashMap<>();
        Overlays.ofKind(objects, "Namespace").forEach(ns -> levels.put(Workloads.name(ns),
                ns.path("metadata").path("labels").path(ENFORCE).asText("")));
        return levels;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyNamespaceEnforcesALevelAndTheMallsIsRestricted(String overlay) {
        Map<String, String> levels = levels(Overlays.render(overlay));
        assertThat(levels).isNotEmpty().allSatisfy((ns, level) -> assertThat(level).as(ns).isIn(LEVELS));
        assertThat(levels).containsEntry("mall", "restricted").containsEntry("mall-infra", "restricted")
                .containsEntry("skywalking", "restricted");
    }

    /**
     * Every container of every namespace of ours, whatever its namespace admits: non-root, no escalation, no
     * capability, the runtime's seccomp profile. The one exception is Fluent Bit's user: it reads the nodes'
     * container logs, root's files of mode 0640, so it is root, with everything else taken away.
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void everyContainerRunsUnprivilegedAndOnlyTheLogShipperAsRoot(String overlay) {
        List<String> problems = new ArrayList<>();
        int containers = 0;
        for (ObjectNode o : Overlays.render(overlay)) {
            if (!Workloads.isWorkload(o)) {
                continue;
            }
            boolean logShipper = Workloads.namespace(o).equals("logging") && Workloads.name(o).equals("fluent-bit");
            JsonNode podContext = Workloads.podSpec(o).path("securityContext");
            for (ObjectNode c : Workloads.containers(o)) {
                containers++;
                problems.addAll(unprivileged(Repo.id(o) + " container " + c.path("name").asText(), podContext, c, logShipper));
                if (logShipper && !c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(Repo.id(o) + ": runs as root on a writable image");
                }
            }
        }
        assertThat(containers).as("containers checked").isGreaterThanOrEqualTo(25);
        assertThat(problems).as(overlay).isEmpty();
    }

    /** What the restricted level asks of a container (its own settings, else its pod's); root only if allowed. */
    static List<String> unprivileged(String where, JsonNode podContext, JsonNode container, boolean rootAllowed) {
        List<String> problems = new ArrayList<>();
        JsonNode context = container.path("securityContext");
        if (!rootAllowed && !context.path("runAsNonRoot").asBoolean(podContext.path("runAsNonRoot").asBoolean(false))) {
            problems.add(where + ": runAsNonRoot is not true");
        }
        if (!rootAllowed && context.path("runAsUser").asInt(podContext.path("runAsUser").asInt(-1)) == 0) {
            problems.add(where + ": runAsUser 0");
        }
        String seccomp = context.path("seccompProfile").path("type")
                .asText(podContext.path("seccompProfile").path("type").asText(""));
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            problems.add(where + ": seccompProfile " + (seccomp.isEmpty() ? "unset" : seccomp));
        }
        if (!context.path("allowPrivilegeEscalation").isBoolean() || context.path("allowPrivilegeEscalation").asBoolean()) {
            problems.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (context.path("privileged").asBoolean(false)) {
            problems.add(where + ": privileged");
        }
        List<String> dropped = new ArrayList<>();
        context.path("capabilities").path("drop").forEach(d -> dropped.add(d.asText()));
        if (!dropped.contains("ALL")) {
            problems.add(where + ": capabilities do not drop ALL");
        }
        context.path("capabilities").path("add").forEach(a -> {
            if (!a.asText().equals("NET_BIND_SERVICE")) {
                problems.add(where + ": adds capability " + a.asText());
            }
        });
        return problems;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPodMeetsItsNamespacesLevel(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        Map<String, String> levels = levels(objects);
        List<String> problems = new ArrayList<>();
        int restricted = 0;
        for (ObjectNode o : objects) {
            if (!Workloads.isWorkload(o)) {
                continue;
            }
            String level = levels.getOrDefault(Workloads.namespace(o), "");
            JsonNode pod = Workloads.podSpec(o);
            String id = Repo.id(o);
            if (level.equals("baseline") || level.equals("restricted")) {
                for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
                    if (pod.path(host).asBoolean(false)) {
                        problems.add(id + ": " + host);
                    }
                }
                pod.path("volumes").forEach(v -> {
                    if (v.has("hostPath")) {
                        problems.add(id + ": hostPath volume " + v.path("name").asText());
                    }
                });
                for (ObjectNode c : Workloads.containers(o)) {
                    if (c.path("securityContext").path("privileged").asBoolean(false)) {
                        problems.add(id + " container " + c.path("name").asText() + ": privileged");
                    }
                }
            }
            if (!level.equals("restricted")) {
                continue;
            }
            restricted++;
            JsonNode podContext = pod.path("securityContext");
            pod.path("volumes").forEach(v -> v.fieldNames().forEachRemaining(field -> {
                if (!field.equals("name") && !RESTRICTED_VOLUMES.contains(field)) {
                    problems.add(id + ": volume type " + field + " (" + v.path("name").asText() + ")");
                }
            }));
            for (ObjectNode c : Workloads.containers(o)) {
                problems.addAll(unprivileged(id + " container " + c.path("name").asText(), podContext, c, false));
            }
        }
        assertThat(restricted).as("workloads in restricted namespaces").isGreaterThanOrEqualTo(10);
        assertThat(problems).as(overlay).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theServicesRunOnAReadOnlyRootFilesystemWithTmpInMemory(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            ObjectNode deployment = Overlays.find(objects, "Deployment", "mall", service).orElseThrow();
            for (ObjectNode c : Workloads.containers(deployment)) {
                if (!c.path("securityContext").path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(service + " container " + c.path("name").asText() + ": root filesystem writable");
                }
            }
            String tmpVolume = null;
            for (JsonNode mount : Workloads.mainContainers(deployment).get(0).path("volumeMounts")) {
                if (mount.path("mountPath").asText().equals("/tmp")) {
                    tmpVolume = mount.path("name").asText();
                }
            }
            boolean emptyDir = false;
            for (JsonNode volume : Workloads.podSpec(deployment).path("volumes")) {
                emptyDir |= volume.path("name").asText().equals(tmpVolume) && volume.has("emptyDir");
            }
            if (!emptyDir) {
                problems.add(service + ": no emptyDir on /tmp (the JVM and Tomcat write temporary files there)");
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }

    @Test
    void theLabPlacesTheMiddlewareAndTheMallOnTheWorkersTheGuideLabels() {
        Map<String, String> roles = Map.of("mall-infra", "middleware", "skywalking", "middleware", "logging", "middleware",
                "mall", "services");
        List<String> problems = new ArrayList<>();
        for (ObjectNode o : Overlays.render("lab")) {
            String role = roles.get(Workloads.namespace(o));
            if (!Workloads.isWorkload(o) || role == null || o.path("kind").asText().equals("DaemonSet")) {
                continue;
            }
            String selected = Workloads.podSpec(o).path("nodeSelector").path("perflab/role").asText("");
            if (!selected.equals(role)) {
                problems.add(Repo.id(o) + ": nodeSelector perflab/role=" + selected + ", expected " + role);
            }
        }
        assertThat(problems).isEmpty();
        String guide = Repo.read(Repo.path("document/lab-guide.md"));
        assertThat(guide).as("the guide labels the workers with both roles")
                .contains("perflab/role=middleware", "perflab/role=services");
        for (ObjectNode o : Overlays.render("small")) {
            assertThat(Workloads.podSpec(o).path("nodeSelector").has("perflab/role")).as("one node: " + Repo.id(o)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void replicasSpreadOverNodesAndQuorumMembersNeverShareOne(String overlay) {
        List<ObjectNode> objects = Overlays.render(overlay);
        List<String> problems = new ArrayList<>();
        for (String service : Repo.SERVICES) {
            ObjectNode deployment = Overlays.find(objects, "Deployment", "mall", service).orElseThrow();
            JsonNode labels = Workloads.template(deployment).path("metadata").path("labels");
            boolean spread = false;
            for (JsonNode constraint : Workloads.podSpec(deployment).path("topologySpreadConstraints")) {
                spread |= constraint.path("topologyKey").asText().equals("kubernetes.io/hostname")
                        && Workloads.selects(constraint.path("labelSelector").path("matchLabels"), labels);
            }
            if (!spread) {
                problems.add(service + ": no topology spread over kubernetes.io/hostname selecting its own pods");
            }
        }
        for (String member : List.of("elasticsearch", "nacos")) {
            ObjectNode set = Overlays.find(objects, "StatefulSet", "mall-infra", member).orElseThrow();
            JsonNode labels = Workloads.template(set).path("metadata").path("labels");
            boolean apart = false;
            for (JsonNode term : Workloads.podSpec(set).path("affinity").path("podAntiAffinity")
                    .path("requiredDuringSchedulingIgnoredDuringExecution")) {
                apart |= term.path("topologyKey").asText().equals("kubernetes.io/hostname")
                        && Workloads.selects(term.path("labelSelector").path("matchLabels"), labels);
            }
            if (!apart) {
                problems.add(member + ": no required anti-affinity keeping its members on different nodes");
            }
            List<ObjectNode> budgets = Overlays.ofKind(objects, "PodDisruptionBudget").stream()
                    .filter(pdb -> Workloads.namespace(pdb).equals("mall-infra")
                            && Workloads.selects(pdb.path("spec").path("selector").path("matchLabels"), labels))
                    .toList();
            if (budgets.size() != 1 || budgets.get(0).path("spec").path("maxUnavailable").asInt() != 1) {
                problems.add(member + ": not exactly one PodDisruptionBudget with maxUnavailable 1 (" + budgets.size() + ")");
            }
        }
        assertThat(problems).as(overlay).isEmpty();
    }
}
