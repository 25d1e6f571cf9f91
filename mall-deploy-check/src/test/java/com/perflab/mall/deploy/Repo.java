package com.perflab.mall.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The repository root and YAML loading shared by the checks. */
final class Repo {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    static final Path ROOT = findRoot();

    /** The service modules with a Dockerfile and a Deployment, and their ports (application.yml). */
    static final List<String> SERVICES =
            List.of("mall-gateway", "mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin");

    private Repo() {
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("k8s"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("repository root (with mvnw and k8s/) not found above " + Path.of("").toAbsolutePath());
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every non-empty document of a (multi-document) YAML file, as trees. */
    static List<JsonNode> documents(Path file) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode() && !(doc.isObject() && doc.isEmpty())) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(ROOT.relativize(file) + " is not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    static List<ObjectNode> objects(Path file) {
        List<ObjectNode> objects = new ArrayList<>();
        for (JsonNode doc : documents(file)) {
            if (!doc.isObject()) {
                throw new AssertionError(ROOT.relativize(file) + ": a document is not a mapping: " + doc);
            }
            objects.add((ObjectNode) doc);
        }
        return objects;
    }

    static String id(JsonNode object) {
        String ns = object.path("metadata").path("namespace").asText("");
        return object.path("kind").asText() + " " + (ns.isEmpty() ? "" : ns + "/") + object.path("metadata").path("name").asText();
    }
}
