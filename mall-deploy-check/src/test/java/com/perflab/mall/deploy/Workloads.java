package com.perflab.mall.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Pod templates and containers of the workload kinds used here. */
final class Workloads {

    static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    private Workloads() {
    }

    static boolean isWorkload(JsonNode o) {
        return KINDS.contains(o.path("kind").asText());
    }

    /** spec.template of a workload, or a missing node. */
    static JsonNode template(JsonNode o) {
        return isWorkload(o) ? o.path("spec").path("template") : Repo.JSON.missingNode();
    }

    static JsonNode podSpec(JsonNode o) {
        return template(o).path("spec");
    }

    /** Containers and init containers of a workload (empty for other kinds). */
    static List<ObjectNode> containers(JsonNode o) {
        List<ObjectNode> all = new ArrayList<>();
        for (JsonNode c : podSpec(o).path("initContainers")) {
            all.add((ObjectNode) c);
        }
        for (JsonNode c : podSpec(o).path("containers")) {
            all.add((ObjectNode) c);
        }
        return all;
    }

    static List<ObjectNode> mainContainers(JsonNode o) {
        List<ObjectNode> all = new ArrayList<>();
        for (JsonNode c : podSpec(o).path("containers")) {
            all.add((ObjectNode) c);
        }
        return all;
    }

    static String namespace(JsonNode o) {
        return o.path("metadata").path("namespace").asText("");
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText("");
    }

    /** Whether every key=value of selector is among labels (an empty selector matches nothing here). */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector == null || selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        for (var it = selector.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }
}
