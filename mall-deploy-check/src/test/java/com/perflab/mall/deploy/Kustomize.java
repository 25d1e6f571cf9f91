package com.perflab.mall.deploy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The part of kustomize this repository uses, in Java, so that the overlays are checked where kubectl is not
 * installed ({@code ./mall test} on any machine); `kubectl kustomize` is the reference:
 * resources (files and kustomization directories), configMapGenerator with files and literals, secretGenerator
 * with env files,
 * generatorOptions (labels, disableNameSuffixHash, which must be true), images, replicas, and patches
 * (strategic merge by file or inline, JSON 6902 inline with a target). Anything else in a kustomization is
 * refused, so a field this check does not understand cannot slip through unchecked.
 * <p>
 * Like kustomize it refuses files outside the kustomization's directory, a missing file, a patch whose
 * target matches nothing, and a JSON patch whose path is missing (replace/remove) in a target.
 * Strategic merge follows Kubernetes' merge keys for the lists used here (containers, env, volumes by
 * name, volumeMounts by mountPath, ports by containerPort or port), in kustomize's order; other lists are
 * replaced. {@code KubectlKustomizeTest} holds the result to `kubectl kustomize`'s wherever kubectl exists.
 */
final class Kustomize {

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "resources", "patches", "images",
            "replicas", "configMapGenerator", "secretGenerator", "generatorOptions");
    /** Kubernetes' strategic-merge keys of the lists used here. */
    private static final Map<String, List<String>> MERGE_KEYS = Map.of(
            "containers", List.of("name"), "initContainers", List.of("name"), "env", List.of("name"),
            "volumes", List.of("name"), "volumeClaimTemplates", List.of("metadata", "name"),
            "volumeMounts", List.of("mountPath"),
            // container ports merge on containerPort, Service ports on port
            "ports", List.of("containerPort|port"));

    private Kustomize() {
    }

    /** The objects `kustomize build dir` would print. */
    static List<ObjectNode> build(Path dir) {
        Path file = dir.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no kustomization.yaml in " + Repo.ROOT.relativize(dir));
        }
        String where = Repo.ROOT.relativize(file).toString();
        JsonNode k = Repo.documents(file).get(0);
        for (Iterator<String> it = k.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!KNOWN_FIELDS.contains(field)) {
                throw new AssertionError(where + ": field '" + field + "' is not one this check understands " + KNOWN_FIELDS);
            }
        }
        if (!"Kustomization".equals(k.path("kind").asText()) || !k.path("apiVersion").asText().startsWith("kustomize.config.k8s.io/")) {
            throw new AssertionError(where + ": apiVersion kustomize.config.k8s.io/v1beta1, kind Kustomization expected");
        }
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path target = dir.resolve(r.asText()).normalize();
            if (Files.isDirectory(target)) {
                objects.addAll(build(target));
            } else if (Files.isRegularFile(target)) {
                requireInside(dir, target, where);
                objects.addAll(Repo.objects(target));
            } else {
                throw new AssertionError(where + ": resource " + r.asText() + " does not exist");
            }
        }
        generate(dir, k, where, objects);
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, where, objects);
        }
        for (JsonNode r : k.path("replicas")) {
            boolean found = false;
            for (ObjectNode o : objects) {
                if (Set.of("Deployment", "StatefulSet").contains(o.path("kind").asText())
                        && r.path("name").asText().equals(o.path("metadata").path("name").asText())) {
                    ((ObjectNode) o.path("spec")).put("replicas", r.path("count").asInt());
                    found = true;
                }
            }
            if (!found) {
                throw new AssertionError(where + ": replicas names " + r.path("name").asText() + ", which is no Deployment or StatefulSet");
            }
        }
        for (JsonNode image : k.path("images")) {
            if (!retag(objects, image)) {
                throw new AssertionError(where + ": images names " + image.path("name").asText() + ", which no container uses");
            }
        }
        return objects;
    }

    private static void requireInside(Path dir, Path file, String where) {
        if (!file.normalize().startsWith(dir.normalize())) {
            throw new AssertionError(where + ": " + file + " is outside the kustomization's directory (kustomize refuses it)");
        }
    }

    /**
     * configMapGenerator (files, literals) and secretGenerator (envs: KEY=VALUE lines, # comments; type), the
     * generatorOptions' labels on each; a Secret's values base64 in data, as kustomize writes them.
     */
    private static void generate(Path dir, JsonNode k, String where, List<ObjectNode> objects) {
        JsonNode options = k.path("generatorOptions");
        if ((k.has("configMapGenerator") || k.has("secretGenerator")) && !options.path("disableNameSuffixHash").asBoolean(false)) {
            throw new AssertionError(where + ": generatorOptions.disableNameSuffixHash: true expected (the references use plain names)");
        }
        for (String generator : List.of("configMapGenerator", "secretGenerator")) {
            boolean secret = generator.equals("secretGenerator");
            Set<String> fields = secret ? Set.of("name", "namespace", "envs", "type") : Set.of("name", "namespace", "files", "literals");
            for (JsonNode g : k.path(generator)) {
                for (Iterator<String> it = g.fieldNames(); it.hasNext(); ) {
                    String field = it.next();
                    if (!fields.contains(field)) {
                        throw new AssertionError(where + ": " + generator + " field '" + field + "' is not understood here");
                    }
                }
                ObjectNode generated = Repo.JSON.createObjectNode();
                generated.put("apiVersion", "v1");
                generated.put("kind", secret ? "Secret" : "ConfigMap");
                ObjectNode meta = generated.putObject("metadata");
                meta.put("name", g.path("name").asText());
                if (g.has("namespace")) {
                    meta.put("namespace", g.path("namespace").asText());
                }
                if (options.has("labels")) {
                    meta.set("labels", options.path("labels").deepCopy());
                }
                if (secret) {
                    generated.put("type", g.path("type").asText("Opaque"));
                }
                ObjectNode data = generated.putObject("data");
                for (JsonNode f : g.path(secret ? "envs" : "files")) {
                    String spec = f.asText();
                    String key = !secret && spec.contains("=") ? spec.substring(0, spec.indexOf('=')) : null;
                    Path file = dir.resolve(key != null ? spec.substring(spec.indexOf('=') + 1) : spec).normalize();
                    requireInside(dir, file, where);
                    if (!Files.isRegularFile(file)) {
                        throw new AssertionError(where + ": " + generator + " " + g.path("name").asText() + " file " + spec
                                + " does not exist" + (secret ? " (k8s/secrets.sh writes the Secrets' files)" : ""));
                    }
                    if (secret) {
                        for (String line : Repo.read(file).split("\n")) {
                            String trimmed = line.strip();
                            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                                data.put(trimmed.substring(0, trimmed.indexOf('=')), Base64.getEncoder().encodeToString(
                                        trimmed.substring(trimmed.indexOf('=') + 1).getBytes(StandardCharsets.UTF_8)));
                            }
                        }
                    } else {
                        data.put(key != null ? key : file.getFileName().toString(), Repo.read(file));
                    }
                }
                for (JsonNode l : g.path("literals")) {
                    String literal = l.asText();
                    data.put(literal.substring(0, literal.indexOf('=')), literal.substring(literal.indexOf('=') + 1));
                }
                objects.add(generated);
            }
        }
    }

    private static void applyPatch(Path dir, JsonNode patch, String where, List<ObjectNode> objects) {
        String text;
        String name;
        if (patch.has("path")) {
            Path file = dir.resolve(patch.path("path").asText()).normalize();
            requireInside(dir, file, where);
            if (!Files.isRegularFile(file)) {
                throw new AssertionError(where + ": patch " + patch.path("path").asText() + " does not exist");
            }
            text = Repo.read(file);
            name = patch.path("path").asText();
        } else if (patch.has("patch")) {
            text = patch.path("patch").asText();
            name = "inline patch " + patch.path("target");
        } else {
            throw new AssertionError(where + ": a patch needs path or patch");
        }
        JsonNode parsed;
        try {
            parsed = Repo.YAML.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(where + ": " + name + " is not YAML: " + e.getMessage());
        }
        if (parsed.isArray()) {
            if (!patch.has("target")) {
                throw new AssertionError(where + ": JSON 6902 " + name + " needs a target");
            }
            List<ObjectNode> targets = select(objects, patch.path("target"));
            if (targets.isEmpty()) {
                throw new AssertionError(where + ": the target of " + name + " matches nothing");
            }
            for (ObjectNode t : targets) {
                for (JsonNode op : parsed) {
                    jsonPatch(t, op, where + ": " + name + " on " + Repo.id(t));
                }
            }
        } else {
            JsonNode target = patch.has("target") ? patch.path("target") : Repo.JSON.createObjectNode()
                    .put("kind", parsed.path("kind").asText())
                    .put("name", Pattern.quote(parsed.path("metadata").path("name").asText()))
                    .put("namespace", parsed.path("metadata").path("namespace").asText());
            List<ObjectNode> targets = select(objects, target);
            if (targets.isEmpty()) {
                throw new AssertionError(where + ": strategic merge patch " + name + " targets "
                        + Repo.id(parsed) + ", which the resources do not define");
            }
            for (ObjectNode t : targets) {
                merge(t, parsed);
            }
        }
    }

    static List<ObjectNode> select(List<ObjectNode> objects, JsonNode target) {
        List<ObjectNode> selected = new ArrayList<>();
        for (ObjectNode o : objects) {
            JsonNode meta = o.path("metadata");
            if (target.has("kind") && !target.path("kind").asText().equals(o.path("kind").asText())) {
                continue;
            }
            if (target.has("name") && !meta.path("name").asText().matches(target.path("name").asText())) {
                continue;
            }
            if (target.has("namespace") && !target.path("namespace").asText().isEmpty()
                    && !target.path("namespace").asText().equals(meta.path("namespace").asText())) {
                continue;
            }
            if (target.has("labelSelector") && !labelsMatch(meta.path("labels"), target.path("labelSelector").asText())) {
                continue;
            }
            selected.add(o);
        }
        return selected;
    }

    private static boolean labelsMatch(JsonNode labels, String selector) {
        for (String term : selector.split(",")) {
            String[] kv = term.trim().split("=", 2);
            if (kv.length != 2 || !kv[1].equals(labels.path(kv[0]).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static void jsonPatch(ObjectNode target, JsonNode op, String where) {
        String kind = op.path("op").asText();
        JsonPointer pointer = JsonPointer.compile(op.path("path").asText());
        JsonNode parent = target.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent.isMissingNode()) {
            throw new AssertionError(where + ": " + kind + " " + pointer + ": the parent does not exist");
        }
        boolean exists = !target.at(pointer).isMissingNode();
        switch (kind) {
            case "replace", "remove" -> {
                if (!exists) {
                    throw new AssertionError(where + ": " + kind + " " + pointer + ": no such path");
                }
                if (parent.isObject()) {
                    if (kind.equals("replace")) {
                        ((ObjectNode) parent).set(last, op.path("value").deepCopy());
                    } else {
                        ((ObjectNode) parent).remove(last);
                    }
                } else {
                    int index = Integer.parseInt(last);
                    if (kind.equals("replace")) {
                        ((ArrayNode) parent).set(index, op.path("value").deepCopy());
                    } else {
                        ((ArrayNode) parent).remove(index);
                    }
                }
            }
            case "add" -> {
                if (parent.isObject()) {
                    ((ObjectNode) parent).set(last, op.path("value").deepCopy());
                } else if ("-".equals(last)) {
                    ((ArrayNode) parent).add(op.path("value").deepCopy());
                } else {
                    ((ArrayNode) parent).insert(Integer.parseInt(last), op.path("value").deepCopy());
                }
            }
            default -> throw new AssertionError(where + ": JSON patch op '" + kind + "' is not understood here");
        }
    }

    /** Strategic merge of patch into target (maps merge, named lists merge by name, null deletes). */
    static void merge(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode value = e.getValue();
            JsonNode existing = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && existing != null && existing.isObject()) {
                merge((ObjectNode) existing, value);
            } else if (value.isArray() && existing != null && existing.isArray() && MERGE_KEYS.containsKey(key)) {
                // kustomize's order: the patch's items first (merged into the target's of the same key), in the
                // patch's order, then the target's other items in theirs (an env entry's $(VAR) sees only
                // the entries before it, so the order is not cosmetic)
                Map<String, ObjectNode> byKey = new LinkedHashMap<>();
                for (JsonNode item : existing) {
                    byKey.put(mergeKey(key, item), (ObjectNode) item);
                }
                ArrayNode merged = target.arrayNode();
                for (JsonNode item : value) {
                    ObjectNode old = byKey.remove(mergeKey(key, item));
                    if (old != null) {
                        merge(old, item);
                        merged.add(old);
                    } else {
                        merged.add(item.deepCopy());
                    }
                }
                byKey.values().forEach(merged::add);
                target.set(key, merged);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String list, JsonNode item) {
        List<String> path = MERGE_KEYS.get(list);
        if (path.get(0).equals("containerPort|port")) {
            return item.has("containerPort") ? item.path("containerPort").asText() : item.path("port").asText();
        }
        JsonNode node = item;
        for (String field : path) {
            node = node.path(field);
        }
        return node.asText();
    }

    private static boolean retag(List<ObjectNode> objects, JsonNode image) {
        boolean used = false;
        for (ObjectNode o : objects) {
            for (ObjectNode c : Workloads.containers(o)) {
                String ref = c.path("image").asText();
                String name = Images.name(ref);
                if (name.equals(image.path("name").asText())) {
                    String newName = image.path("newName").asText(name);
                    String tag = image.has("newTag") ? image.path("newTag").asText() : Images.tag(ref);
                    c.put("image", newName + (tag == null ? "" : ":" + tag));
                    used = true;
                }
            }
        }
        return used;
    }
}
