package com.perflab.mall.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Kubernetes NetworkPolicy semantics over a rendered overlay, without a cluster: whether a connection from one
 * pod to a port of another is allowed. A pod a policy of its namespace selects for Ingress (Egress) accepts
 * (opens) only what one of those policies allows; policies add up; a peer is a podSelector in the policy's
 * namespace, a namespaceSelector (pods of those namespaces, narrowed by a podSelector beside it) or an ipBlock
 * (addresses outside the cluster here); a port is a number or the name of the destination container's port.
 * Namespaces carry {@code kubernetes.io/metadata.name}, as Kubernetes sets it.
 */
final class NetworkModel {

    /** A pod: namespace, labels, container ports by name (an address outside the cluster has namespace ""). */
    record Pod(String namespace, String name, Map<String, String> labels, Map<String, Integer> ports) {
        static Pod outside(String name) {
            return new Pod("", name, Map.of(), Map.of());
        }

        boolean isOutside() {
            return namespace.isEmpty();
        }
    }

    private final List<JsonNode> policies;
    private final Map<String, Map<String, String>> namespaceLabels = new HashMap<>();
    private final Map<String, Pod> pods = new HashMap<>();

    /** The overlay's policies, namespaces and workloads' pods, plus EXTRA pods of components installed apart. */
    NetworkModel(List<ObjectNode> objects, List<Pod> extra) {
        this.policies = List.copyOf(Overlays.ofKind(objects, "NetworkPolicy"));
        for (ObjectNode ns : Overlays.ofKind(objects, "Namespace")) {
            namespaceLabels.put(Workloads.name(ns), labels(ns.path("metadata").path("labels"), Workloads.name(ns)));
        }
        for (ObjectNode o : objects) {
            if (Workloads.isWorkload(o)) {
                Map<String, Integer> ports = new HashMap<>();
                for (ObjectNode c : Workloads.mainContainers(o)) {
                    c.path("ports").forEach(p -> ports.put(p.path("name").asText(""), p.path("containerPort").asInt()));
                }
                add(new Pod(Workloads.namespace(o), Workloads.name(o),
                        labels(Workloads.template(o).path("metadata").path("labels"), null), ports));
            }
        }
        extra.forEach(this::add);
    }

    private void add(Pod pod) {
        pods.put(pod.namespace() + "/" + pod.name(), pod);
        namespaceLabels.computeIfAbsent(pod.namespace(), ns -> Map.of("kubernetes.io/metadata.name", ns));
    }

    /** The pod of workload NAME in NAMESPACE (or an extra pod); fails when there is none. */
    Pod pod(String namespace, String name) {
        return Optional.ofNullable(pods.get(namespace + "/" + name))
                .orElseThrow(() -> new AssertionError("no pod " + namespace + "/" + name + " in the overlay"));
    }

    List<Pod> podsIn(String namespace) {
        return pods.values().stream().filter(p -> p.namespace().equals(namespace)).toList();
    }

    /** Whether FROM may open a connection to PORT (a number) over PROTOCOL on TO. */
    boolean allows(Pod from, Pod to, String protocol, int port) {
        return (from.isOutside() || admits(from, to, to, protocol, port, "Egress"))
                && (to.isOutside() || admits(to, from, to, protocol, port, "Ingress"));
    }

    /** The policies of POD's namespace that select it for DIRECTION, and whether one lets PEER through. */
    private boolean admits(Pod pod, Pod peer, Pod destination, String protocol, int port, String direction) {
        boolean isolated = false;
        for (JsonNode policy : policies) {
            if (!Workloads.namespace(policy).equals(pod.namespace())
                    || !selects(policy.path("spec").path("podSelector"), pod.labels())
                    || !types(policy).contains(direction)) {
                continue;
            }
            isolated = true;
            String rules = direction.equals("Ingress") ? "ingress" : "egress";
            String peers = direction.equals("Ingress") ? "from" : "to";
            for (JsonNode rule : policy.path("spec").path(rules)) {
                if (peerMatches(rule.path(peers), peer, pod.namespace()) && portMatches(rule.path("ports"), destination, protocol, port)) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    private static List<String> types(JsonNode policy) {
        List<String> types = new ArrayList<>();
        JsonNode declared = policy.path("spec").path("policyTypes");
        if (declared.isMissingNode()) { // Kubernetes' default: Ingress, and Egress when there are egress rules
            types.add("Ingress");
            if (policy.path("spec").has("egress")) {
                types.add("Egress");
            }
        } else {
            declared.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private boolean peerMatches(JsonNode peers, Pod peer, String policyNamespace) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true; // no from/to: every peer
        }
        for (JsonNode p : peers) {
            if (p.has("ipBlock")) {
                if (peer.isOutside()) {
                    return true;
                }
                continue;
            }
            if (peer.isOutside()) {
                continue;
            }
            boolean namespaceOk = p.has("namespaceSelector")
                    ? selects(p.path("namespaceSelector"), namespaceLabels.getOrDefault(peer.namespace(), Map.of()))
                    : peer.namespace().equals(policyNamespace);
            boolean podOk = !p.has("podSelector") || selects(p.path("podSelector"), peer.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portMatches(JsonNode ports, Pod destination, String protocol, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            if (!p.path("protocol").asText("TCP").equals(protocol)) {
                continue;
            }
            JsonNode value = p.path("port");
            if (value.isMissingNode()
                    || (value.isInt() && value.asInt() == port)
                    || (value.isTextual() && Integer.valueOf(port).equals(destination.ports().get(value.asText())))) {
                return true;
            }
        }
        return false;
    }

    /** A label selector (matchLabels, matchExpressions) against LABELS; the empty selector matches all. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        for (var it = selector.path("matchLabels").fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String value = labels.get(expression.path("key").asText());
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new AssertionError("unknown selector operator in " + expression);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> labels(JsonNode node, String namespaceName) {
        Map<String, String> labels = new HashMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        if (namespaceName != null) {
            labels.put("kubernetes.io/metadata.name", namespaceName);
        }
        return labels;
    }
}
